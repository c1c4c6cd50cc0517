using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// The one way the library does asynchronous stream I/O: a writer renders into memory with the synchronous code and
/// the bytes are copied out with <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>; a reader
/// copies the input into memory asynchronously, then parses it. The caller's stream sees only asynchronous calls, so
/// an ASP.NET Core response or request body (which forbids synchronous I/O) works.
/// </summary>
internal static class AsyncStreams
{
    /// <summary>Refuses a null or unwritable stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public static Stream Writable(Stream stream, string paramName = "stream")
    {
        Guard.Against.Null(stream, paramName);
        return stream.CanWrite ? stream : throw new ArgumentException("The stream cannot be written.", paramName);
    }

    /// <summary>Refuses a null or unreadable stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    public static Stream Readable(Stream stream, string paramName = "stream")
    {
        Guard.Against.Null(stream, paramName);
        return stream.CanRead ? stream : throw new ArgumentException("The stream cannot be read.", paramName);
    }

    /// <summary>Renders with <paramref name="write"/> into memory, then writes the bytes to <paramref name="stream"/> asynchronously.</summary>
    public static async Task WriteAsync(Stream stream, Action<Stream> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        write(buffer);
        await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates (or overwrites) the file at <paramref name="path"/> for asynchronous writing and lets <paramref name="write"/> fill it.</summary>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    public static async Task<string> SaveAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        Guard.Against.NullOrWhiteSpace(path);
        cancellationToken.ThrowIfCancellationRequested();
        var full = Path.GetFullPath(path);
        var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            await write(file, cancellationToken).ConfigureAwait(false);
        }

        return full;
    }

    /// <summary>Copies <paramref name="stream"/> into memory asynchronously, then parses it with <paramref name="read"/>.</summary>
    public static async Task<T> ReadAsync<T>(Stream stream, Func<Stream, T> read, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        return read(buffer);
    }

    /// <summary>Reads all of <paramref name="reader"/> asynchronously, then parses it with <paramref name="read"/>.</summary>
    public static async Task<T> ReadAsync<T>(TextReader reader, Func<TextReader, T> read, CancellationToken cancellationToken)
    {
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        using var copy = new StringReader(text);
        return read(copy);
    }
}
