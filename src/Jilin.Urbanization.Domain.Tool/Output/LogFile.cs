using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Output;

/// <summary>
/// The tracking log file (<c>tracking.json</c>, the documented JSON tracking format): read with the library's reader,
/// written atomically — the whole log to a temporary file beside it, flushed to disk, then renamed over the old one —
/// so an interrupted <c>record</c> leaves the log as it was.
/// </summary>
internal static class LogFile
{
    private static readonly JsonSerializerOptions Options = new(DomainJson.CreateOptions()) { WriteIndented = true };

    /// <summary>The log in <paramref name="path"/>, or an empty log when the file does not exist yet.</summary>
    /// <exception cref="PolicyDataException">The file is not a valid tracking log.</exception>
    public static TrackingLog Read(PolicyCatalog catalog, string path, bool mustExist)
    {
        if (!File.Exists(path))
        {
            return mustExist ? throw new UsageException($"{path}: no such tracking log") : TrackingLog.Empty;
        }

        using var json = File.OpenRead(path);
        try
        {
            return TrackingLogReader.ReadJson(catalog, json);
        }
        catch (PolicyDataException e)
        {
            var problem = Input.Problem.From(path, e);   // the location names the log file
            throw new PolicyDataException(problem.Message, problem.Location, e);
        }
    }

    /// <summary>
    /// Writes <paramref name="log"/> to <paramref name="path"/> atomically: into a temporary file, then renamed over the
    /// log. <paramref name="cancellationToken"/> stops it at any point before the rename, leaving the log and no temporary file.
    /// </summary>
    public static void WriteAtomically(TrackingLog log, string path, CancellationToken cancellationToken) =>
        ReplaceAtomically(path, (stream, token) => JsonSerializer.SerializeAsync(stream, log, (JsonTypeInfo<TrackingLog>)Options.GetTypeInfo(typeof(TrackingLog)), token), cancellationToken);

    /// <summary>
    /// Replaces the file at <paramref name="path"/> with what <paramref name="write"/> writes: into a temporary file
    /// beside it, flushed, then renamed over it. The one way the tool writes a log (tracking or supervision).
    /// </summary>
    public static void ReplaceAtomically(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                // Cancellable while it writes: an interrupt (SIGINT) cancels the token, and System.CommandLine ends the
                // process two seconds later, so a long write must stop promptly for the temporary file to be deleted.
                write(stream, cancellationToken).GetAwaiter().GetResult();
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);   // rename(2): readers see the old log or the new one, never half
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
