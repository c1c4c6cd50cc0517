using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// A kind of file intake reads: how to recognise it (by its first bytes and its extension) and how to open it as a
/// source (<see cref="IntakeSource"/>). The built-in ones are <see cref="IntakeFormats"/>; a companion package adds
/// its own (the Excel package's <c>.xlsx</c>) to <see cref="IntakeOptions.Formats"/>.
/// </summary>
public abstract class IntakeFormat
{
    /// <summary>Creates a format.</summary>
    /// <param name="name">The format's name in messages (<c>CSV</c>, <c>Excel workbook</c>).</param>
    /// <param name="extensions">The file extensions it is usually saved with, with the dot, lower case (<c>.csv</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    protected IntakeFormat(string name, params string[] extensions)
    {
        Name = Guard.Against.Null(name);
        Extensions = Guard.Against.Null(extensions).ToValueList();
    }

    /// <summary>The format's name in messages.</summary>
    public string Name { get; }

    /// <summary>The file extensions the format is usually saved with (<c>.csv</c>), lower case, with the dot.</summary>
    public ValueList<string> Extensions { get; }

    /// <summary>
    /// True when the file's first bytes are of this format: a zip signature for a workbook, <c>{</c> for JSON. A text
    /// format that takes any text answers true for anything that is not binary; the reader asks the formats in order,
    /// preferring one whose extension matches too.
    /// </summary>
    /// <param name="head">Up to the first 4,096 bytes of the file (fewer for a shorter file).</param>
    /// <returns>True when the content is of this format.</returns>
    public abstract bool Recognizes(ReadOnlySpan<byte> head);

    /// <summary>Opens <paramref name="stream"/> (positioned at its start) as a source; the source owns the stream and disposes it.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="fileName">The file's name as locations show it.</param>
    /// <param name="options">The reader's options (<see cref="IntakeOptions.Encoding"/> for text formats).</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyDataException">The file cannot be opened as this format; the location names the file.</exception>
    public abstract IntakeSource Open(Stream stream, string fileName, IntakeOptions options);

    /// <summary>The format's name.</summary>
    /// <returns>The name and extensions.</returns>
    public override string ToString() => $"{Name} ({string.Join(", ", Extensions)})";
}
