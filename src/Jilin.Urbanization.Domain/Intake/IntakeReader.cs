using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// The one intake pipeline (督查督办 填报 as offices send it): a source turns a file into tables of text cells; one
/// header table finds the header row and names the columns (Chinese or English); one normaliser reads dates, numbers
/// (全角, 千分位, 万/亿, %), units, subjects and statuses as people type them; one validator runs the tracker's
/// entry rules. Every problem is collected in a bounded <see cref="ValidationReport"/>, unless
/// <see cref="IntakeOptions.Strict"/> makes the first one throw. <c>docs/intake.md</c> lists every rule.
/// </summary>
public static class IntakeReader
{
    // How many bytes the formats see to recognise a file.
    private const int HeadLength = 4096;

    /// <summary>Reads every table of <paramref name="source"/> (which the caller disposes) into checked entries and a report.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="source">The file's tables.</param>
    /// <param name="options">How to read.</param>
    /// <returns>The entries that passed and every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">In strict mode, the first problem; its location is the cell's.</exception>
    public static IntakeResult Read(PolicyCatalog catalog, IntakeSource source, IntakeOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(source);
        Guard.Against.Null(options);
        var pipeline = new IntakePipeline(catalog, options);
        pipeline.Read(source);
        return pipeline.Result();
    }

    /// <summary>Reads the file at <paramref name="path"/>, of any format of <see cref="IntakeOptions.Formats"/>, chosen by its content and extension.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="path">The file's path; locations name the file by its name.</param>
    /// <param name="options">How to read.</param>
    /// <returns>The entries that passed and every problem (a file of no known format is one problem).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="PolicyDataException">In strict mode, the first problem.</exception>
    public static IntakeResult Read(PolicyCatalog catalog, string path, IntakeOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.NullOrEmpty(path);
        Guard.Against.Null(options);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return ReadOwned(catalog, stream, Path.GetFileName(path), options);
    }

    /// <summary>Reads several files (a quarter's files from every county) into one log and one report.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="paths">The files' paths.</param>
    /// <param name="options">How to read.</param>
    /// <returns>The entries of every file under the log's rules (a conflict between files is a problem) and every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument or a path is null.</exception>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="PolicyDataException">In strict mode, the first problem.</exception>
    public static IntakeResult Read(PolicyCatalog catalog, IEnumerable<string> paths, IntakeOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(paths);
        Guard.Against.Null(options);
        var pipeline = new IntakePipeline(catalog, options);
        foreach (var path in paths)
        {
            Guard.Against.NullOrEmpty(path, nameof(paths));
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            ReadInto(pipeline, stream, Path.GetFileName(path), options);
        }

        return pipeline.Result();
    }

    /// <summary>Reads <paramref name="stream"/>, of any format of <see cref="IntakeOptions.Formats"/>, chosen by its content and <paramref name="fileName"/>'s extension; the stream is left open.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="stream">The file's bytes (an upload), from its current position.</param>
    /// <param name="fileName">The file's name, for its extension and the locations.</param>
    /// <param name="options">How to read.</param>
    /// <returns>The entries that passed and every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">In strict mode, the first problem.</exception>
    public static IntakeResult Read(PolicyCatalog catalog, Stream stream, string fileName, IntakeOptions options)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(fileName);
        Guard.Against.Null(options);
        Serialization.AsyncStreams.Readable(stream, nameof(stream));
        return ReadOwned(catalog, new KeptOpenStream(stream), fileName, options);
    }

    /// <summary>Reads <paramref name="stream"/> as <see cref="Read(PolicyCatalog, Stream, string, IntakeOptions)"/> does, reading the stream asynchronously first (an ASP.NET Core request body works); the stream is left open.</summary>
    /// <param name="catalog">The catalog the entries are checked against.</param>
    /// <param name="stream">The file's bytes, from its current position.</param>
    /// <param name="fileName">The file's name, for its extension and the locations.</param>
    /// <param name="options">How to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries that passed and every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">In strict mode, the first problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<IntakeResult> ReadAsync(PolicyCatalog catalog, Stream stream, string fileName, IntakeOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(fileName);
        Guard.Against.Null(options);
        Serialization.AsyncStreams.Readable(stream, nameof(stream));
        return Serialization.AsyncStreams.ReadAsync(stream, buffered => Read(catalog, buffered, fileName, options), cancellationToken);
    }

    /// <summary>The format of <paramref name="options"/> a file is read as: one that recognises the content and has the extension, else the first that recognises the content; null for none.</summary>
    /// <param name="head">The file's first bytes.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="options">The formats.</param>
    /// <returns>The format, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> or <paramref name="options"/> is null.</exception>
    public static IntakeFormat? FormatOf(ReadOnlySpan<byte> head, string fileName, IntakeOptions options)
    {
        Guard.Against.Null(fileName);
        Guard.Against.Null(options);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        IntakeFormat? byContent = null;
        foreach (var format in options.Formats)
        {
            if (!format.Recognizes(head))
            {
                continue;
            }

            if (format.Extensions.Contains(extension))
            {
                return format;
            }

            byContent ??= format;
        }

        return byContent;
    }

    private static IntakeResult ReadOwned(PolicyCatalog catalog, Stream stream, string fileName, IntakeOptions options)
    {
        var pipeline = new IntakePipeline(catalog, options);
        using (stream)
        {
            ReadInto(pipeline, stream, fileName, options);
        }

        return pipeline.Result();
    }

    private static void ReadInto(IntakePipeline pipeline, Stream stream, string fileName, IntakeOptions options)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        var start = stream.Position;
        var head = new byte[HeadLength];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var format = FormatOf(head.AsSpan(0, length), fileName, options);
        if (format is null)
        {
            pipeline.FileProblem(
                fileName,
                $"The file is none of the kinds intake reads ({string.Join(", ", options.Formats.Select(f => f.Name))}).",
                "Save it as CSV (UTF-8 or GB18030), TSV, JSON or, with the Excel package, as an .xlsx workbook.");
            return;
        }

        IntakeSource source;
        try
        {
            source = format.Open(new KeptOpenStream(stream), fileName, options);
        }
        catch (PolicyDataException e)
        {
            pipeline.FileProblem(fileName, e.Message, null);
            return;
        }

        using (source)
        {
            pipeline.Read(source);
        }
    }
}
