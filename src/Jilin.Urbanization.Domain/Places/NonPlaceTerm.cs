namespace Jilin.Urbanization.Domain.Places;

/// <summary>A term that contains a place's spelling but names no place (a river: <c>伊通河</c>, <c>图们江</c>).</summary>
/// <param name="Term">The term as written.</param>
/// <param name="Reason">What the term names instead.</param>
internal sealed record NonPlaceTerm(string Term, string Reason);
