using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>One reason two measures are related, and the points it adds to the score.</summary>
/// <param name="Kind">What is shared.</param>
/// <param name="Value">The shared place, department or term, as written (<c>梅河口市</c>, <c>省自然资源厅</c>, <c>宅基地</c>).</param>
/// <param name="Points">The points it adds: rarer shared things weigh more.</param>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record RelatednessReason(RelatednessKind Kind, string Value, double Points)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>What is shared.</summary>
    public RelatednessKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); } = Data.DefinedEnum.Required(Kind);

    /// <summary>The points it adds: rarer shared things weigh more.</summary>
    public double Points { get; init; } = Points;

    /// <summary>The shared place, department or term, as written (<c>梅河口市</c>, <c>省自然资源厅</c>, <c>宅基地</c>).</summary>
    public string Value { get; init => field = Guard.Against.Null(value, nameof(Value)); } = Guard.Against.Null(Value);

    /// <summary>Readable form: <c>SharedTerm 宅基地 +3.1</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind} {Value} +{Points:0.0}");
}
