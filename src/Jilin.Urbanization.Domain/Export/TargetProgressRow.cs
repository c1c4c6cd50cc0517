using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// One row of a <see cref="TargetProgressTable"/>: one target for one subject as of a day. In JSON the subject is
/// <c>{code, name, kind}</c>, the target and the figure objects, enums their camelCase names; CSV, Markdown, HTML and
/// Excel print the subject's code and name in two columns.
/// </summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="TargetId">The target's id.</param>
/// <param name="Binding">Whom the target binds (province, eachCounty).</param>
/// <param name="Subject">The subject: code, Chinese name, kind.</param>
/// <param name="Status">The status.</param>
/// <param name="Overdue">True when past the deadline and not met.</param>
/// <param name="Target">What the target asks (a range gives both bounds).</param>
/// <param name="Deadline">The deadline (ISO), or null.</param>
/// <param name="Observed">The latest figure with its unit, or null.</param>
/// <param name="ObservedOn">The day of the latest figure (ISO), or null.</param>
/// <param name="Source">Where the figure comes from, or null.</param>
/// <exception cref="ArgumentNullException">A parameter that is not marked nullable is null.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="Binding"/> or <paramref name="Status"/> is not a defined value.</exception>
public sealed record TargetProgressRow(
    string AsOf,
    string TargetId,
    TargetBinding Binding,
    ReportSubject Subject,
    ComplianceStatus Status,
    bool Overdue,
    TargetTerms Target,
    string? Deadline,
    ReportQuantity? Observed,
    string? ObservedOn,
    string? Source)
{
    // Every property declared, in the parameters' order (the JSON member order); non-nullable members refuse null.
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The target's id.</summary>
    public string TargetId { get; init => field = Guard.Against.Null(value, nameof(TargetId)); } = Guard.Against.Null(TargetId);

    /// <summary>Whom the target binds (province, eachCounty).</summary>
    public TargetBinding Binding { get; init => field = Data.DefinedEnum.Required(value, nameof(Binding)); } = Data.DefinedEnum.Required(Binding, nameof(Binding));

    /// <summary>The subject: code, Chinese name, kind.</summary>
    public ReportSubject Subject { get; init => field = Guard.Against.Null(value, nameof(Subject)); } = Guard.Against.Null(Subject);

    /// <summary>The status.</summary>
    public ComplianceStatus Status { get; init => field = Data.DefinedEnum.Required(value, nameof(Status)); } = Data.DefinedEnum.Required(Status, nameof(Status));

    /// <summary>True when past the deadline and not met.</summary>
    public bool Overdue { get; init; } = Overdue;

    /// <summary>What the target asks.</summary>
    public TargetTerms Target { get; init => field = Guard.Against.Null(value, nameof(Target)); } = Guard.Against.Null(Target);

    /// <summary>The deadline (ISO), or null.</summary>
    public string? Deadline { get; init; } = Deadline;

    /// <summary>The latest figure with its unit, or null.</summary>
    public ReportQuantity? Observed { get; init; } = Observed;

    /// <summary>The day of the latest figure (ISO), or null.</summary>
    public string? ObservedOn { get; init; } = ObservedOn;

    /// <summary>Where the figure comes from, or null.</summary>
    public string? Source { get; init; } = Source;

    /// <summary>The day of knowledge of the report the row comes from (ISO): entries recorded after it do not count.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(1)]
    public string? KnownOn { get; init; }

    /// <summary>Readable form: <c>2023-01-15 …/43/t1 for 梅河口市 (220581): met</c>.</summary>
    public override string ToString() => $"{AsOf} {TargetId} for {Subject}: {Data.EnumNames.ToJson(Status)}{(Overdue ? " (overdue)" : string.Empty)}";
}
