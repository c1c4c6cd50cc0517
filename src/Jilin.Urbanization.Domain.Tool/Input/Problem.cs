namespace Jilin.Urbanization.Domain.Tool.Input;

/// <summary>One thing wrong in what was sent, where it is (file, line, column or JSON path) and what is wrong.</summary>
/// <param name="Location">Where: <c>file.csv: line 3, column value</c>.</param>
/// <param name="Message">What is wrong, in the library's words.</param>
internal sealed record Problem(string Location, string Message)
{
    /// <summary>The one line printed for it: <c>location: message</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
