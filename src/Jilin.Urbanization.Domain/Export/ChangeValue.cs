using System.Diagnostics.CodeAnalysis;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// What a change row reports as a value, for programs: a figure (<c>{"figure": {"value": 1, "unit": "所"}}</c>), an
/// entry's measure status (<c>{"status": "delayed"}</c>) or a target's compliance status with whether it is overdue
/// (<c>{"status": "notMet", "overdue": true}</c>). One of <see cref="Figure"/> and <see cref="Status"/> is set.
/// </summary>
/// <param name="Figure">The figure with its unit, or null.</param>
/// <param name="Status">The status's camelCase name (a measure status, or a target's compliance status), or null.</param>
/// <param name="Overdue">True when a target's status is past its deadline and not met.</param>
/// <exception cref="ArgumentException">The constructor got both or neither of <paramref name="Figure"/> and <paramref name="Status"/>, or <paramref name="Status"/> is blank.</exception>
public sealed record ChangeValue(ReportQuantity? Figure, string? Status, bool Overdue)
{
    /// <summary>The figure with its unit, or null.</summary>
    // The constructor checks that exactly one is given; `with` may swap one for the other in any order.
    public ReportQuantity? Figure { get; init; } = Checked(Figure, Status);

    /// <summary>The status's camelCase name, or null.</summary>
    public string? Status { get; init => field = CheckedStatus(value); } = CheckedStatus(Status);

    /// <summary>True when a target's status is past its deadline and not met.</summary>
    public bool Overdue { get; init; } = Overdue;

    /// <summary>Readable form, the machine text CSV writes: <c>1 所</c>, <c>delayed</c>, <c>notMet (overdue)</c>.</summary>
    public override string ToString() => Figure?.ToString() ?? Status + (Overdue ? " (overdue)" : string.Empty);

    private static ReportQuantity? Checked(ReportQuantity? figure, string? status) =>
        (figure is null) == (status is null)
            ? throw new ArgumentException("A change value is a figure or a status: give exactly one.", nameof(figure))
            : figure;

    [return: NotNullIfNotNull(nameof(status))]
    private static string? CheckedStatus(string? status) =>
        status is not null && string.IsNullOrWhiteSpace(status)
            ? throw new ArgumentException("A status name must not be blank.", nameof(status))
            : status;
}
