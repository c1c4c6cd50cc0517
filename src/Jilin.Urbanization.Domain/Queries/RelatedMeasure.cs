using Ardalis.GuardClauses;
using System.Globalization;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>A measure related to another one, with an explainable score: the sum of its reasons' points.</summary>
/// <param name="Measure">The related measure.</param>
/// <param name="Score">The sum of <paramref name="Reasons"/>' points, rounded to two decimals.</param>
/// <param name="Reasons">What the two measures share, highest points first.</param>
public sealed record RelatedMeasure(Measure Measure, double Score, ValueList<RelatednessReason> Reasons)
{
    /// <summary>The related measure.</summary>
    public Measure Measure { get; init => field = Guard.Against.Null(value, nameof(Measure)); } = Guard.Against.Null(Measure);

    /// <summary>What the two measures share, highest points first.</summary>
    public ValueList<RelatednessReason> Reasons { get; init => field = Guard.Against.Null(value, nameof(Reasons)); } = Guard.Against.Null(Reasons);

    /// <summary>The related measure's id.</summary>
    public MeasureId Id => Measure.Id;

    /// <summary>Readable form: id, score and the three strongest reasons.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Measure.Id} score {Score:0.0}: {string.Join("; ", Reasons.Take(3))}{(Reasons.Count > 3 ? "; …" : string.Empty)}");
}
