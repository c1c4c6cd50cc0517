using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// A threshold that only selects what a measure applies to (生活垃圾日清运量超过300吨的: cities whose daily refuse
/// exceeds 300 t a day; 2000年底前建成的: compounds built by the end of 2000), or a scope count: a number that only
/// totals the items its sentence names (九台区、梅河口市、通榆县3个国家宅基地改革试点: the three pilots named;
/// …等4个高速公路项目: the four projects listed). A scope count says which items the measure is about, not how many
/// are to be delivered, so it is a condition (its metric says it is the scope), never a target. A condition is not a
/// commitment and is never evaluated. Its shape follows <see cref="TargetIndicator"/> so both export alike.
/// </summary>
public sealed record TargetCondition
{
    /// <summary>The stable id, <c>&lt;measure-id&gt;/c&lt;n&gt;</c>, n counting the measure's conditions in text order from 1.</summary>
    public required ConditionId Id { get; init => field = IdText.Required(value, nameof(Id)); }

    /// <summary>The measure the condition belongs to.</summary>
    public required MeasureId MeasureId { get; init; }

    /// <summary>The condition's words verbatim.</summary>
    public required string Quote { get; init => field = Guard.Against.Null(value, nameof(Quote)); }

    /// <summary>Where <see cref="Quote"/> stands in the seed: the seed's characters there equal the quote.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>What the threshold is on, in short English words (curated).</summary>
    public required string Metric { get; init => field = Guard.Against.Null(value, nameof(Metric)); }

    /// <summary>How the threshold binds (超过 = <see cref="Comparator.MoreThan"/>, 以上 = <see cref="Comparator.AtLeast"/>, …).</summary>
    public required Comparator Comparator { get; init => field = Data.DefinedEnum.Required(value, nameof(Comparator)); }

    /// <summary>The threshold quantity (the lower bound of a range), or null for a date threshold.</summary>
    public required Quantity? Quantity { get; init; }

    /// <summary>The upper bound of a <see cref="Comparator.Range"/>, in the quantity's unit, or null.</summary>
    public required decimal? MaxValue { get; init; }

    /// <summary>A date threshold (2000年底前建成的: built by 2000-12-31), or null.</summary>
    public required Deadline? Deadline { get => (Deadline?)deadline.Value; init => deadline = DeferredValue.Of(value); }

    // Made on first use when the catalog was read from the snapshot (see DeferredValue): keeps NodaTime off the load.
    private readonly DeferredValue deadline;

    /// <summary>The reader's way to set <see cref="Deadline"/> to a value made on first use.</summary>
    internal DeferredValue DeferredDeadline { get => deadline; init => deadline = value; }

    /// <summary>The threshold's value, or null for a date threshold.</summary>
    public decimal? Value => Quantity?.Value;

    /// <summary>The threshold's unit, or null for a date threshold.</summary>
    public Unit? Unit => Quantity?.Unit;

    /// <summary>Readable form: id, comparator, threshold and quote.</summary>
    public override string ToString() =>
        $"{Id} condition {Comparator} {(Quantity is null ? Deadline?.ToString() : TargetIndicator.Describe(Quantity, MaxValue))}: {Quote}";
}
