using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Data.Snapshot;

namespace Jilin.Urbanization.Domain.Benchmarks.Floors;

/// <summary>
/// The snapshot load's true floor: the least work that gives the same data. It reads the embedded snapshot where the
/// runtime keeps it (no copy), verifies the frame's checksum, and walks the payload in the library reader's field order,
/// creating the same strings (each distinct one once, UTF-16 copied) and one plain object per object the library
/// creates (arrays for lists) — but none of the model's constructors, guards, registries or indexes. The library's
/// <c>LoadEmbedded()</c> does this and more, so its ratio to this floor is what the model costs.
/// </summary>
internal sealed unsafe class SnapshotFloor
{
    private readonly byte* bytes;
    private int position;
    private readonly List<string> strings = new(2048);

    /// <summary>Objects created by the last <see cref="Load"/> (strings, plain objects and arrays), to report.</summary>
    public int Strings => strings.Count;

    /// <summary>Plain objects and arrays created (not strings).</summary>
    public int Objects { get; private set; }

    private SnapshotFloor(byte* bytes, int start)
    {
        this.bytes = bytes;
        position = start;
    }

    /// <summary>Reads the embedded snapshot into plain objects; returns the root (the documents) and the reader, for counts.</summary>
    public static (object Root, SnapshotFloor Reader) Load()
    {
        var framed = EmbeddedData.ReadResourceInPlace(CatalogSnapshotFormat.ResourceName);
        var (start, _) = CatalogSnapshotFormat.Unframe(framed, CatalogSnapshotFormat.ResourceName).GetOffsetAndLength(framed.Length);
        fixed (byte* first = framed)
        {
            var reader = new SnapshotFloor(first, start);
            reader.SkipAbbreviations();
            var departments = reader.Array(reader.Department);
            var documents = reader.Array(reader.Document);
            return (new Plain { A = departments, B = documents }, reader);
        }
    }

    /// <summary>An object of the data, with up to eight references; value fields are read and dropped (their cost is the read).</summary>
    private sealed class Plain
    {
        public object? A, B, C, D, E, F, G, H;
    }

    private Plain New(object? a = null, object? b = null, object? c = null, object? d = null, object? e = null, object? f = null, object? g = null, object? h = null)
    {
        Objects++;
        return new Plain { A = a, B = b, C = c, D = d, E = e, F = f, G = g, H = h };
    }

    private object Department()
    {
        var id = String();
        var name = String();
        var full = String();
        var english = String();
        Int(); // kind
        var aliases = Array(String);
        return New(id, name, full, english, aliases);
    }

    private object Document()
    {
        var id = String();
        Int(); // year
        var title = String();
        var titleLines = Array(Paragraph);
        var label = Optional(Paragraph);
        var preamble = Array(Paragraph);
        var chapters = Array(Chapter);
        var groups = Array(Group);
        var measures = Array(Measure);
        var closing = Array(Paragraph);
        var implementer = Optional(Implementer);
        var errata = Array(Erratum);
        var sourceTitle = String();
        var sourceUrl = String();
        Int(); // kind
        OptionalDate();
        OptionalSpan();
        var source = New(sourceTitle, sourceUrl);
        var document = New(id, title, titleLines, label, preamble, chapters, groups, measures);
        document.A = New(closing, implementer, errata, source); // the rest of its fields (a wider object in the model)
        Objects--; // ... counted as one
        return document;
    }

    private object Implementer()
    {
        Int(); // department reference
        var note = String();
        Span();
        return New(note);
    }

    private object Paragraph()
    {
        var text = String();
        Span();
        return New(text, String());
    }

    private object Chapter()
    {
        var document = String();
        Int();
        var numeral = String();
        var title = String();
        Span();
        var heading = String();
        Span();
        return New(document, numeral, title, heading, String());
    }

    private object Group()
    {
        var document = String();
        Int();
        var numeral = String();
        Int();
        var title = String();
        Span();
        var heading = String();
        Span();
        var corrected = String();
        return New(document, numeral, title, heading, corrected, Array(Paragraph));
    }

    private object Measure()
    {
        var id = String();
        Int(); // number
        Int(); // chapter
        Int(); // group
        var text = String();
        Span();
        var corrected = String();
        var verbatim = String();
        Span();
        var responsibility = Responsibility();
        return New(id, text, corrected, verbatim, responsibility, Array(Target), Array(Condition));
    }

    private object Responsibility()
    {
        var text = String();
        Span();
        var mentions = Array(Mention);
        Int(); // mode
        Int(); // lead
        Int(); // rule
        OptionalSpan();
        Boolean();
        return New(text, mentions);
    }

    private object Mention()
    {
        var name = String();
        Int(); // department
        OptionalSpan();
        return New(name);
    }

    private object Target()
    {
        var id = String();
        String(); // measure id
        Int();
        Int(); // number
        var quote = String();
        Span();
        var metric = String();
        var quantity = Quantity();
        OptionalDecimal();
        Int(); // comparator
        var deadline = Optional(Deadline);
        Int(); // commitment
        Boolean();
        Int(); // kind
        var period = Optional(Period);
        Int(); // binding
        var bindingQuote = Optional(String);
        return New(id, quote, metric, quantity, deadline, period, bindingQuote);
    }

    private object Period()
    {
        Date();
        Date();
        return New();
    }

    private object Condition()
    {
        var id = String();
        String(); // measure id
        Int();
        var quote = String();
        Span();
        var metric = String();
        Int(); // comparator
        var quantity = Optional(Quantity);
        OptionalDecimal();
        return New(id, quote, metric, quantity, Optional(Deadline));
    }

    private object Quantity()
    {
        Decimal();
        var symbol = String();
        var baseSymbol = String();
        Decimal();
        var english = String();
        return New(New(symbol, baseSymbol, english));
    }

    private object Deadline()
    {
        Date();
        Int(); // precision
        var quote = Optional(String);
        OptionalSpan();
        Boolean();
        return New(quote);
    }

    private object Erratum()
    {
        var id = String();
        var document = String();
        Int(); // kind
        var part = String();
        OptionalInt();
        Span();
        return New(id, document, part, String(), String(), String());
    }

    private void Span()
    {
        String(); // seed file
        Int();
        Int();
        Int();
        Int();
    }

    private void Date()
    {
        Int();
        Int();
        Int();
    }

    private string String()
    {
        var reference = Int();
        if (reference != 0)
        {
            return strings[reference - 1];
        }

        var length = Int();
        var value = new string((char*)(bytes + position), 0, length); // UTF-16 copied, as the library does
        position += length * 2;
        strings.Add(value);
        return value;
    }

    private int Int()
    {
        var result = 0u;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)result;
            }
        }
    }

    private int Boolean() => bytes[position++];

    private void Decimal() => position += 16;

    private void OptionalSpan()
    {
        if (Boolean() == 1)
        {
            Span();
        }
    }

    private void OptionalDate()
    {
        if (Boolean() == 1)
        {
            Date();
        }
    }

    private void OptionalDecimal()
    {
        if (Boolean() == 1)
        {
            Decimal();
        }
    }

    private void OptionalInt()
    {
        if (Boolean() == 1)
        {
            Int();
        }
    }

    private object? Optional(Func<object> read) => Boolean() == 1 ? read() : null;

    private object[] Array(Func<object> read)
    {
        var items = new object[Int()];
        Objects++;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }

    /// <summary>Skips the abbreviations section before the catalog (format 4), as the library's catalog reader does.</summary>
    private void SkipAbbreviations()
    {
        var length = Int(); // (not position += Int(): that would add to the position before the length was read)
        position += length;
    }

    /// <summary>Checks the floor read the whole payload (so it cannot skip work unnoticed).</summary>
    public static void Verify()
    {
        var framed = EmbeddedData.ReadResourceInPlace(CatalogSnapshotFormat.ResourceName);
        var (start, length) = CatalogSnapshotFormat.Unframe(framed, CatalogSnapshotFormat.ResourceName).GetOffsetAndLength(framed.Length);
        fixed (byte* first = framed)
        {
            var reader = new SnapshotFloor(first, start);
            reader.SkipAbbreviations();
            _ = reader.Array(reader.Department);
            _ = reader.Array(reader.Document);
            if (reader.position != start + length)
            {
                throw new InvalidOperationException($"The snapshot floor stopped at byte {reader.position}, not {start + length}: it no longer follows the format.");
            }
        }

    }
}
