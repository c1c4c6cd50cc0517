namespace Jilin.Urbanization.Domain.Tool.Input;

/// <summary>One thing wrong in what was sent, where it is (file, line and column, or JSON path) and what is wrong.</summary>
/// <param name="Location">Where, as compilers write it: <c>file.csv:3:42</c>, <c>tracking.json:$.observations[0]</c>.</param>
/// <param name="Message">What is wrong, in the library's words.</param>
internal sealed record Problem(string Location, string Message)
{
    /// <summary>The problem a library error in <paramref name="file"/> describes, its location prefixed by the file.</summary>
    public static Problem From(string file, PolicyDataException error) =>
        new(string.IsNullOrEmpty(error.Location) ? file : $"{file}:{error.Location}", MessageOf(error));

    /// <summary>The library's message without its trailing <c>(at location)</c>, which the tool prints in front.</summary>
    public static string MessageOf(PolicyDataException error)
    {
        var suffix = $" (at {error.Location})";
        return error.Message.EndsWith(suffix, StringComparison.Ordinal) ? error.Message[..^suffix.Length] : error.Message;
    }

    /// <summary>The one line printed for it: <c>location: message</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
