using System.ComponentModel;
using System.Globalization;
using System.Resources;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tests.Labels;

public class ReportTextTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static bool HasHan(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    public static TheoryData<string, string[], string[]> LabelKinds() => new()
    {
        { nameof(ComplianceStatus), Labels<ComplianceStatus>(Chinese), Labels<ComplianceStatus>(English) },
        { nameof(MeasureStatus), Labels<MeasureStatus>(Chinese), Labels<MeasureStatus>(English) },
        { nameof(Comparator), Labels<Comparator>(Chinese), Labels<Comparator>(English) },
        { nameof(TargetBinding), Labels<TargetBinding>(Chinese), Labels<TargetBinding>(English) },
        { nameof(CommitmentLevel), Labels<CommitmentLevel>(Chinese), Labels<CommitmentLevel>(English) },
        { nameof(SubjectKind), Labels<SubjectKind>(Chinese), Labels<SubjectKind>(English) },
        { nameof(LeadRule), Labels<LeadRule>(Chinese), Labels<LeadRule>(English) },
        { nameof(DepartmentKind), Labels<DepartmentKind>(Chinese), Labels<DepartmentKind>(English) },
        { nameof(EntryKind), Labels<EntryKind>(Chinese), Labels<EntryKind>(English) },
        { nameof(EntryEffect), Labels<EntryEffect>(Chinese), Labels<EntryEffect>(English) },
        { "column headers", Columns(Chinese), Columns(English) },
    };

    [Theory]
    [MemberData(nameof(LabelKinds))]
    public void Each_label_kind_reads_chinese_in_zh_CN_and_english_in_en(string kind, string[] chinese, string[] english)
    {
        chinese.Should().NotBeEmpty(kind).And.OnlyContain(l => HasHan(l), $"every {kind} label is Chinese in zh-CN");
        english.Should().HaveCount(chinese.Length).And.OnlyContain(l => !HasHan(l) && l.Length > 0, $"every {kind} label is English in en");
        if (kind != "column headers")
        {
            chinese.Should().OnlyHaveUniqueItems($"two {kind} values would read alike");
            english.Should().OnlyHaveUniqueItems($"two {kind} values would read alike");
        }
    }

    [Fact]
    public void Chinese_cultures_fall_back_to_zh_Hans_and_other_languages_to_english()
    {
        foreach (var name in new[] { "zh-CN", "zh-Hans-CN", "zh-SG", "zh-Hans" })
        {
            ReportText.Of(ComplianceStatus.NotMet, CultureInfo.GetCultureInfo(name)).Should().Be("未完成", name);
        }

        foreach (var name in new[] { "en", "en-US", "fr-FR", "de", "" })
        {
            ReportText.Of(ComplianceStatus.NotMet, CultureInfo.GetCultureInfo(name)).Should().Be("Not met", name);
        }
    }

    [Fact]
    public void The_default_culture_is_the_current_UI_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            ReportText.Of(Comparator.AtLeast).Should().Be("不少于");
            ReportText.Column("county").Should().Be("县(市)");
            CultureInfo.CurrentUICulture = English;
            ReportText.Of(Comparator.AtLeast).Should().Be("at least");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void An_undefined_value_is_refused_naming_its_enum()
    {
        FluentActions.Invoking(() => ReportText.Of((ComplianceStatus)99, Chinese)).Should().Throw<InvalidEnumArgumentException>();
        FluentActions.Invoking(() => ReportText.Column(null!)).Should().Throw<ArgumentNullException>();
        ReportText.Column("myOwnColumn", Chinese).Should().Be("myOwnColumn", "a column of the caller's own keeps its name");
    }

    [Fact]
    public void The_neutral_and_the_chinese_resources_hold_the_same_keys_and_the_satellite_assembly_sits_beside_the_library()
    {
        var manager = new ResourceManager("Jilin.Urbanization.Domain.Labels.ReportText", typeof(ReportText).Assembly);
        static HashSet<string> Keys(ResourceSet set) => set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        var neutral = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);
        var chinese = Keys(manager.GetResourceSet(CultureInfo.GetCultureInfo("zh-Hans"), createIfNotExists: true, tryParents: false)!);

        chinese.Should().BeEquivalentTo(neutral);
        neutral.Should().HaveCountGreaterThan(150);
        var directory = Path.GetDirectoryName(typeof(ReportText).Assembly.Location)!;
        File.Exists(Path.Combine(directory, "zh-Hans", "Jilin.Urbanization.Domain.resources.dll")).Should().BeTrue();
    }

    [Fact]
    public void Every_column_of_every_library_table_has_a_label_in_both_languages()
    {
        foreach (var header in AllHeaders())
        {
            ReportText.Column(header, Chinese).Should().NotBe(header, $"'{header}' needs a Chinese label");
            ReportText.Column(header, English).Should().NotBe(header, $"'{header}' needs an English label");
        }
    }

    [Fact]
    public void No_two_columns_of_one_table_read_alike_in_either_language()
    {
        foreach (var headers in Tables())
        {
            headers.Select(h => ReportText.Column(h, Chinese)).Should().OnlyHaveUniqueItems(string.Join(",", headers));
            headers.Select(h => ReportText.Column(h, English)).Should().OnlyHaveUniqueItems(string.Join(",", headers));
        }
    }

    private static string[] Labels<T>(CultureInfo culture)
        where T : struct, Enum => Enum.GetValues<T>().Select(v => v switch
        {
            ComplianceStatus s => ReportText.Of(s, culture),
            MeasureStatus s => ReportText.Of(s, culture),
            Comparator c => ReportText.Of(c, culture),
            TargetBinding b => ReportText.Of(b, culture),
            CommitmentLevel l => ReportText.Of(l, culture),
            SubjectKind k => ReportText.Of(k, culture),
            LeadRule r => ReportText.Of(r, culture),
            DepartmentKind k => ReportText.Of(k, culture),
            EntryKind k => ReportText.Of(k, culture),
            EntryEffect e => ReportText.Of(e, culture),
            _ => throw new NotSupportedException(typeof(T).Name),
        }).ToArray();

    private static string[] Columns(CultureInfo culture) => AllHeaders().Select(h => ReportText.Column(h, culture)).ToArray();

    private static IEnumerable<string> AllHeaders() => Tables().SelectMany(h => h).Distinct();

    private static IEnumerable<string[]> Tables()
    {
        var catalog = Jilin.Urbanization.Domain.Catalog.PolicyCatalog.Default;
        var report = new ImplementationTracker(catalog, TrackingLog.Empty).Report(new NodaTime.LocalDate(2023, 1, 1));
        return new[]
        {
            catalog.ExportMeasures().Columns.Select(c => c.Header),
            catalog.ExportDepartments().Columns.Select(c => c.Header),
            catalog.ExportPlaces().Columns.Select(c => c.Header),
            TargetTable.From(catalog, catalog.Targets).Columns.Select(c => c.Header),
            TargetProgressTable.From(report).Columns.Select(c => c.Header),
            TargetRollupTable.From(report).Columns.Select(c => c.Header),
            DepartmentProgressTable.From(report).Columns.Select(c => c.Header),
            CountyProgressTable.From(report).Columns.Select(c => c.Header),
        }.Select(h => h.ToArray());
    }
}
