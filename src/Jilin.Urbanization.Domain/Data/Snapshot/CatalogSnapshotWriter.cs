using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Data.Snapshot;

/// <summary>
/// Writes a catalog as a snapshot payload (framed by <see cref="CatalogSnapshotFormat"/>). Every field of every
/// record is written, in the order <see cref="CatalogSnapshotReader"/> reads it back; the snapshot test proves that
/// reading the embedded snapshot gives a catalog equal to parsing the seeds.
/// <para>
/// Encoding: integers are 7-bit encoded; a string is a 7-bit index into the strings seen so far, or 0 followed by
/// a new string as its length in UTF-16 code units and those code units, little-endian (so a repeated string is
/// stored, and loaded, once; and loading copies characters rather than transcoding UTF-8 — the texts are mostly
/// Chinese, which UTF-16 also stores in fewer bytes); a department is its
/// index in the registry plus one, 0 for none; an optional value is a presence byte and the value.
/// </para>
/// <para>
/// Layout of the payload (version 4): the abbreviations section's byte length, the section (department count, then
/// each department id and its list of abbreviations, with a string table of its own), then the catalog (departments,
/// then documents).
/// </para>
/// </summary>
internal sealed class CatalogSnapshotWriter
{
    private readonly BinaryWriter output;
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> departmentIndexes = new(StringComparer.Ordinal);

    private CatalogSnapshotWriter(BinaryWriter output) => this.output = output;

    /// <summary>
    /// The framed snapshot of <paramref name="catalog"/>, preceded by the curated department abbreviations
    /// (<c>Resources/abbreviations.json</c>, read and checked here), so resolving a department name needs neither
    /// System.Text.Json nor SHA-256 at run time.
    /// </summary>
    public static byte[] Write(PolicyCatalog catalog) => Write(catalog, EmbeddedData.ReadAbbreviations());

    /// <summary>The framed snapshot of <paramref name="catalog"/> with the given abbreviations section.</summary>
    public static byte[] Write(PolicyCatalog catalog, IReadOnlyDictionary<string, string[]> abbreviations)
    {
        // The abbreviations are a section of their own (its byte length first, its own string table), so a reader
        // can take them without reading the catalog, and the catalog reader skips them without decoding them.
        var section = Payload(writer => writer.WriteAbbreviations(abbreviations));
        var payload = Payload(writer =>
        {
            writer.WriteInt(section.Length);
            writer.output.Write(section);
            writer.WriteCatalog(catalog);
        });
        return CatalogSnapshotFormat.Frame(payload);
    }

    private static byte[] Payload(Action<CatalogSnapshotWriter> write)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, new UTF8Encoding(false, true), leaveOpen: true))
        {
            write(new CatalogSnapshotWriter(writer));
        }

        return payload.ToArray();
    }

    private void WriteAbbreviations(IReadOnlyDictionary<string, string[]> abbreviations)
    {
        WriteInt(abbreviations.Count);
        foreach (var (department, names) in abbreviations)
        {
            WriteString(department);
            WriteList(names, WriteString);
        }
    }

    private void WriteCatalog(PolicyCatalog catalog)
    {
        WriteList(catalog.Departments.All, WriteDepartment);
        WriteList(catalog.Documents, WriteDocument);
    }

    private void WriteDepartment(Department d)
    {
        departmentIndexes.Add(d.Id.ToString(), departmentIndexes.Count);
        WriteString(d.Id.ToString());
        WriteString(d.Name);
        WriteString(d.FullName);
        WriteString(d.EnglishName);
        WriteInt((int)d.Kind);
        WriteList(d.Aliases, WriteString);
    }

    private void WriteDocument(PolicyDocument d)
    {
        WriteString(d.Id.ToString());
        WriteInt(d.Year);
        WriteString(d.Title);
        WriteList(d.TitleLines, WriteParagraph);
        WriteOptional(d.Label, WriteParagraph);
        WriteList(d.Preamble, WriteParagraph);
        WriteList(d.Chapters, WriteChapter);
        WriteList(d.Groups, WriteGroup);
        WriteList(d.Measures, WriteMeasure);
        WriteList(d.Closing, WriteParagraph);
        WriteOptional(d.ImplicitImplementer, i =>
        {
            WriteDepartmentReference(i.Department);
            WriteString(i.Note);
            WriteSpan(i.Span);
        });
        WriteList(d.Errata, WriteErratum);
        WriteString(d.Source.SeedFile);
        WriteString(d.Source.Sha256);
        WriteInt((int)d.Source.Kind);
        WriteOptional(d.Source.PrintedDate, WriteDate);
        WriteOptional(d.Source.PrintedDateSpan, WriteSpan);
    }

    private void WriteParagraph(Paragraph p)
    {
        WriteString(p.Text);
        WriteSpan(p.Span);
        WriteString(p.CorrectedText);
    }

    private void WriteChapter(Chapter c)
    {
        WriteString(c.DocumentId.ToString());
        WriteInt(c.Number);
        WriteString(c.Numeral);
        WriteString(c.Title);
        WriteSpan(c.TitleSpan);
        WriteString(c.Heading);
        WriteSpan(c.HeadingSpan);
        WriteString(c.CorrectedTitle);
    }

    private void WriteGroup(MeasureGroup g)
    {
        WriteString(g.DocumentId.ToString());
        WriteInt(g.Number);
        WriteString(g.Numeral);
        WriteInt(g.ChapterNumber);
        WriteString(g.Title);
        WriteSpan(g.TitleSpan);
        WriteString(g.Heading);
        WriteSpan(g.HeadingSpan);
        WriteString(g.CorrectedTitle);
        WriteList(g.Body, WriteParagraph);
    }

    private void WriteMeasure(Measure m)
    {
        WriteMeasureId(m.Id);
        WriteInt(m.ChapterNumber);
        WriteInt(m.GroupNumber);
        WriteString(m.Text);
        WriteSpan(m.TextSpan);
        WriteString(m.CorrectedText);
        WriteString(m.Verbatim);
        WriteSpan(m.Span);
        WriteResponsibility(m.Responsibility);
        WriteList(m.Targets, WriteTarget);
        WriteList(m.Conditions, WriteCondition);
    }

    private void WriteResponsibility(Responsibility r)
    {
        WriteString(r.Text);
        WriteSpan(r.Span);
        WriteList(r.Departments, mention =>
        {
            WriteString(mention.Name);
            WriteDepartmentReference(mention.Department);
            WriteOptional(mention.Span, WriteSpan);
        });
        WriteInt((int)r.Mode);
        WriteDepartmentReference(r.Lead);
        WriteInt((int)r.Rule);
        WriteOptional(r.RuleSource, WriteSpan);
        output.Write(r.OpenEnded);
    }

    private void WriteTarget(TargetIndicator t)
    {
        WriteString(t.Id.ToString());
        WriteMeasureId(t.MeasureId);
        WriteInt(t.Number);
        WriteString(t.Quote);
        WriteSpan(t.Span);
        WriteString(t.Metric);
        WriteQuantity(t.Quantity);
        WriteOptional(t.MaxValue, output.Write);
        WriteInt((int)t.Comparator);
        WriteOptional(t.Deadline, WriteDeadline);
        WriteInt((int)t.Commitment);
        output.Write(t.Basically);
        WriteInt((int)t.Kind);
        WriteOptional(t.Period, p =>
        {
            WriteDate(p.Start);
            WriteDate(p.End);
        });
        WriteInt((int)t.Binding);
        WriteOptional(t.BindingQuote, WriteString);
    }

    private void WriteCondition(TargetCondition c)
    {
        WriteString(c.Id.ToString());
        WriteMeasureId(c.MeasureId);
        WriteString(c.Quote);
        WriteSpan(c.Span);
        WriteString(c.Metric);
        WriteInt((int)c.Comparator);
        WriteOptional(c.Quantity, WriteQuantity);
        WriteOptional(c.MaxValue, output.Write);
        WriteOptional(c.Deadline, WriteDeadline);
    }

    private void WriteQuantity(Quantity q)
    {
        output.Write(q.Value);
        WriteString(q.Unit.Symbol);
        WriteString(q.Unit.BaseSymbol);
        output.Write(q.Unit.Factor);
        WriteString(q.Unit.EnglishName);
    }

    private void WriteDeadline(Deadline d)
    {
        WriteDate(d.Date);
        WriteInt((int)d.Precision);
        WriteOptional(d.Quote, WriteString);
        WriteOptional(d.Span, WriteSpan);
        output.Write(d.IsImplied);
    }

    private void WriteErratum(Erratum e)
    {
        WriteString(e.Id.ToString());
        WriteString(e.DocumentId.ToString());
        WriteInt((int)e.Kind);
        WriteString(e.Location);
        WriteOptional(e.MeasureNumber, WriteInt);
        WriteSpan(e.Span);
        WriteString(e.Verbatim);
        WriteString(e.Correction);
        WriteString(e.Explanation);
    }

    private void WriteMeasureId(MeasureId id)
    {
        WriteString(id.DocumentId.ToString());
        WriteInt(id.Number);
    }

    private void WriteSpan(SourceSpan s)
    {
        WriteString(s.SeedFile);
        WriteInt(s.Offset);
        WriteInt(s.Length);
        WriteInt(s.Line);
        WriteInt(s.Column);
    }

    private void WriteDate(LocalDate date)
    {
        WriteInt(date.Year);
        WriteInt(date.Month);
        WriteInt(date.Day);
    }

    private void WriteDepartmentReference(Department? department) =>
        WriteInt(department is null ? 0 : departmentIndexes[department.Id.ToString()] + 1);

    private void WriteString(string value)
    {
        if (strings.TryGetValue(value, out var index))
        {
            WriteInt(index + 1);
            return;
        }

        WriteInt(0);
        WriteInt(value.Length);
        output.Write(Encoding.Unicode.GetBytes(value));
        strings.Add(value, strings.Count);
    }

    private void WriteInt(int value) => output.Write7BitEncodedInt(value);

    private void WriteList<T>(IReadOnlyCollection<T> items, Action<T> write)
    {
        WriteInt(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private void WriteOptional<T>(T? value, Action<T> write)
        where T : class
    {
        output.Write(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private void WriteOptional<T>(T? value, Action<T> write)
        where T : struct
    {
        output.Write(value.HasValue);
        if (value is { } present)
        {
            write(present);
        }
    }
}
