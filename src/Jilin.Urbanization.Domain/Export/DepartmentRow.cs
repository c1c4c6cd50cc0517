using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One department as an exported row, with its workload.</summary>
/// <param name="Id">The department's id.</param>
/// <param name="Name">The canonical Chinese name.</param>
/// <param name="FullName">The full Chinese name.</param>
/// <param name="UnofficialEnglishName">An English name: an unofficial translation.</param>
/// <param name="Kind">The kind of body (<c>ProvincialDepartment</c>, …).</param>
/// <param name="Led">Measures it leads.</param>
/// <param name="Involved">Measures that list it in any role.</param>
/// <param name="Aliases">Other spellings the documents use.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record DepartmentRow(
    string Id,
    string Name,
    string FullName,
    string UnofficialEnglishName,
    string Kind,
    int Led,
    int Involved,
    ValueList<string> Aliases)
{
    // Every property declared, in the parameters' order: that order is the JSON member order, and declaring only
    // the guarded ones would move them after the rest.
    /// <summary>The department's id.</summary>
    public string Id { get; init => field = Guard.Against.Null(value, nameof(Id)); } = Guard.Against.Null(Id);

    /// <summary>The canonical Chinese name.</summary>
    public string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); } = Guard.Against.Null(Name);

    /// <summary>The full Chinese name.</summary>
    public string FullName { get; init => field = Guard.Against.Null(value, nameof(FullName)); } = Guard.Against.Null(FullName);

    /// <summary>An English name: an unofficial translation.</summary>
    public string UnofficialEnglishName { get; init => field = Guard.Against.Null(value, nameof(UnofficialEnglishName)); } = Guard.Against.Null(UnofficialEnglishName);

    /// <summary>The kind of body (<c>ProvincialDepartment</c>, …).</summary>
    public string Kind { get; init => field = Guard.Against.Null(value, nameof(Kind)); } = Guard.Against.Null(Kind);

    /// <summary>Measures it leads.</summary>
    public int Led { get; init; } = Led;

    /// <summary>Measures that list it in any role.</summary>
    public int Involved { get; init; } = Involved;

    /// <summary>Other spellings the documents use.</summary>
    public ValueList<string> Aliases { get; init => field = Guard.Against.Null(value, nameof(Aliases)); } = Guard.Against.Null(Aliases);

    /// <summary>Readable form: name and counts.</summary>
    public override string ToString() => $"{Name}: leads {Led}, involved in {Involved}";
}
