using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Snapshot;

/// <summary>
/// The snapshot codec writes and reads back every field, including the optional ones in both states. The embedded
/// catalog has each optional field only one way in places (both documents have a printed-date source or not, every
/// range target has a maximum), so these tests flip them and check that reading what was written gives an equal
/// catalog.
/// </summary>
public class SnapshotRoundTripTests
{
    private static readonly PolicyCatalog Parsed = PolicyCatalog.ParseEmbedded();

    [Fact]
    public void The_embedded_catalog_round_trips()
    {
        RoundTrip(Parsed).Should().Be(Parsed);
    }

    [Fact]
    public void A_catalog_with_every_optional_field_absent_round_trips()
    {
        var documents = Parsed.Documents.Select(d => d with
        {
            Label = null,
            ImplicitImplementer = null,
            Source = d.Source with { PrintedDate = null, PrintedDateSpan = null },
            Errata = d.Errata.Select(e => e with { MeasureNumber = null }).ToValueList(),
            Measures = d.Measures.Select(m => m with
            {
                Responsibility = m.Responsibility with
                {
                    Lead = null,
                    RuleSource = null,
                    Departments = m.Responsibility.Departments.Select(x => x with { Span = null }).ToValueList(),
                },
                Targets = m.Targets.Select(t => t with { MaxValue = null, Deadline = null, Period = null }).ToValueList(),
                Conditions = m.Conditions.Select(c => c with { Quantity = null, MaxValue = null, Deadline = null }).ToValueList(),
            }).ToValueList(),
        });
        var catalog = new PolicyCatalog(documents, Parsed.Departments);

        RoundTrip(catalog).Should().Be(catalog);
    }

    [Fact]
    public void A_catalog_with_every_optional_field_present_round_trips()
    {
        var someSpan = Parsed.Measures[0].Span;
        var someDeadline = new Deadline(new LocalDate(2025, 12, 31), DeadlinePrecision.Day, "到2025年", someSpan, IsImplied: false);
        var documents = Parsed.Documents.Select(d => d with
        {
            Label = d.Label ?? d.TitleLines[0],
            ImplicitImplementer = d.ImplicitImplementer ?? new Domain.Departments.ImplicitImplementer(Parsed.Departments.All[0], "note", someSpan),
            Source = d.Source with { PrintedDate = new LocalDate(2022, 9, 19), PrintedDateSpan = someSpan },
            Errata = d.Errata.Select(e => e with { MeasureNumber = e.MeasureNumber ?? 1 }).ToValueList(),
            Measures = d.Measures.Select(m => m with
            {
                Targets = m.Targets.Select(t => t with
                {
                    MaxValue = t.MaxValue ?? t.Value + 1,
                    Deadline = t.Deadline ?? someDeadline,
                    Period = t.Period ?? new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)),
                }).ToValueList(),
                Conditions = m.Conditions.Select(c => c with
                {
                    Quantity = c.Quantity ?? new Quantity(3.5m, Unit.Parse("万套")),
                    MaxValue = c.MaxValue ?? 7m,
                    Deadline = c.Deadline ?? someDeadline with { Quote = null, Span = null, IsImplied = true },
                }).ToValueList(),
            }).ToValueList(),
        });
        var catalog = new PolicyCatalog(documents, Parsed.Departments);

        RoundTrip(catalog).Should().Be(catalog);
    }

    [Fact]
    public void A_catalog_whose_chapters_groups_or_measures_name_parts_out_of_place_is_refused_naming_the_part()
    {
        // Parts are looked up by number (GetGroup(n) is Groups[n - 1]): a snapshot damaged behind a valid checksum once
        // gave a group numbered past the list, and GetGroup threw ArgumentOutOfRange on a catalog that had loaded.
        var document = Parsed.Documents[0];
        var groups = document.Groups;
        var moved = document with { Groups = groups.Select((g, i) => i == 1 ? g with { Number = groups.Count + 5 } : g).ToValueList() };
        var orphan = document with { Groups = groups.Select((g, i) => i == 0 ? g with { ChapterNumber = 99 } : g).ToValueList() };
        var chapters = document with { Chapters = document.Chapters.Reverse().ToValueList() };
        var measure = document with { Measures = document.Measures.Select((m, i) => i == 0 ? m with { GroupNumber = 0 } : m).ToValueList() };

        new Func<PolicyCatalog>(() => new PolicyCatalog([moved], Parsed.Departments)).Should().Throw<ArgumentException>().WithMessage($"*holds group {groups.Count + 5} *at position 2*");
        new Func<PolicyCatalog>(() => new PolicyCatalog([orphan], Parsed.Departments)).Should().Throw<ArgumentException>().WithMessage("*group 1's chapter is 99*");
        new Func<PolicyCatalog>(() => new PolicyCatalog([chapters], Parsed.Departments)).Should().Throw<ArgumentException>().WithMessage("*chapters must be numbered 1, 2, 3*");
        new Func<PolicyCatalog>(() => new PolicyCatalog([measure], Parsed.Departments)).Should().Throw<ArgumentException>().WithMessage("*measure 1's group is 0*");
    }

    [Fact]
    public void Strings_outside_the_basic_multilingual_plane_and_empty_strings_round_trip()
    {
        // UTF-16 storage: a surrogate pair must survive as a pair; an empty string is a zero-length entry.
        var document = Parsed.Documents[0];
        var measure = document.Measures[0] with { CorrectedText = "𠀀𝄞" + document.Measures[0].Text, Verbatim = string.Empty };
        var catalog = new PolicyCatalog([document with { Measures = document.Measures.Select((m, i) => i == 0 ? measure : m).ToValueList() }], Parsed.Departments);

        RoundTrip(catalog).Should().Be(catalog);
    }

    [Fact]
    public void A_snapshot_string_with_a_lone_surrogate_is_refused_although_strings_without_surrogates_are_copied_unchecked()
    {
        // The reader copies code units when a string has no surrogate and strictly decodes it otherwise: a high
        // surrogate whose low half was replaced (checksum recomputed) must still be refused, naming the snapshot.
        var document = Parsed.Documents[0];
        var measure = document.Measures[0] with { CorrectedText = "𠀀" + document.Measures[0].Text };
        var catalog = new PolicyCatalog([document with { Measures = document.Measures.Select((m, i) => i == 0 ? measure : m).ToValueList() }], Parsed.Departments);
        var payload = CatalogSnapshotWriter.Write(catalog).AsSpan(CatalogSnapshotFormat.HeaderLength).ToArray();
        var pair = payload.AsSpan().IndexOf(new byte[] { 0x40, 0xD8, 0x00, 0xDC });
        pair.Should().BePositive("the pair U+D840 U+DC00 is stored as UTF-16LE");
        payload[pair + 2] = (byte)'x';
        payload[pair + 3] = 0;

        var read = () => CatalogSnapshotReader.Read(CatalogSnapshotFormat.Frame(payload), "test");

        read.Should().Throw<PolicyDataException>().WithMessage("*does not read as a catalog*").Where(e => e.Location.StartsWith("test: byte "));
    }

    private static PolicyCatalog RoundTrip(PolicyCatalog catalog) =>
        CatalogSnapshotReader.Read(CatalogSnapshotWriter.Write(catalog), "test");
}
