using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// A file turned into tables of text cells (<see cref="IntakeTable"/>): a CSV or TSV file has one table, a workbook
/// one per worksheet, a JSON tracking file one per list. Adding a format to intake means writing a source (and an
/// <see cref="IntakeFormat"/> that recognises and opens it); the header table, the normaliser and the validator are
/// the pipeline's (<see cref="IntakeReader"/>). A source owns what it opened and releases it on <see cref="Dispose()"/>.
/// </summary>
public abstract class IntakeSource : IDisposable
{
    /// <summary>Creates a source.</summary>
    /// <param name="fileName">The file's name as locations show it (<c>梅河口-2025Q3.csv</c>); not a path the source opens.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    protected IntakeSource(string fileName) => FileName = Guard.Against.Null(fileName);

    /// <summary>The file's name as locations show it.</summary>
    public string FileName { get; }

    /// <summary>Moves to the next table of the file; null after the last. A table is read to its end (or abandoned) before the next is asked for.</summary>
    /// <returns>The next table, or null.</returns>
    /// <exception cref="PolicyDataException">The file cannot be read at all (not a workbook, text that does not decode); the location names the file.</exception>
    public abstract IntakeTable? NextTable();

    /// <summary>Releases what the source opened.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the source opened; a subclass that holds a stream or a document overrides it.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>A short description for logs and the debugger.</summary>
    /// <returns>The source's type and file name.</returns>
    public override string ToString() => $"{GetType().Name} {FileName}";
}
