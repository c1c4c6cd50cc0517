using System.Globalization;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>
/// Turns the curated quotes of one document's measures into <see cref="TargetIndicator"/>s and
/// <see cref="TargetCondition"/>s. The annotations say which words and what they measure; everything else is read
/// from the words by <see cref="TargetQuoteReader"/>:
/// <list type="bullet">
/// <item>the first number with a unit in the quote (condition quotes masked), 万 multiplied out; without one,
/// 全覆盖/全部/所有/完成/应X尽X (100 %) or 零/消除 (0 %);</item>
/// <item>a rate's denominator, where the annotation names a rate unit (平方米/百户, 户/社区, 吨/日) and the sentence
/// states it (see <see cref="TargetAnnotation.UnitText"/>);</item>
/// <item>the deadline: strong date words in the quote, else the nearest strong ones before it in the same sentence,
/// else weak ones (2021年…) likewise, else, in a plan for one year (its title names its year), the end of that year;</item>
/// <item>the commitment verb and 基本 in the quote; a quote without a commitment verb takes the nearest one before it
/// in its sentence if its reach gets there: a commitment word governs the rest of its clause (and figures joined by
/// 、), and crosses a comma (，or ,) only while nothing but date words stands between it and the quote (力争到2025年,
/// 基本完成…); once its clause has begun its complement, a comma ends its reach and the next clause, which starts a
/// predicate of its own, is not governed (鼓励在县域探索…模式,选取46家中心卫生院: the 46 centres are firm); see
/// <see cref="TargetQuoteReader.GoverningCommitment"/>;</item>
/// <item>the binding: words in the target's sentence that distribute it over counties (每个县(市), 所有县(市),
/// 每个县城, 县域有一所) bind each county; so does 县城 (the county seat) as the subject of the figure's own clause
/// (到2025年,县城新建民用建筑全部建成绿色建筑); otherwise the province (see <see cref="TargetQuoteReader.ReadBinding"/>).</item>
/// </list>
/// A sentence runs from the previous 。, ；, ; or the measure's start to the next one or the measure's end; a clause
/// is a part of a sentence between commas (，or ,).
/// Ids number a measure's targets (t1, t2, …) and conditions (c1, …) in text order.
/// </summary>
internal sealed class TargetExtractor
{
    private readonly SourceText source;
    private readonly DocumentId documentId;
    private readonly int year;
    private readonly bool annualPlan;
    private readonly Dictionary<int, List<TargetAnnotation>> byMeasure = [];

    public TargetExtractor(SourceText source, DocumentId documentId, int year, bool annualPlan, IEnumerable<TargetAnnotation> annotations)
    {
        this.source = source;
        this.documentId = documentId;
        this.year = year;
        this.annualPlan = annualPlan;
        foreach (var annotation in annotations)
        {
            if (annotation.Measure.DocumentId != documentId)
            {
                continue;
            }

            if (!byMeasure.TryGetValue(annotation.Measure.Number, out var list))
            {
                byMeasure[annotation.Measure.Number] = list = [];
            }

            list.Add(annotation);
        }
    }

    private string Text => source.Text;

    /// <summary>Refuses annotations that point at measures the document does not have.</summary>
    public void EnsureAllMeasuresExist(int measureCount)
    {
        foreach (var (number, list) in byMeasure)
        {
            if (number > measureCount)
            {
                throw new PolicyDataException(
                    $"A target annotation points at measure {number}, but document '{documentId}' has measures 1 to {measureCount}: '{list[0].Quote}'.",
                    $"target annotations for {documentId}/{number}");
            }
        }
    }

    public (ValueList<TargetIndicator> Targets, ValueList<TargetCondition> Conditions) Extract(MeasureId id, int textStart, int textLength)
    {
        if (!byMeasure.TryGetValue(id.Number, out var annotations))
        {
            return (ValueList<TargetIndicator>.Empty, ValueList<TargetCondition>.Empty);
        }

        var textEnd = textStart + textLength;
        var located = annotations
            .Select(a => (Annotation: a, Start: Locate(id, a.Quote, textStart, textEnd, a.Role.ToString().ToLowerInvariant())))
            .ToList();
        var masked = located
            .Where(l => l.Annotation.Role == TargetRole.Condition)
            .Select(l => (l.Start, End: l.Start + l.Annotation.Quote.Length))
            .ToList();

        var conditions = located
            .Where(l => l.Annotation.Role == TargetRole.Condition)
            .OrderBy(l => l.Start)
            .Select((l, i) => ReadCondition(id, i + 1, l.Annotation, l.Start, textStart, textEnd))
            .ToValueList();

        var targets = located
            .Where(l => l.Annotation.Role == TargetRole.Target)
            .Select(l => ReadTarget(id, l.Annotation, l.Start, textStart, textEnd, masked))
            .OrderBy(t => t.QuoteStart)
            .ThenBy(t => t.QuantityStart)
            .Select((t, i) => t.Target with { Id = new TargetId(id, i + 1), Number = i + 1 })
            .ToValueList();

        return (targets, conditions);
    }

    private TargetCondition ReadCondition(MeasureId id, int number, TargetAnnotation annotation, int start, int measureStart, int measureEnd)
    {
        var end = start + annotation.Quote.Length;
        var quantity = FindQuantity(id, annotation, start, end, measureStart, []);
        var unit = ReadUnit(id, annotation, quantity, start, end, measureStart, measureEnd);
        Deadline? date = null;
        Comparator comparator;
        if (quantity is { } q)
        {
            comparator = TargetQuoteReader.ReadComparator(Text, q, start, end);
        }
        else
        {
            var phrase = TargetQuoteReader.FindDates(Text, measureStart, start, end, year, []).FirstOrDefault(p => p.Strong);
            if (phrase == default)
            {
                throw Error(id, annotation, start, "holds neither a number with a unit nor a date");
            }

            date = ToDeadline(phrase);
            comparator = Comparator.AtMost;
        }

        return new TargetCondition
        {
            Id = new ConditionId(id, number),
            MeasureId = id,
            Quote = annotation.Quote,
            Span = source.Span(start, annotation.Quote.Length),
            Metric = annotation.Metric,
            Comparator = comparator,
            Quantity = quantity is { } m ? new Quantity(m.Value, unit!) : null,
            MaxValue = quantity?.Max,
            Deadline = date,
        };
    }

    private (TargetIndicator Target, int QuoteStart, int QuantityStart) ReadTarget(
        MeasureId id, TargetAnnotation annotation, int start, int measureStart, int measureEnd, List<(int Start, int End)> masked)
    {
        var end = start + annotation.Quote.Length;
        var match = FindQuantity(id, annotation, start, end, measureStart, masked);
        var unit = ReadUnit(id, annotation, match, start, end, measureStart, measureEnd);
        Quantity quantity;
        Comparator comparator;
        if (match is { } m)
        {
            comparator = TargetQuoteReader.ReadComparator(Text, m, start, end);
            quantity = new Quantity(comparator == Comparator.FullCoverage ? 100m : m.Value, unit!);
        }
        else
        {
            comparator = TargetQuoteReader.ReadWordComparator(Text, start, end, masked)
                ?? throw Error(id, annotation, start, "holds no number with a unit and none of 全覆盖/全部/所有/完成/零/消除");
            quantity = new Quantity(comparator == Comparator.Zero ? 0m : 100m, Unit.Percent);
        }

        var deadline = ReadDeadline(id, annotation, start, end, measureStart, masked);
        var (sentenceStart, sentenceEnd) = Sentence(start, end, measureStart, measureEnd);
        var (level, basically) = TargetQuoteReader.ReadCommitment(Text, start, end, masked);
        if (level == CommitmentLevel.Firm && TargetQuoteReader.GoverningCommitment(Text, measureStart, sentenceStart, start, year, masked) is { } governing)
        {
            level = governing;
        }

        // The figure: its number, or, for a quote without one (全部, 全覆盖, 完成, 零 …), the quote's last clause.
        var figureAt = match?.Start ?? end - 1;
        var (binding, bindingStart, bindingLength) = TargetQuoteReader.ReadBinding(Text, measureStart, sentenceStart, sentenceEnd, figureAt, year);
        var unmasked = TargetQuoteReader.Unmasked(Text, start, end, masked);
        var kind = annotation.Kind
            ?? (comparator is Comparator.FullCoverage or Comparator.Zero or Comparator.Range || quantity.Unit == Unit.Percent
                || unmasked.Contains('每', StringComparison.Ordinal) || unmasked.Contains("至少", StringComparison.Ordinal)
                ? TargetKind.LevelByDeadline
                : TargetKind.AmountWithinPeriod);
        DateInterval? period = null;
        if (kind == TargetKind.AmountWithinPeriod && deadline is not null)
        {
            var periodStart = new LocalDate(year, 1, 1);
            if (deadline.Date < periodStart)
            {
                throw Error(id, annotation, start, $"is an amount due {NodaTime.Text.LocalDatePattern.Iso.Format(deadline.Date)}, before the document's year {year} begins");
            }

            period = new DateInterval(periodStart, deadline.Date);
        }

        var target = new TargetIndicator
        {
            Id = new TargetId(id, 1), // numbered in text order by the caller
            MeasureId = id,
            Number = 0,
            Quote = annotation.Quote,
            Span = source.Span(start, annotation.Quote.Length),
            Metric = annotation.Metric,
            Quantity = quantity,
            MaxValue = match?.Max,
            Comparator = comparator,
            Deadline = deadline,
            Commitment = level,
            Basically = basically,
            Kind = kind,
            Period = period,
            Binding = binding,
            BindingQuote = binding == TargetBinding.Province ? null : Text.Substring(bindingStart, bindingLength),
        };
        return (target, start, match?.Start ?? start);
    }

    private TargetQuoteReader.QuantityMatch? FindQuantity(
        MeasureId id, TargetAnnotation annotation, int start, int end, int measureStart, List<(int Start, int End)> masked)
    {
        if (annotation.QuantityText is not { } hint)
        {
            return TargetQuoteReader.FindQuantity(Text, measureStart, start, end, masked);
        }

        var at = Text.IndexOf(hint, start, end - start, StringComparison.Ordinal);
        var match = at < 0 ? null : TargetQuoteReader.FindQuantity(Text, measureStart, at, at + hint.Length, masked);
        return match is { } found && found.Start == at
            ? found
            : throw Error(id, annotation, start, $"does not hold the quantity words '{hint}' as a number with a unit");
    }

    private Deadline? ReadDeadline(
        MeasureId id, TargetAnnotation annotation, int start, int end, int measureStart, List<(int Start, int End)> masked)
    {
        var sentenceStart = SentenceStart(start, measureStart);

        if (annotation.DeadlineText is { } words)
        {
            var at = Text.LastIndexOf(words, end - 1, end - sentenceStart, StringComparison.Ordinal);
            var phrase = at < 0
                ? default
                : TargetQuoteReader.FindDates(Text, measureStart, at, at + words.Length, year, masked)
                    .FirstOrDefault(p => p.Start == at && p.Length == words.Length);
            return phrase == default
                ? throw Error(id, annotation, start, $"has no date words '{words}' in its sentence")
                : ToDeadline(phrase);
        }

        var inQuote = TargetQuoteReader.FindDates(Text, measureStart, start, end, year, masked);
        var before = TargetQuoteReader.FindDates(Text, measureStart, sentenceStart, start, year, masked);
        var chosen = inQuote.FirstOrDefault(p => p.Strong);
        if (chosen == default)
        {
            chosen = before.LastOrDefault(p => p.Strong);
        }

        if (chosen == default)
        {
            chosen = inQuote.FirstOrDefault();
        }

        if (chosen == default)
        {
            chosen = before.LastOrDefault();
        }

        if (chosen != default)
        {
            return ToDeadline(chosen);
        }

        return annualPlan ? new Deadline(new LocalDate(year, 12, 31), DeadlinePrecision.Year, null, null, true) : null;
    }

    /// <summary>
    /// The unit of the quantity: the one written after the number, or the rate unit the annotation names once the
    /// text bears it out (see <see cref="TargetAnnotation.UnitText"/>); null when there is no quantity.
    /// </summary>
    private Unit? ReadUnit(
        MeasureId id, TargetAnnotation annotation, TargetQuoteReader.QuantityMatch? match, int start, int end, int measureStart, int measureEnd)
    {
        if (annotation.UnitText is not { } hint)
        {
            return match?.Unit;
        }

        if (!Unit.TryParse(hint, out var rate) || !rate.IsRate)
        {
            throw Error(id, annotation, start, $"names '{hint}' as its unit, which is not a known rate unit (平方米/百户, 户/社区, 户/网格, 吨/日)");
        }

        if (match is not { } m || !Unit.TryParse(rate.Numerator, out var numerator) || numerator != m.Unit)
        {
            throw Error(id, annotation, start, $"names the rate '{hint}', but the unit written after its number is {(match is { } q ? "'" + q.Unit.Symbol + "'" : "missing")}");
        }

        var (sentenceStart, sentenceEnd) = Sentence(start, end, measureStart, measureEnd);
        var denominator = rate.Denominator;
        var sentence = Text.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
        var perDenominator = sentence.Contains("每" + denominator, StringComparison.Ordinal);
        var perNumber = m.Start > sentenceStart && Text[m.Start - 1] == '每'
            && Text.AsSpan(m.End, sentenceEnd - m.End).Contains(denominator, StringComparison.Ordinal);
        var before = Text.AsSpan(start, m.Start - start);
        var denominatorAt = before.IndexOf(denominator, StringComparison.Ordinal);
        var amountOf = denominatorAt >= 0
            && before[(denominatorAt + denominator.Length)..].IndexOf('量') is >= 1 and <= 3;
        return perDenominator || perNumber || amountOf
            ? rate
            : throw Error(id, annotation, start, $"names the rate '{hint}', but its sentence does not state the denominator '{denominator}' as a rate (每{denominator}, 每 before the number and {denominator} after it, or {denominator}…量 before it)");
    }

    private (int Start, int End) Sentence(int start, int end, int measureStart, int measureEnd)
    {
        var sentenceEnd = end;
        while (sentenceEnd < measureEnd && Text[sentenceEnd] is not ('。' or '；' or ';'))
        {
            sentenceEnd++;
        }

        return (SentenceStart(start, measureStart), sentenceEnd);
    }

    private int SentenceStart(int start, int measureStart)
    {
        var sentenceStart = start;
        while (sentenceStart > measureStart && Text[sentenceStart - 1] is not ('。' or '；' or ';'))
        {
            sentenceStart--;
        }

        return sentenceStart;
    }

    private Deadline ToDeadline(TargetQuoteReader.DatePhrase phrase) =>
        new(phrase.Date, phrase.Precision, Text.Substring(phrase.Start, phrase.Length), source.Span(phrase.Start, phrase.Length), false);

    private int Locate(MeasureId id, string quote, int textStart, int textEnd, string role)
    {
        var at = Text.IndexOf(quote, textStart, textEnd - textStart, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new PolicyDataException(
                $"The curated {role} quote '{quote}' does not occur in the text of measure {id}; quotes must be verbatim.",
                source.Location(textStart));
        }

        if (Text.IndexOf(quote, at + 1, textEnd - at - 1, StringComparison.Ordinal) >= 0)
        {
            throw new PolicyDataException(
                $"The curated {role} quote '{quote}' occurs more than once in the text of measure {id}; lengthen it so it names one place.",
                source.Location(at));
        }

        return at;
    }

    private PolicyDataException Error(MeasureId id, TargetAnnotation annotation, int at, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The curated {annotation.Role.ToString().ToLowerInvariant()} quote '{annotation.Quote}' of measure {id} {what}."), source.Location(at));
}
