using System.Text;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// How <see cref="IntakeReader"/> reads a file: which formats it knows, the text encoding (or detection), the
/// file's defaults for who reported it and when (填报单位, 填报日期), how many problems a report keeps, and strict mode.
/// </summary>
public sealed record IntakeOptions
{
    /// <summary>The formats of <see cref="IntakeFormats.Default"/>, no named encoding, no file defaults, 1,000 problems kept, not strict.</summary>
    public static IntakeOptions Default { get; } = new();

    /// <summary>
    /// The formats a file or stream may be (asked in order, see <see cref="IntakeFormat.Recognizes"/>); by default
    /// CSV, TSV and JSON. A companion package adds its own: <c>options with { Formats = IntakeFormats.With(…) }</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public ValueList<IntakeFormat> Formats { get; init => field = Guard.Against.Null(value, nameof(Formats)); } = IntakeFormats.Default;

    /// <summary>
    /// The text encoding of a text file, when the caller knows it (<c>Encoding.GetEncoding("GB18030")</c> after
    /// registering <see cref="CodePagesEncodingProvider"/>); null (the default) detects it: a byte-order mark (UTF-8,
    /// UTF-16), else UTF-8 when the bytes are valid UTF-8, else GB18030 (what Excel saves on a Chinese Windows).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The recording day (填报日期) and body (填报单位) of rows that do not give their own.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public TrackingReadOptions FileDefaults { get; init => field = Guard.Against.Null(value, nameof(FileDefaults)); } = TrackingReadOptions.None;

    /// <summary>The most problems a <see cref="ValidationReport"/> lists (the rest are counted, not kept); 1,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">(init) The value is less than 1.</exception>
    public int ProblemLimit { get; init => field = Guard.Against.NegativeOrZero(value, nameof(ProblemLimit)); } = 1000;

    /// <summary>True to throw a <see cref="PolicyDataException"/> at the first problem instead of collecting them all.</summary>
    public bool Strict { get; init; }

    /// <summary>How many rows at the top of a table are searched for the header row (title rows may stand above it); 20 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">(init) The value is less than 1.</exception>
    public int HeaderSearchRows { get; init => field = Guard.Against.NegativeOrZero(value, nameof(HeaderSearchRows)); } = 20;

    /// <summary>Readable form of the options.</summary>
    /// <returns>The formats, encoding, limit and mode.</returns>
    public override string ToString() =>
        $"IntakeOptions: {string.Join(", ", Formats.Select(f => f.Name))}; encoding {Encoding?.WebName ?? "detected"}; {FileDefaults}; up to {ProblemLimit} problems{(Strict ? "; strict" : string.Empty)}";
}
