using Jilin.Urbanization.Domain.Identifiers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Data.Snapshot;

/// <summary>
/// Reads a snapshot written by <see cref="CatalogSnapshotWriter"/> back into a catalog, field for field in the
/// writer's order. The model's own constructors and guards run as usual; anything the bytes get wrong (after the
/// frame's checksum has passed, so only a writer/reader mismatch) fails as a <see cref="PolicyDataException"/>
/// naming the snapshot and the byte offset.
/// </summary>
internal sealed unsafe class CatalogSnapshotReader
{
    // UTF-16 little-endian that refuses lone surrogates (the writer never writes one; a damaged snapshot might).
    private static readonly UnicodeEncoding StrictUtf16 = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    // The snapshot's first byte, pinned (or in unmanaged memory) for the reader's whole life: see Read.
    private readonly byte* bytes;
    private readonly int end;
    private readonly List<string> strings = new(2048);
    private Department[] departments = [];
    private int position;

    private CatalogSnapshotReader(byte* bytes, int start, int end)
    {
        this.bytes = bytes;
        position = start;
        this.end = end;
    }

    /// <summary>Reads the framed snapshot <paramref name="framed"/> (an array, or the resource in place).</summary>
    /// <exception cref="PolicyDataException">The frame is damaged, or the payload does not read as a catalog.</exception>
    public static PolicyCatalog Read(ReadOnlySpan<byte> framed, string location) =>
        ReadPayload(framed, location, "a catalog", static reader =>
        {
            reader.Take(reader.ReadInt()); // the abbreviations section: see ReadAbbreviations
            return reader.ReadCatalog();
        });

    /// <summary>
    /// Reads only the abbreviations section of the framed snapshot <paramref name="framed"/>: department id → the
    /// abbreviations it answers to, in the order of <c>Resources/abbreviations.json</c>.
    /// </summary>
    /// <exception cref="PolicyDataException">The frame is damaged, or the section does not read as abbreviations.</exception>
    public static IReadOnlyDictionary<string, string[]> ReadAbbreviations(ReadOnlySpan<byte> framed, string location) =>
        ReadPayload(framed, location, "abbreviations", static reader =>
        {
            var sectionEnd = checked(reader.ReadInt() + reader.position);
            if (sectionEnd > reader.end)
            {
                throw new FormatException($"The abbreviations section runs {sectionEnd - reader.end} bytes past the end of the snapshot.");
            }

            var abbreviations = new Dictionary<string, string[]>(StringComparer.Ordinal);
            for (var count = reader.ReadInt(); count > 0; count--)
            {
                var department = reader.ReadString();
                if (!abbreviations.TryAdd(department, reader.ReadArray(reader.ReadString)))
                {
                    throw new FormatException($"The abbreviations section lists the department '{department}' twice.");
                }
            }

            if (reader.position != sectionEnd)
            {
                throw new FormatException($"The abbreviations section has {sectionEnd - reader.position} bytes after its last entry.");
            }

            reader.position = reader.end; // the catalog that follows is not read here
            return abbreviations;
        });

    private static T ReadPayload<T>(ReadOnlySpan<byte> framed, string location, string what, Func<CatalogSnapshotReader, T> read)
    {
        var (start, length) = CatalogSnapshotFormat.Unframe(framed, location).GetOffsetAndLength(framed.Length);
        fixed (byte* first = framed)
        {
            // The reader never outlives this block: it is created, used and dropped here.
            var reader = new CatalogSnapshotReader(first, start, start + length);
            try
            {
                var result = read(reader);
                if (reader.position != reader.end)
                {
                    throw new FormatException($"The catalog snapshot has {reader.end - reader.position} bytes after the catalog.");
                }

                return result;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or OverflowException
                                          && e is not PolicyDataException)
            {
                throw new PolicyDataException($"The catalog snapshot does not read as {what}: {e.Message}", $"{location}: byte {reader.position}", e);
            }
        }
    }

    private PolicyCatalog ReadCatalog()
    {
        departments = ReadArray(ReadDepartment);
        // Its names take the abbreviations from the snapshot, not the JSON file (see SharedCuratedData.SnapshotAbbreviations).
        var registry = new DepartmentRegistry(departments, static () => SharedCuratedData.SnapshotAbbreviations);
        return new PolicyCatalog(ReadArray(ReadDocument), registry);
    }

    private Department ReadDepartment() =>
        new(ReadId<DepartmentId>(), ReadString(), ReadString(), ReadString(), ReadEnum<DepartmentKind>(), ReadList(ReadString));

    // The source, deadlines and periods are read now (so a damaged snapshot fails at load) and made on first use
    // (DeferredValue): a process that asks no date question never loads NodaTime.
    private PolicyDocument ReadDocument()
    {
        var source = new DeferredParts.SourceMaker(); // the source comes last in the snapshot: filled in below
        var document = ReadDocument(source);
        source.Set(ReadString(), ReadString(), ReadEnum<DocumentSourceKind>(), ReadOptionalDateParts(), ReadOptionalSpan());
        return document;
    }

    private PolicyDocument ReadDocument(DeferredParts.SourceMaker source) => new(DeferredValue.Later(source))
    {
        Id = ReadId<DocumentId>(),
        Year = ReadInt(),
        Title = ReadString(),
        TitleLines = ReadList(ReadParagraph),
        Label = ReadOptional(ReadParagraph),
        Preamble = ReadList(ReadParagraph),
        Chapters = ReadList(ReadChapter),
        Groups = ReadList(ReadGroup),
        Measures = ReadList(ReadMeasure),
        Closing = ReadList(ReadParagraph),
        ImplicitImplementer = ReadOptional(() => new ImplicitImplementer(ReadDepartmentReference()!, ReadString(), ReadSpan())),
        Errata = ReadList(ReadErratum),
    };

    private Paragraph ReadParagraph() => new(ReadString(), ReadSpan(), ReadString());

    private Chapter ReadChapter() =>
        new(ReadId<DocumentId>(), ReadInt(), ReadString(), ReadString(), ReadSpan(), ReadString(), ReadSpan(), ReadString());

    private MeasureGroup ReadGroup() =>
        new(ReadId<DocumentId>(), ReadInt(), ReadString(), ReadInt(), ReadString(), ReadSpan(), ReadString(), ReadSpan(), ReadString(), ReadList(ReadParagraph));

    private Measure ReadMeasure() => new()
    {
        Id = ReadMeasureId(),
        ChapterNumber = ReadInt(),
        GroupNumber = ReadInt(),
        Text = ReadString(),
        TextSpan = ReadSpan(),
        CorrectedText = ReadString(),
        Verbatim = ReadString(),
        Span = ReadSpan(),
        Responsibility = ReadResponsibility(),
        Targets = ReadList(ReadTarget),
        Conditions = ReadList(ReadCondition),
    };

    private Responsibility ReadResponsibility() => new()
    {
        Text = ReadString(),
        Span = ReadSpan(),
        Departments = ReadList(() => new DepartmentMention(ReadString(), ReadDepartmentReference()!, ReadOptionalSpan())),
        Mode = ReadEnum<ResponsibilityMode>(),
        Lead = ReadDepartmentReference(),
        Rule = ReadEnum<LeadRule>(),
        RuleSource = ReadOptionalSpan(),
        OpenEnded = ReadBoolean(),
    };

    private TargetIndicator ReadTarget() => new()
    {
        Id = ReadId<TargetId>(),
        MeasureId = ReadMeasureId(),
        Number = ReadInt(),
        Quote = ReadString(),
        Span = ReadSpan(),
        Metric = ReadString(),
        Quantity = ReadQuantity(),
        MaxValue = ReadOptionalDecimal(),
        Comparator = ReadEnum<Comparator>(),
        Deadline = null,
        DeferredDeadline = ReadOptionalDeadline(),
        Commitment = ReadEnum<CommitmentLevel>(),
        Basically = ReadBoolean(),
        Kind = ReadEnum<TargetKind>(),
        Period = null,
        DeferredPeriod = ReadOptionalPeriod(),
        Binding = ReadEnum<TargetBinding>(),
        BindingQuote = ReadOptional(ReadString),
    };

    private TargetCondition ReadCondition() => new()
    {
        Id = ReadId<ConditionId>(),
        MeasureId = ReadMeasureId(),
        Quote = ReadString(),
        Span = ReadSpan(),
        Metric = ReadString(),
        Comparator = ReadEnum<Comparator>(),
        Quantity = ReadOptional(ReadQuantity),
        MaxValue = ReadOptionalDecimal(),
        Deadline = null,
        DeferredDeadline = ReadOptionalDeadline(),
    };

    private Quantity ReadQuantity() =>
        new(ReadDecimal(), new Unit(ReadString(), ReadString(), ReadDecimal(), ReadString()));

    private DeferredValue ReadOptionalDeadline() =>
        ReadBoolean()
            ? DeferredValue.Later(new DeferredParts.DeadlineMaker(
                ReadDateParts(), ReadEnum<DeadlinePrecision>(), ReadOptional(ReadString), ReadOptionalSpan(), ReadBoolean()))
            : default;

    private DeferredValue ReadOptionalPeriod()
    {
        if (!ReadBoolean())
        {
            return default;
        }

        var (start, end) = (ReadDateParts(), ReadDateParts());
        return end.CompareTo(start) >= 0
            ? DeferredValue.Later(new DeferredParts.PeriodMaker(start, end))
            : throw new FormatException($"The period {start} to {end} ends before it starts.");
    }

    private T ReadId<T>()
        where T : struct, ITypedId<T> => IdText.ParseData<T>(ReadString(), "catalog.snapshot");

    private Erratum ReadErratum() =>
        new(ReadId<ErratumId>(), ReadId<DocumentId>(), ReadEnum<ErratumKind>(), ReadString(), ReadOptionalInt(), ReadSpan(), ReadString(), ReadString(), ReadString());

    private MeasureId ReadMeasureId() => new(ReadId<DocumentId>(), ReadInt());

    private SourceSpan ReadSpan() => new(ReadString(), ReadInt(), ReadInt(), ReadInt(), ReadInt());

    private DeferredParts.Date ReadDateParts()
    {
        var date = new DeferredParts.Date(ReadInt(), ReadInt(), ReadInt());
        return DeferredParts.IsIsoDate(date.Year, date.Month, date.Day) ? date : throw new FormatException($"{date} is not a date.");
    }

    private Department? ReadDepartmentReference()
    {
        var reference = ReadInt();
        return reference == 0 ? null : departments[Checked(reference - 1, departments.Length, "department")];
    }

    private string ReadString()
    {
        var reference = ReadInt();
        if (reference != 0)
        {
            return strings[Checked(reference - 1, strings.Count, "string")];
        }

        var length = ReadInt();
        var units = Take(checked(length * 2));

        // The common case copies the code units: no surrogate at all (the texts are Chinese of the basic plane), on a
        // little-endian machine. The strict decoder (a third of the read's time when it did every string) still checks
        // anything with a surrogate, and so still refuses a lone one.
        // (A span over the pointer, not MemoryMarshal.Cast: that generic is JIT-compiled in a ReadyToRun process.)
        var chars = new ReadOnlySpan<char>(bytes + position - units.Length, length);
        var value = BitConverter.IsLittleEndian && chars.IndexOfAnyInRange('\uD800', '\uDFFF') < 0
            ? new string(chars)
            : StrictUtf16.GetString(units);
        strings.Add(value);
        return value;
    }

    // The primitives read what BinaryWriter writes, straight from the array: BinaryReader's first string alone
    // costs a cold process milliseconds (decoder and buffer set-up).
    private byte ReadByte() =>
        position < end ? bytes[position++] : throw new FormatException("The catalog snapshot ends in the middle of a value.");

    private bool ReadBoolean() => ReadByte() switch
    {
        0 => false,
        1 => true,
        var other => throw new FormatException($"{other} is not a boolean."),
    };

    /// <summary>A 7-bit encoded int: low groups first, the high bit of each byte saying another follows.</summary>
    private int ReadInt()
    {
        if (position < end && bytes[position] < 0x80)
        {
            return bytes[position++]; // one byte: most ints of a snapshot (references, lengths, numbers)
        }

        var result = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return shift == 28 && b > 0x0F ? throw new FormatException("A 7-bit encoded int has more than 32 bits.") : (int)result;
            }
        }

        throw new FormatException("A 7-bit encoded int runs over 5 bytes.");
    }

    /// <summary>A decimal as BinaryWriter writes it: lo, mid, hi and flags, each a little-endian int32.</summary>
    private decimal ReadDecimal()
    {
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        }

        return new decimal(bits); // refuses invalid flags with an ArgumentException
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > end - position)
        {
            throw new FormatException($"The catalog snapshot ends {length - (end - position)} bytes short of a value.");
        }

        var span = new ReadOnlySpan<byte>(bytes + position, length);
        position += length;
        return span;
    }

    /// <summary>
    /// An enum value, checked by the library's one rule for enums (<see cref="DefinedEnum"/>: every enum of the model is
    /// numbered from 1 without gaps). Generic over the library's own enums only, which ReadyToRun precompiles here;
    /// generic enum helpers of the base library cannot be, and would cost a JIT compilation each at start-up.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private T ReadEnum<T>()
        where T : struct, Enum
    {
        var value = ReadInt();
        var read = System.Runtime.CompilerServices.Unsafe.As<int, T>(ref value);
        return DefinedEnum.Defines(read) ? read : throw new FormatException($"{value} is not a {typeof(T).Name} value (1 to {DefinedEnum.Last<T>()}).");
    }

    private ValueList<T> ReadList<T>(Func<T> read) => ValueList<T>.From(ImmutableCollectionsMarshal.AsImmutableArray(ReadArray(read)));

    private T[] ReadArray<T>(Func<T> read)
    {
        var count = ReadInt();
        var items = new T[Checked(count, end - position + 1, "list length")];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }

    private T? ReadOptional<T>(Func<T> read)
        where T : class => ReadBoolean() ? read() : null;

    // One method per optional value type (not one generic method): see ReadEnum.
    private SourceSpan? ReadOptionalSpan() => ReadBoolean() ? ReadSpan() : null;

    private DeferredParts.Date? ReadOptionalDateParts() => ReadBoolean() ? ReadDateParts() : null;

    private decimal? ReadOptionalDecimal() => ReadBoolean() ? ReadDecimal() : null;

    private int? ReadOptionalInt() => ReadBoolean() ? ReadInt() : null;

    private static int Checked(int value, int limit, string what) =>
        value >= 0 && value < limit ? value : throw new FormatException($"The {what} {value} is out of range (0 to {limit - 1}).");
}
