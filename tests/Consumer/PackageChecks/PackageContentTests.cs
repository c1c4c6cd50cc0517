using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace PackageChecks;

public class PackageContentTests
{
    private static readonly string Feed = Metadata("PackageFeed");
    private static readonly string Version = Metadata("DomainPackageVersion");

    // The SourceLink custom debug information kind in portable PDBs.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static TheoryData<string> PackageIds => new() { "Jilin.Urbanization.Domain", "Jilin.Urbanization.Domain.Testing", "Jilin.Urbanization.Domain.Interactive" };

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void The_package_carries_its_readme_license_release_notes_and_repository(string id)
    {
        using var package = Open(id, "nupkg");
        var nuspec = Nuspec(package);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        package.GetEntry("README.md").Should().NotBeNull();
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "releaseNotes")!.Value.Should().Contain(Version);
        metadata.Element(ns + "version")!.Value.Should().Be(Version);
        metadata.Element(ns + "repository")!.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$");
        metadata.Element(ns + "tags")!.Value.Should().Contain("jilin");
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void The_package_carries_the_library_and_its_XML_docs(string id)
    {
        using var package = Open(id, "nupkg");

        package.GetEntry($"lib/net10.0/{id}.dll").Should().NotBeNull();
        var xml = package.GetEntry($"lib/net10.0/{id}.xml");
        xml.Should().NotBeNull();
        using var reader = new StreamReader(xml!.Open());
        var docs = XDocument.Load(reader);
        docs.Descendants("member").Select(m => m.Attribute("name")!.Value).Should().Contain(n => n.StartsWith("T:" + id + ".", StringComparison.Ordinal));
        docs.Descendants("summary").Should().OnlyContain(s => s.Value.Trim().Length > 0);
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void The_symbol_package_carries_a_portable_pdb_with_SourceLink(string id)
    {
        using var symbols = Open(id, "snupkg");
        var pdbEntry = symbols.GetEntry($"lib/net10.0/{id}.pdb");
        pdbEntry.Should().NotBeNull();

        using var pdb = new MemoryStream();
        using (var stream = pdbEntry!.Open())
        {
            stream.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .SingleOrDefault();
        sourceLink.Should().NotBeNull().And.Contain("\"documents\"").And.Contain("https://");
    }

    [Fact]
    public void The_domain_package_carries_the_chinese_labels_as_a_zh_Hans_satellite_assembly()
    {
        using var package = Open("Jilin.Urbanization.Domain", "nupkg");

        package.GetEntry("lib/net10.0/zh-Hans/Jilin.Urbanization.Domain.resources.dll").Should().NotBeNull(
            "Chinese labels (Labels/ReportText.zh-Hans.resx) ship as a satellite assembly; without it zh-CN falls back to English");
    }

    [Fact]
    public void The_domain_package_depends_only_on_its_runtime_libraries()
    {
        using var package = Open("Jilin.Urbanization.Domain", "nupkg");
        var ns = Nuspec(package).Root!.Name.Namespace;

        Nuspec(package).Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value)
            .Should().BeEquivalentTo("Ardalis.GuardClauses", "NodaTime");
    }

    [Fact]
    public void The_testing_package_depends_on_the_same_domain_version_and_FluentAssertions_6_12_or_7()
    {
        using var package = Open("Jilin.Urbanization.Domain.Testing", "nupkg");
        var ns = Nuspec(package).Root!.Name.Namespace;
        var dependencies = Nuspec(package).Descendants(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);

        dependencies["Jilin.Urbanization.Domain"].Should().Be(Version);
        dependencies["FluentAssertions"].Should().Be("[6.12.0, 8.0.0)", "6.12 and 7.x are Apache-2.0; 8 has another licence");
    }

    [Fact]
    public void The_interactive_package_is_a_kernel_extension_that_depends_only_on_the_same_domain_version()
    {
        using var package = Open("Jilin.Urbanization.Domain.Interactive", "nupkg");
        var ns = Nuspec(package).Root!.Name.Namespace;
        var dependencies = Nuspec(package).Descendants(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);

        package.GetEntry("interactive-extensions/dotnet/Jilin.Urbanization.Domain.Interactive.dll").Should().NotBeNull(
            ".NET Interactive loads the kernel extensions in interactive-extensions/dotnet/ of a package referenced by #r \"nuget: …\"");
        dependencies.Should().ContainKey("Jilin.Urbanization.Domain").WhoseValue.Should().Be(Version);
        dependencies.Keys.Should().Equal(["Jilin.Urbanization.Domain"], "the notebook's kernel brings .NET Interactive itself");
    }

    [Theory]
    [InlineData("Jilin.Urbanization.Domain.Interactive", "nupkg")]
    [InlineData("Jilin.Urbanization.Domain", "nupkg")]
    [InlineData("Jilin.Urbanization.Domain", "snupkg")]
    [InlineData("Jilin.Urbanization.Domain.Testing", "nupkg")]
    [InlineData("Jilin.Urbanization.Domain.Testing", "snupkg")]
    public void Packing_twice_from_the_same_commit_gives_identical_contents(string id, string extension)
    {
        var second = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Feed))!, "packages-second");
        using var first = Open(id, extension);
        using var again = new ZipArchive(File.OpenRead(Path.Combine(second, $"{id}.{Version}.{extension}")));

        var firstEntries = Entries(first);
        var againEntries = Entries(again);
        againEntries.Keys.Should().BeEquivalentTo(firstEntries.Keys);
        foreach (var (name, bytes) in firstEntries)
        {
            againEntries[name].Should().Equal(bytes, name);
        }
    }

    private static Dictionary<string, byte[]> Entries(ZipArchive archive) =>
        archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });

    private static ZipArchive Open(string id, string extension)
    {
        var path = Path.Combine(Feed, $"{id}.{Version}.{extension}");
        File.Exists(path).Should().BeTrue($"the {extension} {path} should have been packed");
        return new ZipArchive(File.OpenRead(path));
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static string Metadata(string key) =>
        typeof(PackageContentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
