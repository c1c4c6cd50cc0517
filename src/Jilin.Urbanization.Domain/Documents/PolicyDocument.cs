using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Errata;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>A policy document: its title, preamble, chapters, measure groups, numbered measures and closing text.</summary>
public sealed record PolicyDocument
{
    /// <summary>Creates a document; an object initializer sets every required property.</summary>
    public PolicyDocument()
    {
    }

    /// <summary>
    /// The snapshot reader's constructor: <see cref="Source"/> is made on first use (see <see cref="DeferredValue"/>);
    /// the reader's object initializer sets every other property.
    /// </summary>
    // [SetsRequiredMembers] only lifts the check that an initializer sets the required properties: the reader's does.
#pragma warning disable CS8618, CS9264
    [SetsRequiredMembers]
    internal PolicyDocument(DeferredValue source) => this.source = source;
#pragma warning restore CS8618, CS9264

    /// <summary>The stable id: lower-case ASCII words joined by hyphens (see <see cref="DocumentIds"/>).</summary>
    public required DocumentId Id { get; init => field = IdText.Required(value, nameof(Id)); }

    /// <summary>The year the document belongs to (2021 from its title; 2022 from the page's printed date).</summary>
    public required int Year { get; init; }

    /// <summary>The Chinese title; a title written over several lines is joined without separators.</summary>
    public required string Title { get; init => field = Guard.Against.Null(value, nameof(Title)); }

    /// <summary>The title's lines as written, each with its span.</summary>
    public required ValueList<Paragraph> TitleLines { get; init => field = Guard.Against.Null(value, nameof(TitleLines)); }

    /// <summary>A label above the title (the 2021 document is an attachment: 附件), or null.</summary>
    public required Paragraph? Label { get; init; }

    /// <summary>The paragraphs between the title and the first chapter.</summary>
    public required ValueList<Paragraph> Preamble { get; init => field = Guard.Against.Null(value, nameof(Preamble)); }

    /// <summary>The chapters (一、二、…), in order.</summary>
    public required ValueList<Chapter> Chapters { get; init => field = Guard.Against.Null(value, nameof(Chapters)); }

    /// <summary>The measure groups ((一)(二)…), in order; numbering runs through the document.</summary>
    public required ValueList<MeasureGroup> Groups { get; init => field = Guard.Against.Null(value, nameof(Groups)); }

    /// <summary>The numbered measures, in order (number n at index n − 1).</summary>
    public required ValueList<Measure> Measures { get; init => field = Guard.Against.Null(value, nameof(Measures)); }

    /// <summary>The paragraphs after the last measure group's measures (the 2021 document's closing), or empty.</summary>
    public required ValueList<Paragraph> Closing { get; init => field = Guard.Against.Null(value, nameof(Closing)); }

    /// <summary>A body the document makes responsible for all its measures without listing it, or null.</summary>
    public required ImplicitImplementer? ImplicitImplementer { get; init; }

    /// <summary>The defects found in the source text, in source order.</summary>
    public required ValueList<Erratum> Errata { get; init => field = Guard.Against.Null(value, nameof(Errata)); }

    /// <summary>Where the text comes from.</summary>
    public required DocumentSource Source
    {
        get => (DocumentSource)source.Value!;
        init => source = DeferredValue.Of(Guard.Against.Null(value, nameof(Source)));
    }

    // Made on first use when the catalog was read from the snapshot (see DeferredValue): keeps NodaTime off the load.
    private readonly DeferredValue source;

    /// <summary>The reader's way to set <see cref="Source"/> to a value made on first use.</summary>
    internal DeferredValue DeferredSource { get => source; init => source = value; }

    /// <summary>Returns measure number <paramref name="number"/>.</summary>
    /// <param name="number">The measure's number, 1 to <c>Measures.Count</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">No measure has that number; the message gives the range.</exception>
    public Measure GetMeasure(int number)
    {
        InRange(number, Measures.Count, "measures", nameof(number));
        return Measures[number - 1];
    }

    /// <summary>Returns chapter number <paramref name="number"/>.</summary>
    /// <param name="number">The chapter's number, 1 to <c>Chapters.Count</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">No chapter has that number.</exception>
    public Chapter GetChapter(int number)
    {
        InRange(number, Chapters.Count, "chapters", nameof(number));
        return Chapters[number - 1];
    }

    /// <summary>Returns group number <paramref name="number"/>.</summary>
    /// <param name="number">The group's number, 1 to <c>Groups.Count</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">No group has that number.</exception>
    public MeasureGroup GetGroup(int number)
    {
        InRange(number, Groups.Count, "groups", nameof(number));
        return Groups[number - 1];
    }

    /// <summary>The groups of chapter <paramref name="chapterNumber"/>, in order.</summary>
    /// <param name="chapterNumber">The chapter's number.</param>
    /// <exception cref="ArgumentOutOfRangeException">No chapter has that number.</exception>
    public IEnumerable<MeasureGroup> GroupsIn(int chapterNumber)
    {
        InRange(chapterNumber, Chapters.Count, "chapters", nameof(chapterNumber));
        return Groups.Where(g => g.ChapterNumber == chapterNumber);
    }

    /// <summary>The measures of group <paramref name="groupNumber"/>, in order.</summary>
    /// <param name="groupNumber">The group's number.</param>
    /// <exception cref="ArgumentOutOfRangeException">No group has that number.</exception>
    public IEnumerable<Measure> MeasuresIn(int groupNumber)
    {
        InRange(groupNumber, Groups.Count, "groups", nameof(groupNumber));
        return Measures.Where(m => m.GroupNumber == groupNumber);
    }

    /// <summary>
    /// Refuses a number outside 1 to <paramref name="count"/>, naming the caller's parameter. (Guard.Against.OutOfRange
    /// cannot express an empty range: for a document with no items it threw a plain ArgumentException.)
    /// </summary>
    private void InRange(int number, int count, string what, string parameterName)
    {
        if (number < 1 || number > count)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                number,
                count == 0 ? $"Document '{Id}' has no {what}; {number} is not one of them." : $"Document '{Id}' has {what} 1 to {count}; {number} is not one of them.");
        }
    }

    /// <summary>Readable form: id, title and counts.</summary>
    public override string ToString() =>
        $"{Id} 《{Title}》 ({Chapters.Count} chapters, {Groups.Count} groups, {Measures.Count} measures)";
}
