using System.Reflection;
using System.Security.Cryptography;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Parsing;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Catalog;

public class EmbeddedDataTests
{
    [Fact]
    public void The_embedded_seeds_are_byte_for_byte_the_repositorys_seed_files()
    {
        var assembly = typeof(PolicyCatalog).Assembly;
        foreach (var seed in SeedManifest.Entries)
        {
            using var stream = assembly.GetManifestResourceStream("Jilin.Urbanization.Domain.Seeds." + seed.FileName);
            stream.Should().NotBeNull(seed.FileName);
            using var copy = new MemoryStream();
            stream!.CopyTo(copy);

            copy.ToArray().Should().Equal(Seeds.Bytes(seed.FileName), seed.FileName);
            Convert.ToHexStringLower(SHA256.HashData(copy.ToArray())).Should().Be(seed.Sha256);
        }
    }

    [Fact]
    public void The_embedded_catalog_equals_what_the_parser_makes_of_seeds_today()
    {
        // One path: parse the repository's seed files (not the embedded copies) with the curated data.
        var departments = EmbeddedData.ReadDepartments();
        var errata = EmbeddedData.ReadErrata();
        var documents = SeedManifest.Entries.Select(seed => PolicyTextParser.Parse(
            Seeds.Bytes(seed.FileName),
            new PolicyTextParserOptions { DocumentId = DocumentId.Parse(seed.DocumentId), Year = seed.Year, SeedFile = seed.FileName, Departments = departments, Errata = errata }));

        var fromSeeds = new PolicyCatalog(documents, departments);

        fromSeeds.Should().Be(PolicyCatalog.Default);
        PolicyCatalog.LoadEmbedded().Should().Be(PolicyCatalog.Default).And.NotBeSameAs(PolicyCatalog.Default);
    }

    [Fact]
    public void The_curated_departments_file_in_the_repository_is_the_embedded_one()
    {
        var path = Path.Combine(Seeds.Directory, "..", "src", "Jilin.Urbanization.Domain", "Resources", "departments.json");

        EmbeddedData.ReadDepartments(File.ReadAllBytes(path), path).Should().Be(PolicyCatalog.Default.Departments);
    }

    [Fact]
    public void Default_is_one_shared_instance()
    {
        PolicyCatalog.Default.Should().BeSameAs(PolicyCatalog.Default);
    }

    [Fact]
    public void A_missing_resource_is_named_in_a_clear_error()
    {
        var read = () => EmbeddedData.ReadBytes("Jilin.Urbanization.Domain.Data.nope.json");

        read.Should().Throw<PolicyDataException>().WithMessage("*'Jilin.Urbanization.Domain.Data.nope.json' is missing*")
            .Which.Location.Should().Be("Jilin.Urbanization.Domain.Data.nope.json");
    }

    [Fact]
    public void A_tampered_seed_is_refused_at_load()
    {
        var seed = SeedManifest.Entries[0] with { Sha256 = new string('0', 64) };

        var read = () => EmbeddedData.ReadSeed(seed);

        read.Should().Throw<PolicyDataException>().WithMessage("*altered or truncated*");
    }

    [Theory]
    [InlineData("departments.json")]
    [InlineData("errata.json")]
    [InlineData("targets.json")]
    [InlineData("places.json")]
    [InlineData("labels.json")]
    public void The_hash_recorded_at_build_time_is_the_repository_files_and_a_tampered_copy_is_refused(string file)
    {
        var name = EmbeddedData.DataPrefix + file;
        var repositoryBytes = File.ReadAllBytes(Path.Combine(Seeds.Directory, "..", "src", "Jilin.Urbanization.Domain", "Resources", file));

        EmbeddedResourceHashes.Expected(name).Should().Be(Convert.ToHexString(SHA256.HashData(repositoryBytes)));
        FluentActions.Invoking(() => EmbeddedData.VerifyBuildHash(name, repositoryBytes)).Should().NotThrow();

        var tampered = (byte[])repositoryBytes.Clone();
        tampered[tampered.Length / 2] ^= 0x20;
        FluentActions.Invoking(() => EmbeddedData.VerifyBuildHash(name, tampered))
            .Should().Throw<PolicyDataException>().WithMessage("*altered or truncated*").Which.Location.Should().Be(name);
        FluentActions.Invoking(() => EmbeddedData.VerifyBuildHash(name, repositoryBytes.AsSpan(0, repositoryBytes.Length - 1)))
            .Should().Throw<PolicyDataException>();
    }

    [Fact]
    public void Every_embedded_data_resource_has_a_hash_recorded_at_build_time()
    {
        // The compiled label resources (Labels/ReportText.resx) are read by ResourceManager, never by EmbeddedData.
        typeof(PolicyCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n != "Jilin.Urbanization.Domain.Labels.ReportText.resources")
            .Should().OnlyContain(n => EmbeddedResourceHashes.Expected(n) != null);
    }
}
