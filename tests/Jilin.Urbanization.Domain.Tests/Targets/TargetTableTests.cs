using System.Globalization;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tests.Targets;

/// <summary>
/// Every target and condition of both documents, read off the seeds by hand (not copied from the extractor):
/// id | value | max | unit | comparator | deadline | precision | implied | commitment | basically | kind | binding.
/// </summary>
public class TargetTableTests
{
    private const string A = "jilin-2021-urbanization-tasks";
    private const string B = "jilin-2022-county-urbanization";
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    // L = level, M = amount within period; binding: P = the province, otherwise the words that bind each county.
    // A commitment word's reach ends at the comma where a new predicate begins (issue 23): 2021/26 新筹集公租房1000套
    // stands after 计划改造…，计划发放…, without a 计划 of its own (Firm); 2022/71 选取46家中心卫生院 follows
    // 鼓励在县域探索…模式, but the encouragement is to explore the model (Firm). 2022/60 县城新建民用建筑… has the county
    // seat as its subject: every county's seat (县城).
    private static readonly string[] TargetRows =
    [
        $"{A}/2/t1|100||%|FullCoverage|2021-12-31|Year|implied|Ensure|no|L|P",
        $"{A}/9/t1|300||人|Approximately|2021-12-31|Year|explicit|Planned|no|M|P",
        $"{A}/10/t1|36000||人|AtLeast|2021-12-31|Year|explicit|Firm|no|M|P",
        $"{A}/10/t2|120000||人次|AtLeast|2021-12-31|Year|explicit|Firm|no|M|P",
        $"{A}/16/t1|126||公里|Stated|2021-12-31|Year|implied|Firm|no|M|P",
        $"{A}/18/t1|100||%|FullCoverage|2021-12-31|Year|explicit|Strive|yes|L|P",
        $"{A}/21/t1|88||公里|Stated|2021-12-31|Year|implied|Firm|no|M|P",
        $"{A}/21/t2|50.5||公里|Stated|2021-12-31|Year|explicit|Firm|no|M|P",
        $"{A}/22/t1|100||%|FullCoverage|2021-12-31|Year|explicit|Firm|no|L|P",
        $"{A}/23/t1|80||个|Stated|2021-12-31|Year|implied|Firm|no|M|P",
        $"{A}/26/t1|15800||套|Stated|2021-12-31|Year|explicit|Planned|no|M|P",
        $"{A}/26/t2|86000||户|Stated|2021-12-31|Year|explicit|Planned|no|M|P",
        $"{A}/26/t3|1000||套|Stated|2021-12-31|Year|explicit|Firm|no|M|P",
        $"{A}/37/t1|31000||件|Stated|2021-12-31|Year|implied|Firm|no|M|P",
        $"{A}/37/t2|7000||件|Stated|2021-12-31|Year|implied|Firm|no|M|P",
        $"{A}/37/t3|2000||个|Stated|2021-12-31|Year|implied|Firm|no|M|P",
        $"{A}/40/t1|1623||个|Stated|2021-12-31|Year|explicit|Firm|no|M|P",
        $"{A}/40/t2|100||%|FullCoverage|2021-10-31|Month|explicit|Firm|no|L|P",
        $"{A}/40/t3|100||%|FullCoverage|2021-10-31|Month|explicit|Firm|no|L|P",
        $"{A}/44/t1|20||处|Stated|2021-12-31|Year|implied|Firm|no|M|P",
        $"{A}/45/t1|3000|4000|户/社区|Range|2021-12-31|Year|implied|Firm|no|L|P",
        $"{A}/45/t2|300|500|户/网格|Range|2021-12-31|Year|implied|Firm|no|L|P",
        $"{A}/46/t1|30||平方米/百户|AtLeast|2021-12-31|Year|implied|Firm|no|L|P",
        $"{A}/48/t1|10||项|Stated|2021-12-31|Year|explicit|Firm|no|M|P",
        $"{A}/53/t1|30||条|AtLeast|2021-12-31|Year|implied|Firm|no|M|P",
        $"{A}/56/t1|90||%|AtLeast|2021-12-31|Year|implied|Ensure|no|L|P",
        $"{B}/18/t1|100||%|FullCoverage|2025-12-31|Year|explicit|Firm|no|L|所有县(市)",
        $"{B}/29/t1|100||%|FullCoverage|2025-12-31|Year|explicit|Strive|yes|L|P",
        $"{B}/37/t1|1||所|Stated|2025-12-31|Year|explicit|Strive|no|L|县域有一所",
        $"{B}/40/t1|0||%|Zero|2022-12-31|Year|explicit|Strive|yes|L|P",
        $"{B}/43/t1|1||所|AtLeast|2022-12-31|Year|explicit|Firm|no|L|每个县(市)",
        $"{B}/43/t2|55||%|AtLeast|2025-12-31|Year|explicit|Firm|no|L|P",
        $"{B}/49/t1|60||%|Reaches|2025-12-31|Year|explicit|Firm|no|L|P",
        $"{B}/51/t1|1||个|AtLeast||||Firm|no|L|每个县城",
        $"{B}/51/t2|1||处|AtLeast||||Firm|no|L|每个县城",
        $"{B}/59/t1|100||%|FullCoverage||||Encouraged|no|L|P",
        $"{B}/60/t1|100||%|FullCoverage|2025-12-31|Year|explicit|Firm|no|L|县城",
        $"{B}/62/t1|0||%|Zero|2023-12-31|Year|explicit|Firm|yes|L|P",
        $"{B}/63/t1|100||%|FullCoverage|2025-12-31|Year|explicit|Firm|no|L|P",
        $"{B}/63/t2|100||%|FullCoverage|2025-12-31|Year|explicit|Firm|no|L|P",
        $"{B}/67/t1|100||%|FullCoverage|2025-12-31|Year|explicit|Strive|no|L|P",
        $"{B}/68/t1|80||%|Reaches|2025-12-31|Year|explicit|Firm|no|L|P",
        $"{B}/71/t1|46||家|Stated||||Firm|no|M|P",
        $"{B}/73/t1|100||%|FullCoverage|2025-12-31|Year|explicit|Firm|no|L|P",
    ];

    // id | value | max | unit | comparator | date threshold
    private static readonly string[] ConditionRows =
    [
        $"{A}/2/c1|5||年|AtLeast|",
        $"{A}/4/c1|3|6|岁|Range|",
        $"{A}/5/c1|0.5||年|AtLeast|",
        $"{A}/16/c1|4||个|Stated|",
        $"{A}/21/c1|3||个|Stated|",
        $"{A}/22/c1|3||公里|AtMost|",
        $"{A}/37/c1|3||个|Stated|",
        $"{A}/51/c1|3||个|Stated|",
        $"{A}/58/c1|5||个|Stated|",
        $"{A}/58/c2|5||县|Stated|",
        $"{B}/29/c1||||AtMost|2000-12-31",
        $"{B}/29/c2||||AtMost|2005-12-31",
        $"{B}/40/c1|56||人|AtLeast|",
        $"{B}/44/c1|3||岁|AtMost|",
        $"{B}/44/c2|2|3|岁|Range|",
        $"{B}/60/c1|20000||平方米|AtLeast|",
        $"{B}/62/c1|300||吨/日|MoreThan|",
        $"{B}/76/c1|4||县|Stated|",
    ];

    public static TheoryData<string> Targets() => [.. TargetRows];

    public static TheoryData<string> ConditionData() => [.. ConditionRows];

    [Fact]
    public void The_catalog_holds_exactly_the_targets_of_the_table_in_catalog_order()
    {
        Catalog.Targets.Select(t => t.Id.ToString()).Should().Equal(TargetRows.Select(r => r.Split('|')[0]));
        Catalog.Targets.Should().HaveCount(44);
    }

    [Fact]
    public void The_catalog_holds_exactly_the_conditions_of_the_table()
    {
        Catalog.Conditions.Select(c => c.Id.ToString()).Should().Equal(ConditionRows.Select(r => r.Split('|')[0]));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Each_target_has_its_value_unit_comparator_deadline_commitment_and_kind(string row)
    {
        var f = row.Split('|');
        var target = Catalog.GetTarget(f[0]);

        target.Value.Should().Be(decimal.Parse(f[1], CultureInfo.InvariantCulture));
        target.MaxValue.Should().Be(f[2].Length == 0 ? null : decimal.Parse(f[2], CultureInfo.InvariantCulture));
        target.Unit.Symbol.Should().Be(f[3]);
        target.Comparator.Should().Be(Enum.Parse<Comparator>(f[4]));
        if (f[5].Length == 0)
        {
            target.Deadline.Should().BeNull();
        }
        else
        {
            target.Deadline!.Date.Should().Be(LocalDatePattern.Iso.Parse(f[5]).Value);
            target.Deadline.Precision.Should().Be(Enum.Parse<DeadlinePrecision>(f[6]));
            target.Deadline.IsImplied.Should().Be(f[7] == "implied");
            (target.Deadline.Quote is null).Should().Be(f[7] == "implied");
        }

        target.Commitment.Should().Be(Enum.Parse<CommitmentLevel>(f[8]));
        target.Basically.Should().Be(f[9] == "yes");
        target.Kind.Should().Be(f[10] == "L" ? TargetKind.LevelByDeadline : TargetKind.AmountWithinPeriod);
        target.Binding.Should().Be(f[11] == "P" ? TargetBinding.Province : TargetBinding.EachCounty);
        target.BindingQuote.Should().Be(f[11] == "P" ? null : f[11]);
        target.Id.Should().Be(TargetId.Parse($"{target.MeasureId}/t{target.Number}"));
        Catalog.GetMeasure(target.MeasureId).Targets.Should().Contain(target);
    }

    [Theory]
    [MemberData(nameof(ConditionData))]
    public void Each_condition_has_its_threshold(string row)
    {
        var f = row.Split('|');
        var condition = Catalog.Conditions.Single(c => c.Id.ToString() == f[0]);

        condition.Value.Should().Be(f[1].Length == 0 ? null : decimal.Parse(f[1], CultureInfo.InvariantCulture));
        condition.MaxValue.Should().Be(f[2].Length == 0 ? null : decimal.Parse(f[2], CultureInfo.InvariantCulture));
        condition.Unit?.Symbol.Should().Be(f[3].Length == 0 ? null : f[3]);
        (condition.Unit is null).Should().Be(f[3].Length == 0);
        condition.Comparator.Should().Be(Enum.Parse<Comparator>(f[4]));
        if (f[5].Length == 0)
        {
            condition.Deadline.Should().BeNull();
        }
        else
        {
            condition.Deadline!.Date.Should().Be(LocalDatePattern.Iso.Parse(f[5]).Value);
        }
    }

    [Fact]
    public void Every_quote_and_deadline_quote_equals_the_seed_characters_at_its_span()
    {
        var quotes = Catalog.Targets.Select(t => (t.Quote, t.Span))
            .Concat(Catalog.Conditions.Select(c => (c.Quote, c.Span)))
            .Concat(Catalog.Targets.Concat<object>(Catalog.Conditions)
                .Select(o => o is TargetIndicator t ? t.Deadline : ((TargetCondition)o).Deadline)
                .Where(d => d is { IsImplied: false })
                .Select(d => (d!.Quote!, d.Span!.Value)))
            .ToList();

        quotes.Should().HaveCountGreaterThan(60);
        foreach (var (quote, span) in quotes)
        {
            span.Slice(Seeds.Text(span.SeedFile)).Should().Be(quote);
        }
    }

    [Fact]
    public void Every_target_and_condition_lies_inside_its_measure_text()
    {
        foreach (var measure in Catalog.Measures)
        {
            foreach (var span in measure.Targets.Select(t => t.Span).Concat(measure.Conditions.Select(c => c.Span)))
            {
                measure.TextSpan.Contains(span).Should().BeTrue($"{span} belongs to {measure.Id}");
            }
        }
    }

    [Fact]
    public void Every_curated_quote_occurs_verbatim_exactly_once_in_its_measure()
    {
        var annotations = EmbeddedTargetAnnotations.Value;
        annotations.Should().HaveCount(62);
        foreach (var annotation in annotations)
        {
            var text = Catalog.GetMeasure(annotation.Measure).Text;
            var first = text.IndexOf(annotation.Quote, StringComparison.Ordinal);
            first.Should().BeGreaterThanOrEqualTo(0, annotation.ToString());
            text.IndexOf(annotation.Quote, first + 1, StringComparison.Ordinal).Should().Be(-1, annotation.ToString());
        }
    }

    [Fact]
    public void Amounts_count_deliveries_from_the_start_of_the_document_year_to_the_deadline()
    {
        foreach (var target in Catalog.Targets)
        {
            if (target.Kind == TargetKind.AmountWithinPeriod && target.Deadline is { } deadline)
            {
                target.Period!.Equals(new DateInterval(new LocalDate(2021, 1, 1), deadline.Date)).Should().BeTrue(target.Id.ToString());
            }
            else
            {
                target.Period.Should().BeNull();
            }
        }
    }

    [Fact]
    public void Metrics_are_short_descriptions()
    {
        Catalog.Targets.Select(t => t.Metric.Length).Should().OnlyContain(n => n > 5 && n < 100);
        Catalog.Conditions.Select(c => c.Metric.Length).Should().OnlyContain(n => n > 5 && n < 100);
    }

    [Fact]
    public void Every_number_with_a_unit_in_a_measure_is_a_target_a_condition_or_a_named_exclusion()
    {
        // Numbers that are not commitments: years of a plan's name or data year, codes, pollutants, framing counts.
        string[] excluded =
        [
            "2021年工作要点", "4大领域17项", "“761”", "（2021-2030年）", "PM2.5", "2020年度", "5项试验任务",
            "2021年重点任务清单", "1+X", "5G", "2020年改造任务", "2021年改造任务", "O3",
        ];
        foreach (var measure in Catalog.Measures)
        {
            var covered = new bool[measure.Text.Length];
            void Cover(int from, int length)
            {
                for (var i = from; i < from + length; i++)
                {
                    covered[i] = true;
                }
            }

            foreach (var span in measure.Targets.Select(t => t.Span).Concat(measure.Conditions.Select(c => c.Span)))
            {
                Cover(span.Offset - measure.TextSpan.Offset, span.Length);
            }

            foreach (var words in excluded)
            {
                for (var at = measure.Text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = measure.Text.IndexOf(words, at + 1, StringComparison.Ordinal))
                {
                    Cover(at, words.Length);
                }
            }

            for (var i = 0; i < measure.Text.Length; i++)
            {
                if (char.IsAsciiDigit(measure.Text[i]) || measure.Text[i] == '%')
                {
                    covered[i].Should().BeTrue($"'{measure.Text.Substring(Math.Max(0, i - 8), Math.Min(16, measure.Text.Length - Math.Max(0, i - 8)))}' in {measure.Id} is a number no target, condition or exclusion accounts for");
                }
            }
        }
    }
}
