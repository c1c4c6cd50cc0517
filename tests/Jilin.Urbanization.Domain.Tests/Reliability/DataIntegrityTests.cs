using System.Security.Cryptography;
using System.Text;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// The package's published data hashes are recomputed here from the repository's own files (seeds/ and
/// src/Jilin.Urbanization.Domain/Resources/: the curated JSON files and the catalog snapshot), and damaged data is refused at load with an error that names it.
/// </summary>
public class DataIntegrityTests
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(Seeds.Directory, ".."));

    /// <summary>The repository files the package embeds, under the resource names it gives them.</summary>
    private static IEnumerable<(string Name, byte[] Bytes)> RepositoryData() =>
        SeedManifest.Entries.Select(s => (EmbeddedData.SeedPrefix + s.FileName, Seeds.Bytes(s.FileName)))
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot, "src", "Jilin.Urbanization.Domain", "Resources"))
                .Select(path => (EmbeddedData.DataPrefix + Path.GetFileName(path), File.ReadAllBytes(path))));

    [Fact]
    public void The_published_resource_hashes_are_those_of_the_repository_files()
    {
        var expected = RepositoryData()
            .Select(f => new EmbeddedResourceHash(f.Name, f.Bytes.Length, Convert.ToHexStringLower(SHA256.HashData(f.Bytes))))
            .OrderBy(r => r.Name, StringComparer.Ordinal);

        EmbeddedDataInfo.Resources.Should().Equal(expected);
    }

    [Fact]
    public void The_content_hash_is_recomputed_from_the_repository_files_by_the_documented_rule()
    {
        // sha256sum format: "<hash>  <name>\n" per resource, in ordinal order of name; then SHA-256 of that text.
        var manifest = string.Concat(RepositoryData()
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(f.Bytes))}  {f.Name}\n"));

        EmbeddedDataInfo.ContentHash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest))))
            .And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void The_published_seed_hashes_are_those_of_the_seed_files()
    {
        EmbeddedDataInfo.Seeds.Should().HaveCount(Directory.GetFiles(Seeds.Directory, "*.txt").Length);
        foreach (var seed in EmbeddedDataInfo.Seeds)
        {
            seed.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Seeds.Bytes(seed.FileName))), seed.FileName);
            EmbeddedDataInfo.Resources.Should().ContainSingle(r => r.Name == EmbeddedData.SeedPrefix + seed.FileName)
                .Which.Sha256.Should().Be(seed.Sha256);
        }
    }

    [Fact]
    public void Any_change_to_any_resource_changes_the_content_hash()
    {
        var resources = EmbeddedDataInfo.Resources;
        for (var i = 0; i < resources.Count; i++)
        {
            var changed = resources.Select((r, j) => j == i ? r with { Sha256 = new string('0', 64) } : r);

            EmbeddedDataInfo.ContentHashOf(changed).Should().NotBe(EmbeddedDataInfo.ContentHash, resources[i].Name);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    public void A_truncated_seed_is_refused_at_load_naming_it(int keep)
    {
        var seed = SeedManifest.Entries[1];
        var bytes = Seeds.Bytes(seed.FileName)[..keep];

        var load = () => EmbeddedData.VerifySeed(seed, bytes, EmbeddedData.SeedPrefix + seed.FileName);

        load.Should().Throw<PolicyDataException>().WithMessage($"*'{seed.FileName}'*altered or truncated ({keep} bytes)*")
            .Which.Location.Should().Be(EmbeddedData.SeedPrefix + seed.FileName);
    }

    [Fact]
    public void A_tampered_seed_is_refused_at_load_even_when_one_byte_changed()
    {
        var seed = SeedManifest.Entries[0];
        var bytes = Seeds.Bytes(seed.FileName);
        bytes[bytes.Length / 2] ^= 0x01;

        var load = () => EmbeddedData.VerifySeed(seed, bytes, "resource");

        load.Should().Throw<PolicyDataException>().WithMessage($"*{seed.Sha256}*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(5000)]
    public void A_truncated_curated_file_is_refused_at_load_naming_it(int keep)
    {
        var path = Path.Combine(RepositoryRoot, "src", "Jilin.Urbanization.Domain", "Resources", "departments.json");
        var bytes = File.ReadAllBytes(path)[..keep];

        var load = () => EmbeddedData.ReadDepartments(bytes, EmbeddedData.DepartmentsResource);

        load.Should().Throw<PolicyDataException>().Which.Location.Should().StartWith(EmbeddedData.DepartmentsResource);
    }
}
