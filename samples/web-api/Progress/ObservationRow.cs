using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// One uploaded observation, as stored: target, subject, day, value, unit, where it came from. The subject is
/// <c>province</c> today; the tracking model adds counties (6-digit GB/T 2260 codes) and departments (their ids)
/// in the same column, and measure status updates in a table of their own.
/// </summary>
public sealed class ObservationRow
{
    /// <summary>The subject code of the whole province (the only subject a progress report has today).</summary>
    public const string Province = "province";

    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The target observed (stored as its canonical text).</summary>
    public TargetId TargetId { get; set; }

    /// <summary>Who the value is about: <c>province</c>, a county code such as <c>220581</c>, or a department id.</summary>
    public string SubjectCode { get; set; } = Province;

    /// <summary>The day of the observation (stored as an ISO date).</summary>
    public LocalDate ObservedOn { get; set; }

    /// <summary>The value, in <see cref="Unit"/>.</summary>
    public decimal Value { get; set; }

    /// <summary>The unit symbol, e.g. <c>%</c>, <c>万套</c>.</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary>Where the value came from: the upload's content type and file name, if any.</summary>
    public string? Source { get; set; }

    /// <summary>A free note.</summary>
    public string? Note { get; set; }
}
