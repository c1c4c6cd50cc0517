using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>A verification (核查) that closes an item (销号), as stored (never updated; a reopening is a new row).</summary>
public sealed class VerificationRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The item's measure.</summary>
    public MeasureId Measure { get; set; }

    /// <summary>The item's target, or null for a measure's item.</summary>
    public TargetId? Target { get; set; }

    /// <summary>The item's subject or responsible body.</summary>
    public Subject Subject { get; set; }

    /// <summary>The day of the verification: the item is closed from it.</summary>
    public LocalDate VerifiedOn { get; set; }

    /// <summary>The day the office recorded it.</summary>
    public LocalDate RecordedOn { get; set; }

    /// <summary>Who verified it.</summary>
    public Subject RecordedBy { get; set; }

    /// <summary>What was checked (现场核查, 资料核查), or empty.</summary>
    public string Note { get; set; } = string.Empty;
}
