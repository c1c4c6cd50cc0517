using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// The stable id of a target condition (a threshold that selects what a measure applies to): <c>&lt;measure-id&gt;/c&lt;n&gt;</c>, n counting the measure's conditions in
/// text order from 1, e.g. <c>jilin-2022-county-urbanization/68/c1</c>. Ids never change meaning between versions.
/// Ordered by measure, then number. The <c>default</c> value prints as <c>(default ConditionId)</c> and is refused where
/// an id is required.
/// </summary>
[TypeConverter(typeof(IdTypeConverter<ConditionId>))]
public readonly record struct ConditionId
    : IComparable<ConditionId>, ISpanParsable<ConditionId>, ISpanFormattable, ITypedId<ConditionId>
{
    private const string Marker = "c";

    /// <summary>Creates an id.</summary>
    /// <param name="measure">The measure the condition belongs to.</param>
    /// <param name="number">The condition's number in its measure, 1 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public ConditionId(MeasureId measure, int number)
    {
        Measure = IdText.RequiredMeasure(measure, nameof(measure));
        // The guard only when it throws: Guard.Against.NegativeOrZero<int> is a generic no ReadyToRun image holds, so
        // calling it on every id cost each cold process a JIT compilation (the snapshot creates every id at load).
        Number = number > 0 ? number : Guard.Against.NegativeOrZero(number);
    }

    /// <summary>The measure the condition belongs to.</summary>
    public MeasureId Measure { get; }

    /// <summary>The condition's number in its measure, from 1.</summary>
    public int Number { get; }

    static string ITypedId<ConditionId>.TypeName => nameof(ConditionId);

    static string ITypedId<ConditionId>.KindName => "condition id";

    static string ITypedId<ConditionId>.Example => "jilin-2022-county-urbanization/68/c1";

    bool ITypedId<ConditionId>.IsDefault => Number == 0;

    /// <summary>Parses <c>&lt;measure-id&gt;/c&lt;n&gt;</c>.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a condition id; the message says why.</exception>
    public static ConditionId Parse(string s) => IdText.Parse<ConditionId>(s);

    /// <summary>Tries to parse <c>&lt;measure-id&gt;/c&lt;n&gt;</c>.</summary>
    /// <param name="s">The text to parse; null gives false.</param>
    /// <param name="result">The id, or default when parsing failed.</param>
    /// <returns>True when <paramref name="s"/> is a well-formed condition id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ConditionId result) => IdText.TryParse(s, out result);

    static bool ITypedId<ConditionId>.TryRead(ReadOnlySpan<char> text, out ConditionId result, out string reason)
    {
        var ok = IdText.TryReadMeasurePart(text, Marker, out var measure, out var number, out reason);
        result = ok ? new ConditionId(measure, number) : default;
        return ok;
    }

    /// <summary>Orders by measure, then by number; <c>default</c> first.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ConditionId other)
    {
        var byMeasure = Measure.CompareTo(other.Measure);
        return byMeasure != 0 ? byMeasure : Number.CompareTo(other.Number);
    }

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(ConditionId left, ConditionId right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(ConditionId left, ConditionId right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(ConditionId left, ConditionId right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(ConditionId left, ConditionId right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical text, e.g. <c>jilin-2022-county-urbanization/68/c1</c>; <c>(default ConditionId)</c> for <c>default</c>.</summary>
    /// <returns>The id's text.</returns>
    public override string ToString() =>
        Number == 0 ? IdText.DefaultText<ConditionId>() : string.Create(CultureInfo.InvariantCulture, $"{Measure}/{Marker}{Number}");
}
