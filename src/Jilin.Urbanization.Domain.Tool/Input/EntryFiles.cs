using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Input;

/// <summary>
/// The one place the tool reads the files counties and departments send back (填报), for <c>check</c> and
/// <c>record</c>: folders are expanded to their <c>.csv</c> and <c>.json</c> files, each file is read
/// with the library's public readers, and every problem is kept with its location. Switching to the intake pipeline
/// changes this file only.
/// </summary>
internal static class EntryFiles
{
    private static readonly string[] Extensions = [".csv", ".json"];

    /// <summary>The files named, folders expanded (sorted, not recursive), in the order given.</summary>
    /// <exception cref="UsageException">A path names nothing, or a file of a kind the tool does not read.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inFolder.Count == 0)
                {
                    throw new UsageException($"{path}: the folder holds no .csv or .json file");
                }

                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                if (!Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
                {
                    throw new UsageException($"{path}: not a file the tool reads (.csv or .json)");
                }

                files.Add(path);
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder");
            }
        }

        return files;
    }

    /// <summary>
    /// Reads every file, keeping going after a problem: the entries of the files that read, merged by the log's
    /// rules, and the problems, each with its location.
    /// </summary>
    public static EntryBatch Read(PolicyCatalog catalog, IReadOnlyList<string> files, TrackingReadOptions options, ProgressBar progress, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var merged = TrackingLog.Empty;
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            progress.Report(i, Path.GetFileName(file));
            try
            {
                var log = ReadOne(catalog, file, options);
                merged = merged.Merge(log);
            }
            catch (PolicyDataException e)
            {
                problems.Add(Problem.From(file, e));
            }
            catch (EntryConflictException e)
            {
                // Two files hold different versions of one entry recorded on the same day.
                problems.Add(new Problem(file, e.Message));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                problems.Add(new Problem(file, e.Message));
            }
        }

        progress.Report(files.Count, "");
        return new EntryBatch(merged, problems);
    }

    private static TrackingLog ReadOne(PolicyCatalog catalog, string file, TrackingReadOptions options)
    {
        if (string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase))
        {
            using var json = File.OpenRead(file);
            return TrackingLogReader.ReadJson(catalog, json, options);
        }

        // Strict UTF-8: a file in another encoding is a problem named by the file, never garbled names.
        var text = File.ReadAllText(file, new UTF8Encoding(false, throwOnInvalidBytes: true));
        using var reader = new StringReader(text);
        return IsStatusFile(text)
            ? TrackingLogReader.ReadStatusUpdatesCsv(catalog, reader, options)
            : TrackingLogReader.ReadObservationsCsv(catalog, reader, options);
    }

    // A status file names a measure; a figures file names a target (indicator).
    private static bool IsStatusFile(string text)
    {
        var header = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var end and >= 0 ? end : text.Length));
        foreach (var name in header.ToString().Split([',', ';'], StringSplitOptions.TrimEntries))
        {
            if (name.Trim('"').Equals("measure", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
