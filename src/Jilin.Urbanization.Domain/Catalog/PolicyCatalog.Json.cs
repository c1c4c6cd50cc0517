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
        AsyncStreams.Writable(stream);
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
        AsyncStreams.Readable(stream);
        return CatalogJsonReader.Read(stream);
    }

    /// <summary>Writes the catalog as JSON asynchronously (see <see cref="WriteJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteJsonAsync(Stream stream, CancellationToken cancellationToken = default) =>
        AsyncStreams.WriteAsync(AsyncStreams.Writable(stream), WriteJson, cancellationToken);

    /// <summary>Reads a catalog asynchronously (see <see cref="ReadJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A readable stream holding the JSON; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The JSON is invalid; the location is the JSON path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<PolicyCatalog> ReadJsonAsync(Stream stream, CancellationToken cancellationToken = default) =>
        AsyncStreams.ReadAsync(AsyncStreams.Readable(stream), ReadJson, cancellationToken);

    /// <summary>Tries to read a catalog written by <see cref="WriteJson"/>; never throws for bad input.</summary>
    /// <param name="stream">A readable stream holding the JSON; it is left open.</param>
    /// <param name="catalog">The catalog, or null.</param>
    /// <param name="error">What was wrong and where, or null.</param>
    /// <returns>True when the input is a valid catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    public static bool TryReadJson(Stream stream, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyCatalog? catalog, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out PolicyDataException? error)
    {
        AsyncStreams.Readable(stream);
        try
        {
            catalog = ReadJson(stream);
            error = null;
            return true;
        }
        catch (PolicyDataException e)
        {
            catalog = null;
            error = e;
            return false;
        }
    }
}
