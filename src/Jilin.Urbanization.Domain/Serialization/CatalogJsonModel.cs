namespace Jilin.Urbanization.Domain.Serialization;

// The documented JSON shape of a catalog (docs/catalog.schema.json). These plain records exist only to be
// (de)serialized by the source-generated CatalogJsonContext; CatalogJson maps them to and from the model.
// Spans omit the seed file: every span of a document is in that document's source.seedFile.

/// <summary>The root of the catalog JSON.</summary>
internal sealed record CatalogJsonRoot(
    int FormatVersion,
    IReadOnlyList<DepartmentJson> Departments,
    IReadOnlyList<DocumentJson> Documents);

internal sealed record DepartmentJson(string Id, string Name, string FullName, string EnglishName, string Kind, IReadOnlyList<string> Aliases);

internal sealed record SpanJson(int Offset, int Length, int Line, int Column);

internal sealed record ParagraphJson(string Text, SpanJson Span, string CorrectedText);

internal sealed record SourceJson(string SeedFile, string Sha256, string Kind, string? PrintedDate, SpanJson? PrintedDateSpan);

internal sealed record ImplicitImplementerJson(string Department, string Note, SpanJson Span);

internal sealed record ChapterJson(int Number, string Numeral, string Title, SpanJson TitleSpan, string Heading, SpanJson HeadingSpan, string CorrectedTitle);

internal sealed record GroupJson(
    int Number,
    string Numeral,
    int Chapter,
    string Title,
    SpanJson TitleSpan,
    string Heading,
    SpanJson HeadingSpan,
    string CorrectedTitle,
    string? Text,
    IReadOnlyList<ParagraphJson> Body);

internal sealed record MentionJson(string Name, string Department, SpanJson? Span);

internal sealed record ResponsibilityJson(
    string Text,
    SpanJson Span,
    IReadOnlyList<string> Departments,
    IReadOnlyList<MentionJson> Mentions,
    string Mode,
    string? Lead,
    string Rule,
    SpanJson? RuleSource,
    bool OpenEnded);

internal sealed record MeasureJson(
    string Id,
    int Number,
    int Chapter,
    int Group,
    string Text,
    SpanJson TextSpan,
    string CorrectedText,
    string Verbatim,
    SpanJson Span,
    ResponsibilityJson Responsibility,
    IReadOnlyList<TargetJson> Targets,
    IReadOnlyList<TargetJson> Conditions);

/// <summary>
/// A target indicator or a condition (same shape; a condition has no commitment, kind, period or binding, and may
/// have no value when it is a date threshold).
/// </summary>
internal sealed record TargetJson(
    string Id,
    string Quote,
    SpanJson Span,
    string Metric,
    string Comparator,
    decimal? Value,
    decimal? MaxValue,
    string? Unit,
    string? Deadline,
    DeadlineJson? DeadlineDetail,
    string? Commitment,
    bool? Basically,
    string? Kind,
    PeriodJson? Period,
    string? Binding,
    string? BindingQuote);

internal sealed record DeadlineJson(string Precision, string? Quote, SpanJson? Span, bool Implied);

internal sealed record PeriodJson(string Start, string End);

internal sealed record ErratumJson(
    string Id, string Kind, string Location, int? Measure, SpanJson Span, string Verbatim, string Correction, string Explanation);

internal sealed record DocumentJson(
    string Id,
    int Year,
    string Title,
    IReadOnlyList<ParagraphJson> TitleLines,
    ParagraphJson? Label,
    IReadOnlyList<ParagraphJson> Preamble,
    IReadOnlyList<ChapterJson> Chapters,
    IReadOnlyList<GroupJson> Groups,
    IReadOnlyList<MeasureJson> Measures,
    IReadOnlyList<ParagraphJson> Closing,
    ImplicitImplementerJson? ImplicitImplementer,
    IReadOnlyList<ErratumJson> Errata,
    SourceJson Source);
