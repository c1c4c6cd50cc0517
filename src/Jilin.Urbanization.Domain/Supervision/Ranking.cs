using Ardalis.GuardClauses;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>The ranking tables of a period (考评排名): counties and departments apart, each best first.</summary>
public sealed record Ranking
{
    /// <summary>The period scored.</summary>
    public required DateInterval Period { get; init => field = Guard.Against.Null(value, nameof(Period)); }

    /// <summary>The day of knowledge.</summary>
    public required LocalDate KnownOn { get; init; }

    /// <summary>The weights used.</summary>
    public required ScoreWeights Weights { get; init => field = Guard.Against.Null(value, nameof(Weights)); }

    /// <summary>The counties (县(市)) with items, best first.</summary>
    public required ValueList<BodyScore> Counties { get; init => field = Guard.Against.Null(value, nameof(Counties)); }

    /// <summary>The departments with items, best first.</summary>
    public required ValueList<BodyScore> Departments { get; init => field = Guard.Against.Null(value, nameof(Departments)); }

    /// <summary>Readable form (English, for logs): the period and the counts; <see cref="Labels.ReportText.Summary(Ranking, System.Globalization.CultureInfo?)"/> says it in a culture.</summary>
    public override string ToString() =>
        $"Ranking {SupervisionDays.Iso(Period.Start)} to {SupervisionDays.Iso(Period.End)}: {Counties.Count} count(ies), {Departments.Count} department(s)";
}
