using Ardalis.GuardClauses;
using System.Security.Cryptography;
using System.Text;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// The SHA-256 hashes of the data the package embeds, so an application can record exactly which data a result
/// came from, and a test can recompute them from the repository's files. Loading checks the data too: the catalog
/// snapshot's checksum and its seed hashes (against <see cref="SeedManifest"/>) at every
/// <see cref="Catalog.PolicyCatalog.LoadEmbedded"/>; the seeds' and curated files' SHA-256 whenever
/// <see cref="Catalog.PolicyCatalog.ParseEmbedded"/> or a lazily built part (places, labels) reads them. A tampered
/// or truncated resource fails with a <see cref="PolicyDataException"/> naming it.
/// </summary>
public static class EmbeddedDataInfo
{
    private static readonly Lazy<(ValueList<EmbeddedResourceHash> Resources, string ContentHash)> Computed =
        new(Compute, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Every embedded resource (seed texts <c>Jilin.Urbanization.Domain.Seeds.*</c>, curated files
    /// <c>Jilin.Urbanization.Domain.Data.*</c>), in ordinal order of name, with its length and SHA-256.
    /// </summary>
    public static ValueList<EmbeddedResourceHash> Resources => Computed.Value.Resources;

    /// <summary>
    /// One SHA-256 over all embedded data: the lower-case hex SHA-256 of the UTF-8 text that has one line
    /// <c>&lt;sha256&gt;  &lt;resource name&gt;\n</c> (hash, two spaces, name, line feed; the <c>sha256sum</c>
    /// format) for each of <see cref="Resources"/>, in their order. Any change to any resource changes it.
    /// </summary>
    public static string ContentHash => Computed.Value.ContentHash;

    /// <summary>The seed files and the SHA-256 each must have (the same as <see cref="SeedManifest.Entries"/>).</summary>
    public static ValueList<SeedEntry> Seeds => SeedManifest.Entries;

    /// <summary>Computes <see cref="ContentHash"/> from resource hashes, by the documented rule.</summary>
    /// <param name="resources">The resources' names and hashes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null or holds null.</exception>
    public static string ContentHashOf(IEnumerable<EmbeddedResourceHash> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var list = resources.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(resources), "A resource hash in the list is null.");
        }

        var manifest = new StringBuilder();
        foreach (var resource in list.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            manifest.Append(resource.Sha256).Append("  ").Append(resource.Name).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest.ToString())));
    }

    private static (ValueList<EmbeddedResourceHash>, string) Compute()
    {
        var resources = typeof(EmbeddedDataInfo).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedData.SeedPrefix, StringComparison.Ordinal) || n.StartsWith(EmbeddedData.DataPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var bytes = EmbeddedData.ReadBytes(name);
                return new EmbeddedResourceHash(name, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            })
            .ToValueList();
        return (resources, ContentHashOf(resources));
    }
}

/// <summary>One embedded resource and its hash.</summary>
/// <param name="Name">The resource's manifest name, e.g. <c>Jilin.Urbanization.Domain.Data.departments.json</c>.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record EmbeddedResourceHash(string Name, long Length, string Sha256)
{
    /// <summary>The resource's manifest name, e.g. <c>Jilin.Urbanization.Domain.Data.departments.json</c>.</summary>
    public string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); } = Guard.Against.Null(Name);

    /// <summary>The SHA-256 of its bytes, lower-case hex.</summary>
    public string Sha256 { get; init => field = Guard.Against.Null(value, nameof(Sha256)); } = Guard.Against.Null(Sha256);

    /// <summary>Readable form: <c>sha256  name (length bytes)</c>.</summary>
    public override string ToString() => $"{Sha256}  {Name} ({Length} bytes)";
}
