using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// One thing the office supervises (督办事项): a target for one subject (the province, or a county), or a measure for
/// one responsible body (a department, or a county that reports on it). Lights, notices, verifications (核查) and
/// closings (销号) are per item.
/// </summary>
public sealed record SupervisedItem : IComparable<SupervisedItem>
{
    /// <summary>Creates an item: a target's when <paramref name="target"/> is given (it must belong to <paramref name="measure"/>), else a measure's.</summary>
    /// <param name="measure">The measure (for a target, the one it belongs to).</param>
    /// <param name="target">The target, or null for the measure itself.</param>
    /// <param name="subject">The subject of the target, or the body responsible for the measure.</param>
    /// <exception cref="ArgumentException">An id or the subject is default, or the target is not the measure's.</exception>
    [JsonConstructor]
    public SupervisedItem(MeasureId measure, TargetId? target, Subject subject)
    {
        if (measure == default)
        {
            throw new ArgumentException("A default MeasureId names no measure.", nameof(measure));
        }

        if (target is { } t && (t == default || t.Measure != measure))
        {
            throw new ArgumentException($"The target {t} is not a target of the measure {measure}.", nameof(target));
        }

        if (subject.IsDefault)
        {
            throw new ArgumentException("A default Subject names nothing.", nameof(subject));
        }

        Measure = measure;
        Target = target;
        Subject = subject;
    }

    /// <summary>The measure (for a target, the one it belongs to).</summary>
    public MeasureId Measure { get; }

    /// <summary>The target, or null when the item is the measure.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]   // written as null for a measure: the constructor requires every parameter
    public TargetId? Target { get; }

    /// <summary>The target's subject, or the body responsible for the measure.</summary>
    public Subject Subject { get; }

    /// <summary>A target or a measure.</summary>
    [JsonIgnore]
    public SupervisedItemKind Kind => Target is null ? SupervisedItemKind.Measure : SupervisedItemKind.Target;

    /// <summary>The item of a target for a subject.</summary>
    /// <param name="target">The target.</param>
    /// <param name="subject">The subject.</param>
    /// <exception cref="ArgumentException">The target or the subject is default.</exception>
    public static SupervisedItem OfTarget(TargetId target, Subject subject) =>
        target == default ? throw new ArgumentException("A default TargetId names no target.", nameof(target)) : new(target.Measure, target, subject);

    /// <summary>The item of a measure for a responsible body.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="body">The responsible body.</param>
    /// <exception cref="ArgumentException">The measure or the body is default.</exception>
    public static SupervisedItem OfMeasure(MeasureId measure, Subject body) => new(measure, null, body);

    /// <summary>Orders by measure, then the measure before its targets, then target, then subject.</summary>
    /// <param name="other">The other item.</param>
    public int CompareTo(SupervisedItem? other)
    {
        return Compare(this, other);
    }

    private static int Compare(SupervisedItem? item, SupervisedItem? other)
    {
        if (item is null)
        {
            return other is null ? 0 : -1;
        }

        if (other is null)
        {
            return 1;
        }

        var c = item.Measure.CompareTo(other.Measure);
        if (c == 0)
        {
            c = (item.Target is null, other.Target is null) switch
            {
                (true, false) => -1,
                (false, true) => 1,
                (false, false) => item.Target!.Value.CompareTo(other.Target!.Value),
                _ => 0,
            };
        }

        return c != 0 ? c : item.Subject.CompareTo(other.Subject);
    }

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left item.</param>
    /// <param name="right">The right item.</param>
    public static bool operator <(SupervisedItem? left, SupervisedItem? right) => Compare(left, right) < 0;

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/> or equals it.</summary>
    /// <param name="left">The left item.</param>
    /// <param name="right">The right item.</param>
    public static bool operator <=(SupervisedItem? left, SupervisedItem? right) => Compare(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left item.</param>
    /// <param name="right">The right item.</param>
    public static bool operator >(SupervisedItem? left, SupervisedItem? right) => Compare(left, right) > 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/> or equals it.</summary>
    /// <param name="left">The left item.</param>
    /// <param name="right">The right item.</param>
    public static bool operator >=(SupervisedItem? left, SupervisedItem? right) => Compare(left, right) >= 0;

    /// <summary>
    /// The item as a notice (督办单) prints it, in Chinese, with the ids that identify it: <c>…/26 · 责任单位：梅河口市（220581）</c>
    /// for a measure and its responsible body, <c>…/68/t1 · 对象：吉林省（220000）</c> for a target and its subject.
    /// (<see cref="ToString"/> is the English readable form.)
    /// </summary>
    [JsonIgnore]
    public string ReferenceText => Target is { } t
        ? $"{t} · 对象：{Tracking.SubjectText.Chinese(Subject)}"
        : $"{Measure} · 责任单位：{Tracking.SubjectText.Chinese(Subject)}";

    /// <summary>Readable form: <c>…/68/t1 for 吉林省 (220000)</c> or <c>…/26 by 省住房和城乡建设厅 (department:housing-urban-rural-development)</c>.</summary>
    public override string ToString() => Target is { } t ? $"{t} for {Tracking.SubjectText.Readable(Subject)}" : $"{Measure} by {Tracking.SubjectText.Readable(Subject)}";
}
