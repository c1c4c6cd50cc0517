using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>What the parser needs to know about a policy text beyond its characters.</summary>
public sealed record PolicyTextParserOptions
{
    /// <summary>The page-chrome lines that end a scraped page's policy body, matched at the start of a trimmed line.</summary>
    public static readonly ValueList<string> DefaultBodyEndMarkers =
        new[] { "返回列表", "版权声明", "上一篇", "下一篇", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到" }.ToValueList();

    /// <summary>The id to give the document.</summary>
    public required DocumentId DocumentId { get; init; }

    /// <summary>The year the document belongs to.</summary>
    public required int Year { get; init; }

    /// <summary>The seed file's name, used in every <see cref="SourceSpan"/> and error location.</summary>
    public required string SeedFile { get; init => field = Guard.Against.Null(value, nameof(SeedFile)); }

    /// <summary>The registry every responsible body's name must resolve in.</summary>
    public required DepartmentRegistry Departments { get; init => field = Guard.Against.Null(value, nameof(Departments)); }

    /// <summary>Curated errata the parser cannot detect by itself (misplaced characters, rules written in a parenthetical).</summary>
    public ValueList<ErratumDefinition> Errata { get; init => field = Guard.Against.Null(value, nameof(Errata)); } = ValueList<ErratumDefinition>.Empty;

    /// <summary>
    /// Curated pointers to the measures' quantified and dated commitments (see <see cref="TargetAnnotation"/>); only those
    /// of the document being parsed are used. Null (the default) uses the package's own annotations
    /// (<c>Resources/targets.json</c>), which cover the two embedded documents; an empty list extracts no targets.
    /// </summary>
    public ValueList<TargetAnnotation>? TargetAnnotations { get; init; }

    /// <summary>Lines that end the policy body on a scraped web page; see <see cref="DefaultBodyEndMarkers"/>.</summary>
    public ValueList<string> BodyEndMarkers { get; init => field = Guard.Against.Null(value, nameof(BodyEndMarkers)); } = DefaultBodyEndMarkers;

    /// <summary>Readable form: document id, year and seed file.</summary>
    public override string ToString() => $"{DocumentId} ({Year}) from {SeedFile}, {Errata.Count} curated errata";

    /// <summary>Checks the options and throws when they cannot be used.</summary>
    /// <exception cref="ArgumentException">A required value is missing or malformed; the message names it.</exception>
    internal void Validate()
    {
        IdText.Required(DocumentId, nameof(DocumentId));

        Guard.Against.OutOfRange(Year, nameof(Year), 1949, 2100);
        Guard.Against.NullOrWhiteSpace(SeedFile, nameof(SeedFile));
        Guard.Against.Null(Departments, nameof(Departments));
        Guard.Against.Null(Errata, nameof(Errata));
        Guard.Against.Null(BodyEndMarkers, nameof(BodyEndMarkers));
        if (Errata.Any(e => e is null || e.DocumentId == default || string.IsNullOrEmpty(e.Verbatim) || e.Correction is null || e.Explanation is null))
        {
            throw new ArgumentException("Every erratum must be given, with a document id, a non-empty verbatim fragment, a correction and an explanation.", nameof(Errata));
        }

        // An empty marker would match every line and end the body at once.
        if (BodyEndMarkers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A body-end marker cannot be null, empty or whitespace: it would end the body at the first line.", nameof(BodyEndMarkers));
        }
    }
}
