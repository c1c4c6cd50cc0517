using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Input;

/// <summary>
/// The one place the tool reads the files counties and departments send back (填报), for <c>check</c> and
/// <c>record</c> (and <c>report</c> from files): folders are expanded to their <c>.csv</c>, <c>.tsv</c>, <c>.json</c>
/// and <c>.xlsx</c> files, each file is read through the library's intake pipeline (the Excel package's format
/// registered for workbooks), and every problem is kept with its location. A new input format changes this file only.
/// </summary>
internal static class EntryFiles
{
    // The kinds read, and the spreadsheet kinds offices also save (.xls, .et, .ods, .xlsm): those are read so the
    // problem says what the file is and how to save it, where skipping them would drop a county's file unseen.
    private static readonly string[] Extensions = [".csv", ".tsv", ".json", ".xlsx", ".xlsm", ".xls", ".et", ".ods"];

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
                    throw new UsageException($"{path}: the folder holds no .csv, .tsv, .json or .xlsx file");
                }

                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                if (!Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
                {
                    throw new UsageException($"{path}: not a file the tool reads (.csv, .tsv, .json or .xlsx)");
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
    /// Reads every file through the library's intake pipeline (<see cref="IntakeReader"/>: CSV, TSV, JSON; Chinese or
    /// English headers; dates, 万/亿 numbers, units and names as people write them), keeping going after a problem: the
    /// entries that passed every rule, merged by the log's rules, and every problem with its location.
    /// </summary>
    public static EntryBatch Read(PolicyCatalog catalog, IReadOnlyList<string> files, TrackingReadOptions options, ProgressBar progress, CancellationToken cancellationToken)
    {
        var intake = IntakeOptions.Default.WithExcel() with { FileDefaults = options };   // .xlsx by the Excel package
        var problems = new List<Problem>();
        var notes = new List<string>();
        var merged = TrackingLog.Empty;
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            progress.Report(i, Path.GetFileName(file));
            try
            {
                var result = IntakeReader.Read(catalog, file, intake);
                foreach (var problem in result.Report.Problems)
                {
                    var message = problem.Suggestion is null ? problem.Message : $"{problem.Message} {problem.Suggestion}";
                    problems.Add(new Problem((problem.Location with { File = file }).ToString(), message));
                }

                if (result.Report.IsTruncated)
                {
                    // Nothing is dropped silently: the problems past the report's limit are at least counted.
                    problems.Add(new Problem(file, $"{result.Report.Total - result.Report.Problems.Count} more problem(s) not listed"));
                }

                notes.AddRange(result.Report.Notes);
                merged = merged.Merge(result.Log);
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
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new Problem(file, e.Message));
            }
        }

        progress.Report(files.Count, "");
        return new EntryBatch(merged, problems, notes);
    }
}
