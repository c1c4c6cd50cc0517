using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>The JSON tracking file: text whose first character (after a UTF-8 mark and whitespace) is <c>{</c>.</summary>
internal sealed class JsonFormat() : IntakeFormat("JSON", ".json")
{
    public override bool Recognizes(ReadOnlySpan<byte> head)
    {
        if (head is [0xEF, 0xBB, 0xBF, ..])
        {
            head = head[3..];
        }

        var first = head.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && head[first] == (byte)'{';
    }

    public override IntakeSource Open(Stream stream, string fileName, IntakeOptions options)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Null(options);
        return new JsonSource(stream, fileName);
    }
}
