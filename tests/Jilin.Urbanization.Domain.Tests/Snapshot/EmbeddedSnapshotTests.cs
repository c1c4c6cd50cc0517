using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Snapshot;

/// <summary>
/// The package loads its catalog from a snapshot of what the parser makes of the seeds. These tests keep that
/// snapshot honest: it must be byte for byte the parser's current output, and loading it must give an equal catalog.
/// To refresh it after changing the parser or curated data: <c>UPDATE_SNAPSHOT=1 dotnet test --filter EmbeddedSnapshotTests</c>.
/// </summary>
public class EmbeddedSnapshotTests
{
    private static readonly Lazy<PolicyCatalog> Parsed = new(PolicyCatalog.ParseEmbedded);

    public static string SnapshotPath { get; } =
        Path.Combine(Seeds.Directory, "..", "src", "Jilin.Urbanization.Domain", "Resources", "catalog.snapshot");

    /// <summary>
    /// The SHA-256 of each snapshot input, checked at build time by <c>CatalogSnapshot.targets</c>. It stands beside
    /// the project file, not in <c>Resources/</c>, where every file is embedded.
    /// </summary>
    public static string InputsPath { get; } =
        Path.Combine(Seeds.Directory, "..", "src", "Jilin.Urbanization.Domain", "catalog.snapshot.inputs");

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOT") == "1";

    /// <summary>
    /// What <see cref="InputsPath"/> holds for the snapshot this build makes: the SHA-256 each input had when it was
    /// embedded (so when <c>ParseEmbedded</c> read it), one line per input, sorted by resource name.
    /// </summary>
    public static string ExpectedInputsFile()
    {
        var lines = EmbeddedResourceHashes.SnapshotInputs
            .Order(StringComparer.Ordinal)
            .Select(name => $"{EmbeddedResourceHashes.Expected(name)} {name}");
        return "# SHA-256 (upper-case hex) of each input of catalog.snapshot when it was made, and the input's resource name.\n"
            + "# Written by UPDATE_SNAPSHOT=1 dotnet test --filter EmbeddedSnapshotTests; checked at every build by CatalogSnapshot.targets.\n"
            + string.Concat(lines.Select(l => l + "\n"));
    }

    [Fact]
    public void The_embedded_snapshot_is_byte_for_byte_what_the_parser_makes_of_the_seeds()
    {
        var expected = CatalogSnapshotWriter.Write(Parsed.Value);
        var embedded = EmbeddedData.ReadResource(CatalogSnapshotFormat.ResourceName);
        if (Updating)
        {
            // The inputs file always follows: the build checks the inputs against it (CatalogSnapshot.targets).
            File.WriteAllText(InputsPath, ExpectedInputsFile());
        }

        if (!embedded.AsSpan().SequenceEqual(expected) && Updating)
        {
            File.WriteAllBytes(SnapshotPath, expected);
            return; // the next build embeds it; this run still carries the old one
        }

        embedded.AsSpan().SequenceEqual(expected).Should().BeTrue(
            "the snapshot must be regenerated after a change to the parser, the seeds or the curated data: UPDATE_SNAPSHOT=1 dotnet test --filter EmbeddedSnapshotTests, then rebuild");
    }

    [Fact]
    public void The_snapshot_inputs_file_records_the_SHA256_of_every_input_the_snapshot_was_made_from()
    {
        EmbeddedResourceHashes.SnapshotInputs.Should().BeEquivalentTo(
            SeedManifest.Entries.Select(e => EmbeddedData.SeedPrefix + e.FileName)
                .Append(EmbeddedData.DepartmentsResource).Append(EmbeddedData.ErrataResource).Append(Jilin.Urbanization.Domain.Targets.EmbeddedTargetAnnotations.Resource)
                .Append(EmbeddedData.AbbreviationsResource),
            "the snapshot's inputs are the seeds and the curated files ParseEmbedded reads, and the abbreviations it carries; only those");
        if (!Updating)
        {
            File.ReadAllText(InputsPath).ReplaceLineEndings("\n").Should().Be(
                ExpectedInputsFile(),
                "the inputs file must be regenerated with the snapshot: UPDATE_SNAPSHOT=1 dotnet test --filter EmbeddedSnapshotTests, then rebuild");
        }
    }

    [Fact]
    public void Loading_the_snapshot_gives_a_catalog_equal_to_parsing_the_seeds()
    {
        var loaded = PolicyCatalog.LoadEmbedded();

        loaded.Should().Be(Parsed.Value);
        loaded.Should().NotBeSameAs(Parsed.Value);
        ToJson(loaded).Should().Equal(ToJson(Parsed.Value), "every field the JSON export carries matches too");
    }

    [Fact]
    public void The_abbreviations_the_snapshot_carries_are_those_of_the_curated_file_in_its_order()
    {
        var fromJson = EmbeddedData.ReadAbbreviations();
        var fromSnapshot = CatalogSnapshotReader.ReadAbbreviations(
            EmbeddedData.ReadResource(CatalogSnapshotFormat.ResourceName), CatalogSnapshotFormat.ResourceName);

        fromJson.Should().NotBeEmpty();
        fromSnapshot.Keys.Should().Equal(fromJson.Keys);
        foreach (var (department, names) in fromJson)
        {
            fromSnapshot[department].Should().Equal(names, department);
        }

        SharedCuratedData.Abbreviations.Keys.Should().Equal(fromJson.Keys, "the registries resolve names with the snapshot's copy");
    }

    private static byte[] ToJson(PolicyCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteJson(stream);
        return stream.ToArray();
    }
}
