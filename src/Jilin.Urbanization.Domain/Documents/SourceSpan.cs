using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>
/// Where a text element stands in its seed file: the seed's characters at
/// [<see cref="Offset"/>, <see cref="Offset"/> + <see cref="Length"/>) equal the element's text.
/// </summary>
/// <param name="SeedFile">The seed file's name, e.g. <c>003_45457a5d941c424b.txt</c>.</param>
/// <param name="Offset">Zero-based offset in UTF-16 code units into the seed text (decoded from UTF-8); 0 or more.</param>
/// <param name="Length">Length in UTF-16 code units; 0 or more, and <c>Offset + Length</c> at most <see cref="int.MaxValue"/>.</param>
/// <param name="Line">One-based line number of the first character.</param>
/// <param name="Column">One-based column (in UTF-16 code units) of the first character.</param>
/// <exception cref="ArgumentNullException"><paramref name="SeedFile"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException">
/// <paramref name="Offset"/> or <paramref name="Length"/> is negative, or their sum exceeds <see cref="int.MaxValue"/>
/// (so <see cref="End"/> and <see cref="Contains"/> never overflow).
/// </exception>
public readonly record struct SourceSpan(string SeedFile, int Offset, int Length, int Line, int Column)
{
    /// <summary>The seed file's name, e.g. <c>003_45457a5d941c424b.txt</c>.</summary>
    public string SeedFile { get; init => field = Guard.Against.Null(value, nameof(SeedFile)); } = Guard.Against.Null(SeedFile);

    /// <summary>Zero-based offset in UTF-16 code units into the seed text (decoded from UTF-8); 0 or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or the span would end beyond <see cref="int.MaxValue"/>.</exception>
    public int Offset { get; init => field = CheckEnd(value, Length, nameof(Offset)); } = CheckEnd(Offset, Length, nameof(Offset));

    /// <summary>Length in UTF-16 code units; 0 or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or the span would end beyond <see cref="int.MaxValue"/>.</exception>
    public int Length { get; init => field = CheckEnd(Offset, value, nameof(Length)); } = CheckEnd(Offset, Length, nameof(Length));

    /// <summary>The offset just past the span's last character.</summary>
    public int End => Offset + Length;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span (same seed file).</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(SourceSpan other) =>
        string.Equals(SeedFile, other.SeedFile, StringComparison.Ordinal) && other.Offset >= Offset && other.End <= End;

    /// <summary>Returns the characters of <paramref name="seedText"/> that this span covers.</summary>
    /// <param name="seedText">The whole seed text the span was taken from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seedText"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit inside <paramref name="seedText"/>.</exception>
    public string Slice(string seedText)
    {
        ArgumentNullException.ThrowIfNull(seedText);
        if (Offset < 0 || Length < 0 || End > seedText.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(seedText),
                $"Span {this} does not fit inside a text of {seedText.Length} characters.");
        }

        return seedText.Substring(Offset, Length);
    }

    private static int CheckEnd(int offset, int length, string name)
    {
        var value = name == nameof(Offset) ? offset : length;
        if (offset < 0 || length < 0 || (long)offset + length > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                name,
                value,
                $"A span needs offset ≥ 0 and length ≥ 0 with offset + length ≤ {int.MaxValue} (offset {offset}, length {length}).");
        }

        return value;
    }

    /// <summary>Readable form: <c>file:line:column (+length)</c>.</summary>
    public override string ToString() => $"{SeedFile}:{Line}:{Column} (+{Length})";
}
