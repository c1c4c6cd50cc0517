using System.Runtime.InteropServices;
using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Data.Snapshot;

/// <summary>
/// Reads a snapshot written by <see cref="CatalogSnapshotWriter"/> back into a catalog, field for field in the
/// writer's order. The model's own constructors and guards run as usual; anything the bytes get wrong (after the
/// frame's checksum has passed, so only a writer/reader mismatch) fails as a <see cref="PolicyDataException"/>
/// naming the snapshot and the byte offset.
/// </summary>
internal sealed class CatalogSnapshotReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly BinaryReader input;
    private readonly List<string> strings = new(2048);
    private Department[] departments = [];

    private CatalogSnapshotReader(BinaryReader input) => this.input = input;

    /// <summary>Reads the framed snapshot <paramref name="framed"/>.</summary>
    /// <exception cref="PolicyDataException">The frame is damaged, or the payload does not read as a catalog.</exception>
    public static PolicyCatalog Read(byte[] framed, string location)
    {
        var payload = CatalogSnapshotFormat.Unframe(framed, location);
        var (offset, length) = payload.GetOffsetAndLength(framed.Length);
        using var stream = new MemoryStream(framed, offset, length, writable: false);
        using var reader = new BinaryReader(stream, StrictUtf8);
        try
        {
            var catalog = new CatalogSnapshotReader(reader).ReadCatalog();
            if (stream.Position != stream.Length)
            {
                throw new PolicyDataException($"The catalog snapshot has {stream.Length - stream.Position} bytes after the catalog.", $"{location}: byte {offset + stream.Position}");
            }

            return catalog;
        }
        catch (Exception e) when (e is ArgumentException or IOException or FormatException or InvalidOperationException or OverflowException
                                      or KeyNotFoundException && e is not PolicyDataException)
        {
            throw new PolicyDataException($"The catalog snapshot does not read as a catalog: {e.Message}", $"{location}: byte {offset + stream.Position}", e);
        }
    }

    private PolicyCatalog ReadCatalog()
    {
        departments = ReadArray(ReadDepartment);
        var registry = new DepartmentRegistry(departments);
        return new PolicyCatalog(ReadArray(ReadDocument), registry);
    }

    private Department ReadDepartment() =>
        new(ReadString(), ReadString(), ReadString(), ReadString(), (DepartmentKind)ReadEnum((int)DepartmentKind.NationalAuthority), ReadList(ReadString));

    private PolicyDocument ReadDocument() => new()
    {
        Id = ReadString(),
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
        Source = new DocumentSource(ReadString(), ReadString(), (DocumentSourceKind)ReadEnum((int)DocumentSourceKind.ScrapedWebPage), ReadOptionalDate(), ReadOptionalSpan()),
    };

    private Paragraph ReadParagraph() => new(ReadString(), ReadSpan(), ReadString());

    private Chapter ReadChapter() =>
        new(ReadString(), ReadInt(), ReadString(), ReadString(), ReadSpan(), ReadString(), ReadSpan(), ReadString());

    private MeasureGroup ReadGroup() =>
        new(ReadString(), ReadInt(), ReadString(), ReadInt(), ReadString(), ReadSpan(), ReadString(), ReadSpan(), ReadString(), ReadList(ReadParagraph));

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
        Mode = (ResponsibilityMode)ReadEnum((int)ResponsibilityMode.Respectively),
        Lead = ReadDepartmentReference(),
        Rule = (LeadRule)ReadEnum((int)LeadRule.NoLeadRespectively),
        RuleSource = ReadOptionalSpan(),
        OpenEnded = input.ReadBoolean(),
    };

    private TargetIndicator ReadTarget() => new()
    {
        Id = ReadString(),
        MeasureId = ReadMeasureId(),
        Number = ReadInt(),
        Quote = ReadString(),
        Span = ReadSpan(),
        Metric = ReadString(),
        Quantity = ReadQuantity(),
        MaxValue = ReadOptionalDecimal(),
        Comparator = (Comparator)ReadEnum((int)Comparator.Zero),
        Deadline = ReadOptional(ReadDeadline),
        Commitment = (CommitmentLevel)ReadEnum((int)CommitmentLevel.Encouraged),
        Basically = input.ReadBoolean(),
        Kind = (TargetKind)ReadEnum((int)TargetKind.AmountWithinPeriod),
        Period = ReadOptional(() => new DateInterval(ReadDate(), ReadDate())),
    };

    private TargetCondition ReadCondition() => new()
    {
        Id = ReadString(),
        MeasureId = ReadMeasureId(),
        Quote = ReadString(),
        Span = ReadSpan(),
        Metric = ReadString(),
        Comparator = (Comparator)ReadEnum((int)Comparator.Zero),
        Quantity = ReadOptional(ReadQuantity),
        MaxValue = ReadOptionalDecimal(),
        Deadline = ReadOptional(ReadDeadline),
    };

    private Quantity ReadQuantity() =>
        new(input.ReadDecimal(), new Unit(ReadString(), ReadString(), input.ReadDecimal(), ReadString()));

    private Deadline ReadDeadline() =>
        new(ReadDate(), (DeadlinePrecision)ReadEnum((int)DeadlinePrecision.Day), ReadOptional(ReadString), ReadOptionalSpan(), input.ReadBoolean());

    private Erratum ReadErratum() =>
        new(ReadString(), ReadString(), (ErratumKind)ReadEnum((int)ErratumKind.MixedParenthesisStyle), ReadString(), ReadOptionalInt(), ReadSpan(), ReadString(), ReadString(), ReadString());

    private MeasureId ReadMeasureId() => new(ReadString(), ReadInt());

    private SourceSpan ReadSpan() => new(ReadString(), ReadInt(), ReadInt(), ReadInt(), ReadInt());

    private LocalDate ReadDate() => new(ReadInt(), ReadInt(), ReadInt());

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

        var value = input.ReadString();
        strings.Add(value);
        return value;
    }

    private int ReadInt() => input.Read7BitEncodedInt();

    /// <summary>
    /// An enum value, checked to lie in 1 to <paramref name="last"/>: every enum of the model is numbered from 1
    /// without gaps (a test pins that). Not generic on purpose: generic enum helpers from the base library cannot be
    /// precompiled into this assembly and cost a JIT compilation each at startup.
    /// </summary>
    private int ReadEnum(int last)
    {
        var value = ReadInt();
        return value >= 1 && value <= last ? value : throw new FormatException($"{value} is not an enum value from 1 to {last}.");
    }

    private ValueList<T> ReadList<T>(Func<T> read) => ValueList<T>.From(ImmutableCollectionsMarshal.AsImmutableArray(ReadArray(read)));

    private T[] ReadArray<T>(Func<T> read)
    {
        var count = ReadInt();
        var items = new T[Checked(count, (int)(input.BaseStream.Length - input.BaseStream.Position) + 1, "list length")];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }

    private T? ReadOptional<T>(Func<T> read)
        where T : class => input.ReadBoolean() ? read() : null;

    // One method per optional value type (not one generic method): see ReadEnum.
    private SourceSpan? ReadOptionalSpan() => input.ReadBoolean() ? ReadSpan() : null;

    private LocalDate? ReadOptionalDate() => input.ReadBoolean() ? ReadDate() : null;

    private decimal? ReadOptionalDecimal() => input.ReadBoolean() ? input.ReadDecimal() : null;

    private int? ReadOptionalInt() => input.ReadBoolean() ? ReadInt() : null;

    private static int Checked(int value, int limit, string what) =>
        value >= 0 && value < limit ? value : throw new FormatException($"The {what} {value} is out of range (0 to {limit - 1}).");
}
