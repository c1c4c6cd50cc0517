using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>CSV or TSV: text (no NUL byte unless UTF-16 with its mark); TSV recognises text whose first lines are separated by tabs.</summary>
internal sealed class DelimitedFormat(string name, char? separator, params string[] extensions) : IntakeFormat(name, extensions)
{
    public override bool Recognizes(ReadOnlySpan<byte> head)
    {
        var utf16 = head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (!utf16 && head.Contains((byte)0))
        {
            return false;
        }

        if (separator is null)
        {
            return true;
        }

        // Tabs are ASCII in UTF-8 and GB18030 alike; in UTF-16 a tab is 09 beside a 00.
        return DelimitedSource.GuessSeparator(head, utf16) == separator;
    }

    public override IntakeSource Open(Stream stream, string fileName, IntakeOptions options)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Null(options);
        return new DelimitedSource(IntakeText.Open(stream, options.Encoding, fileName), fileName, separator);
    }
}
