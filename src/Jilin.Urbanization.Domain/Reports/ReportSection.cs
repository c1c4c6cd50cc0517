using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Charts;

namespace Jilin.Urbanization.Domain.Reports;

/// <summary>
/// One section of an <see cref="HtmlReport"/>: a heading, paragraphs of plain text, charts and tables, rendered in
/// that order. Any report that can say what it found in text, <see cref="SvgChart"/>s and <see cref="ReportTable"/>s
/// becomes a section, with no HTML written by hand.
/// </summary>
public sealed record ReportSection
{
    /// <summary>For JSON (<c>DomainJson</c>): the lists as the properties hold them, checked as by the public constructor.</summary>
    [JsonConstructor]
    internal ReportSection(string heading, ValueList<string> paragraphs, ValueList<SvgChart> charts, ValueList<ReportTable> tables)
        : this(heading, (IEnumerable<string>)paragraphs, charts, tables)
    {
    }

    /// <summary>Creates a section.</summary>
    /// <param name="heading">The section's heading.</param>
    /// <param name="paragraphs">Paragraphs of plain text, or null for none.</param>
    /// <param name="charts">Charts, or null for none.</param>
    /// <param name="tables">Tables, or null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="heading"/> is null, empty or whitespace, or it or a paragraph holds a lone surrogate.</exception>
    /// <exception cref="ArgumentNullException">An item of a list is null.</exception>
    public ReportSection(string heading, IEnumerable<string>? paragraphs = null, IEnumerable<SvgChart>? charts = null, IEnumerable<ReportTable>? tables = null)
    {
        Heading = Guard.Against.NullOrWhiteSpace(heading);
        Data.UserText.RequireRoundTrip(heading, nameof(heading));
        Paragraphs = (paragraphs ?? []).Select(p => Data.UserText.RequireRoundTrip(Guard.Against.Null(p, nameof(paragraphs)), nameof(paragraphs))!).ToValueList();
        Charts = (charts ?? []).Select(c => Guard.Against.Null(c, nameof(charts))).ToValueList();
        Tables = (tables ?? []).Select(t => Guard.Against.Null(t, nameof(tables))).ToValueList();
    }

    /// <summary>The section's heading.</summary>
    public string Heading { get; }

    /// <summary>Paragraphs of plain text.</summary>
    public ValueList<string> Paragraphs { get; }

    /// <summary>Charts, drawn after the paragraphs.</summary>
    public ValueList<SvgChart> Charts { get; }

    /// <summary>Tables, after the charts.</summary>
    public ValueList<ReportTable> Tables { get; }

    /// <summary>The section as an HTML fragment (a <c>&lt;section&gt;</c> with inline styles), for notebooks and pages.</summary>
    public string ToHtml() => HtmlWriter.Section(this);

    /// <summary>Readable form: heading and contents.</summary>
    public override string ToString() => $"{Heading}: {Paragraphs.Count} paragraphs, {Charts.Count} charts, {Tables.Count} tables";
}
