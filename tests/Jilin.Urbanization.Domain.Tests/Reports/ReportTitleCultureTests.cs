using System.Globalization;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Reports;

/// <summary>Issue 25: a report's title, scope and summary line read in the chosen language, from the resources.</summary>
public class ReportTitleCultureTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly ImplementationTracker Tracker = new ImplementationTracker(Policies, TrackingLog.Empty)
        .Record(Figure(CareHomes, Meihekou, 1m, Unit.Institution, Day(2022, 11, 30)))
        .Record(new StatusUpdate(WaterSupply, Housing, Day(2022, 12, 31), MeasureStatus.Delayed, "资金未到位"));

    private static bool HasLatinWord(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, "[A-Za-z]{3,}");

    [Fact]
    public void An_implementation_report_title_and_summary_read_chinese_in_zh_CN_and_english_in_en()
    {
        var report = Tracker.Report(Day(2023, 1, 15));

        var chinese = HtmlReport.ForImplementation(report, Chinese);
        var english = HtmlReport.ForImplementation(report, English);

        chinese.Title.Should().Be("截至2023-01-15实施进展报告，范围：全部目标和措施");
        var summary = chinese.Sections[0].Paragraphs[0];
        summary.Should().StartWith("截至2023-01-15（知悉日期2022-12-31）：目标", "known on the log's latest recording day").And.Contain($"未完成{report.CountOf(ComplianceStatus.NotMet)}个");
        HasLatinWord(summary).Should().BeFalse("the summary line is Chinese: {0}", summary);
        english.Title.Should().Be("Implementation report as of 2023-01-15, scope: all targets and measures");
        english.Sections[0].Paragraphs[0].Should().StartWith("As of 2023-01-15, as known on 2022-12-31: ");
    }

    [Fact]
    public void A_chinese_target_table_leaves_out_the_curated_english_metric_and_keeps_the_quote()
    {
        var targets = Policies.Targets.Take(5).ToList();
        var rollups = Tracker.Report(Day(2023, 1, 15)).Targets;

        foreach (var table in new[] { ReportTables.Targets(targets, culture: Chinese), ReportTables.TargetRollups(rollups, culture: Chinese) })
        {
            table.Columns.Should().NotContain(ReportText.Column("metric", Chinese)).And.Contain(ReportText.Column("quote", Chinese));
            table.Rows.SelectMany(r => r).Select(c => c.Text).Should().NotContain(t => targets.Concat(rollups.Select(r => r.Target)).Any(x => x.Metric == t));
        }

        var english = ReportTables.Targets(targets, culture: English);
        english.Columns.Should().Contain(ReportText.Column("metric", English));
        english.Rows.Select(r => r[english.Columns.ToList().IndexOf(ReportText.Column("metric", English))].Text).Should().Equal(targets.Select(t => t.Metric));
    }

    [Fact]
    public void A_scoped_report_names_its_department_and_subject_in_the_title_with_the_code_beside_the_county()
    {
        var scope = Tracker.Scope().LedBy("省住房和城乡建设厅").ForSubject(Meihekou);

        var title = HtmlReport.ForImplementation(Tracker.Report(scope, Day(2023, 1, 15)), Chinese).Title;

        title.Should().Be("截至2023-01-15实施进展报告，范围：牵头部门：省住房和城乡建设厅；填报单位：梅河口市（220581）");
    }

    [Fact]
    public void A_compliance_report_summary_reads_chinese_in_zh_CN()
    {
        var target = Policies.GetTarget(FiveG);
        var progress = new ProgressReport([new ProgressEntry(target.Id, new Observation(78m, Unit.Percent, Day(2025, 12, 31)))]);
        var compliance = progress.Evaluate(Policies, Day(2026, 1, 1));

        var summary = HtmlReport.ForCompliance(Policies, compliance, Chinese).Sections[0].Paragraphs[0];

        summary.Should().StartWith("截至2026-01-01：已完成");
        HasLatinWord(summary).Should().BeFalse("the summary line is Chinese: {0}", summary);
    }
}
