using Ardalis.GuardClauses;
using System.Globalization;
using System.Resources;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Labels;

/// <summary>
/// The labels people read — statuses, kinds, comparators, bindings, column headers, report headings, chart legends —
/// in Chinese or English, from .NET resources: English in the neutral <c>ReportText.resx</c> (in the main assembly),
/// Chinese in <c>ReportText.zh-Hans.resx</c> (the satellite assembly <c>zh-Hans/Jilin.Urbanization.Domain.resources.dll</c>).
/// Machine names (JSON members, enum names in JSON, ids) never change with the culture.
/// </summary>
/// <remarks>
/// <para>Every method takes an optional <see cref="CultureInfo"/>; null means <see cref="CultureInfo.CurrentUICulture"/>.
/// The lookup walks the culture's parents as <see cref="ResourceManager"/> does: <c>zh-CN</c>, <c>zh-Hans-CN</c>,
/// <c>zh-SG</c> reach <c>zh-Hans</c> (Chinese); every other culture — a bare <c>zh</c>, <c>zh-TW</c> (Hant) and the
/// invariant culture included — falls back to English. English labels translate the Chinese texts unofficially (<see cref="UnofficialTranslation.Notice"/>).
/// Export tables (CSV, Markdown, HTML, Excel) treat <see cref="CultureInfo.InvariantCulture"/> as a request for the
/// machine layout (headers the columns' camelCase machine names, as in the JSON members or their parts), which programs reading CSV rely on; on a
/// machine whose locale is <c>C</c>/<c>POSIX</c> (.NET's invariant culture) pass <c>zh-CN</c> or <c>en</c> for people.</para>
/// <para>Fallback to watch for: an application that drops the satellite assembly (the MSBuild property
/// <c>SatelliteResourceLanguages</c> without <c>zh-Hans</c>, or a trimmed copy without the <c>zh-Hans</c> folder) gets
/// English for Chinese cultures. With <c>InvariantGlobalization</c> on, labels are English whatever the culture:
/// <c>new CultureInfo("zh-CN")</c> throws (<c>PredefinedCulturesOnly</c> true, the default), and with
/// <c>PredefinedCulturesOnly</c> false every culture has invariant data — no parent (<c>zh-CN</c> never reaches
/// <c>zh-Hans</c>) and its script subtag upper-cased (<c>zh-Hans</c> becomes <c>zh-HANS</c>), so the resource lookup
/// asks for a <c>zh-HANS</c> satellite, not found on a case-sensitive file system (measured on .NET 10 under the JIT
/// on Linux; a Native AOT build gives English too). For Chinese labels leave globalization on
/// (ICU; on Alpine/containers the <c>icu-libs</c> package).</para>
/// </remarks>
public static class ReportText
{
    private static readonly ResourceManager Resources = new("Jilin.Urbanization.Domain.Labels.ReportText", typeof(ReportText).Assembly);

    /// <summary>The culture used when none is given: <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    /// <param name="culture">A culture, or null.</param>
    /// <returns><paramref name="culture"/>, or the current UI culture when it is null.</returns>
    public static CultureInfo Resolve(CultureInfo? culture) => culture ?? CultureInfo.CurrentUICulture;

    /// <summary>True when labels in <paramref name="culture"/> come out Chinese (the culture reaches <c>zh-Hans</c>).</summary>
    /// <param name="culture">A culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>True when the labels are Chinese.</returns>
    public static bool IsChinese(CultureInfo? culture = null) => HtmlLanguage(culture) == "zh-Hans";

    /// <summary>A compliance status as people read it: <c>未完成</c> / <c>Not met</c>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not defined.</exception>
    public static string Of(ComplianceStatus status, CultureInfo? culture = null) => Enum(status, nameof(ComplianceStatus), culture);

    /// <summary>A measure status (进展状态) as people read it: <c>滞后</c> / <c>Delayed</c>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not defined.</exception>
    public static string Of(MeasureStatus status, CultureInfo? culture = null) => Enum(status, nameof(MeasureStatus), culture);

    /// <summary>A comparator as people read it: <c>不少于</c> / <c>at least</c>.</summary>
    /// <param name="comparator">The comparator.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="comparator"/> is not defined.</exception>
    public static string Of(Comparator comparator, CultureInfo? culture = null) => Enum(comparator, nameof(Comparator), culture);

    /// <summary>A target's binding as people read it: <c>每个县(市)</c> / <c>each county</c>.</summary>
    /// <param name="binding">The binding.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="binding"/> is not defined.</exception>
    public static string Of(TargetBinding binding, CultureInfo? culture = null) => Enum(binding, nameof(TargetBinding), culture);

    /// <summary>A commitment level as people read it: <c>力争</c> / <c>strive</c>.</summary>
    /// <param name="level">The level.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="level"/> is not defined.</exception>
    public static string Of(CommitmentLevel level, CultureInfo? culture = null) => Enum(level, nameof(CommitmentLevel), culture);

    /// <summary>A subject's kind (填报单位类别) as people read it: <c>县(市)</c> / <c>county</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(SubjectKind kind, CultureInfo? culture = null) => Enum(kind, nameof(SubjectKind), culture);

    /// <summary>A lead rule (牵头规则) as people read it: <c>按职责分工负责</c> / <c>no lead: by division of duties</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rule"/> is not defined.</exception>
    public static string Of(LeadRule rule, CultureInfo? culture = null) => Enum(rule, nameof(LeadRule), culture);

    /// <summary>A department's kind as people read it: <c>省直部门</c> / <c>provincial department</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(DepartmentKind kind, CultureInfo? culture = null) => Enum(kind, nameof(DepartmentKind), culture);

    /// <summary>An entry's kind as people read it: <c>数据</c> / <c>figure</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(EntryKind kind, CultureInfo? culture = null) => Enum(kind, nameof(EntryKind), culture);

    /// <summary>What an entry did, as people read it: <c>更正</c> / <c>correction</c> (新增, 更正, 撤回, 重报, 重复).</summary>
    /// <param name="effect">The effect.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="effect"/> is not defined.</exception>
    public static string Of(EntryEffect effect, CultureInfo? culture = null) => Enum(effect, nameof(EntryEffect), culture);

    /// <summary>
    /// An implementation report in one line people read, as the HTML and Markdown reports' summary paragraph says it:
    /// <c>截至2025-12-31（知悉日期2025-12-31）：目标44个，其中已完成…</c> / <c>As of 2025-12-31, as known on 2025-12-31: 44 target(s) — …</c>.
    /// (<see cref="ImplementationReport.ToString"/> stays English, for logs and debuggers.)
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The summary line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Summary(ImplementationReport report, CultureInfo? culture = null) => ReportSummary.Of(Guard.Against.Null(report), culture);

    /// <summary>
    /// What recording (记入台账) did, in one line people read, each effect by its label (<see cref="Of(EntryEffect, CultureInfo?)"/>):
    /// <c>共2条：新增0条，更正1条，撤回1条，重报（未变）0条，重复（未记入）0条</c> / <c>2 entries: 0 new, 1 corrected, 1 withdrawn, 0 unchanged, 0 duplicate</c>.
    /// </summary>
    /// <param name="result">What <see cref="ImplementationTracker.Record(TrackingLog)"/> returned.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The summary line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Summary(RecordResult result, CultureInfo? culture = null) => ReportSummary.Of(Guard.Against.Null(result), culture);

    /// <summary>
    /// What changed between two days of knowledge, in one line people read: the days, the entries by effect (新增, 更正,
    /// 撤回, 重报) and the status changes (状态变化).
    /// </summary>
    /// <param name="changes">The changes.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The summary line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    public static string Summary(ChangeReport changes, CultureInfo? culture = null) => ReportSummary.Of(Guard.Against.Null(changes), culture);

    /// <summary>
    /// The lights (三色预警) in one line people read: <c>截至…（知悉日期…）三色预警：事项12项，其中绿灯…；已销号1项</c>.
    /// </summary>
    /// <param name="lights">The lights.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The summary line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lights"/> is null.</exception>
    public static string Summary(LightReport lights, CultureInfo? culture = null) => ReportSummary.Of(Guard.Against.Null(lights), culture);

    /// <summary>The ranking (考评排名) in one line people read: <c>考评排名（2025-10-01至2025-12-31）：县（市）20个，部门30个</c>.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The summary line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> is null.</exception>
    public static string Summary(Ranking ranking, CultureInfo? culture = null) => ReportSummary.Of(Guard.Against.Null(ranking), culture);

    /// <summary>
    /// The header people read for a column whose machine name (JSON member) is <paramref name="name"/>:
    /// <c>observedOn</c> → <c>数据日期</c> / <c>Observed on</c>. A name without a label (a column of your own) is returned as it is.
    /// </summary>
    /// <param name="name">The column's machine name.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string Column(string name, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Resources.GetString("Column." + name, Resolve(culture)) ?? name;
    }

    /// <summary>The title people read for a table named <paramref name="name"/> (<c>county-progress</c> → <c>县(市)进展</c>); a table of your own keeps its name.</summary>
    internal static string TableTitle(string name, CultureInfo? culture) => Resources.GetString("Table." + name, Resolve(culture)) ?? name;

    /// <summary>The value of the HTML <c>lang</c> attribute for pages in <paramref name="culture"/>.</summary>
    internal static string HtmlLanguage(CultureInfo? culture) => Get("Language", culture);

    /// <summary>A label by key (<c>Heading.Summary</c>); the resources are the library's, every key a test checks.</summary>
    internal static string Get(string key, CultureInfo? culture) =>
        Resources.GetString(key, Resolve(culture)) ?? throw new InvalidOperationException($"The label '{key}' is missing from ReportText.resx.");

    /// <summary>A label with <c>{0}</c> slots filled; the resource orders the slots, nothing is concatenated.</summary>
    internal static string Format(string key, CultureInfo? culture, params object?[] args) =>
        string.Format(Resolve(culture), Get(key, culture), args);

    private static string Enum<T>(T value, string type, CultureInfo? culture)
        where T : struct, Enum => Get($"{type}.{DefinedEnum.Required(value, type)}", culture);
}
