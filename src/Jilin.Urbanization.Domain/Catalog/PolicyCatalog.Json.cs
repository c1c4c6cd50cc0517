using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Serialization;

namespace Jilin.Urbanization.Domain.Catalog;

public sealed partial class PolicyCatalog
{
    /// <summary>
    /// Writes the whole catalog as JSON (UTF-8, camelCase, indented with '\n'); the format is documented in
    /// <c>docs/catalog.schema.json</c>. The same catalog always writes the same bytes.
    /// </summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public void WriteJson(Stream stream)
    {
        Guard.Against.Null(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        CatalogJsonWriter.Write(this, stream);
    }

    /// <summary>
    /// Reads a catalog written by <see cref="WriteJson"/>; the result equals the catalog that was written.
    /// The input is checked whole (shape, types, ids, numbering, references, ranges) before anything is built.
    /// </summary>
    /// <param name="stream">A readable stream holding the JSON; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The JSON is malformed, truncated, wrongly typed, or has duplicated, dangling or out-of-range values; the location is the JSON path.</exception>
    public static PolicyCatalog ReadJson(Stream stream)
    {
        Guard.Against.Null(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        return CatalogJsonReader.Read(stream);
    }
}
