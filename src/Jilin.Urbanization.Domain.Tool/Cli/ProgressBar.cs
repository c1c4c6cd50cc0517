namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>
/// A one-line progress bar on standard error, drawn only when standard error is a terminal; redirected, it writes
/// nothing, so logs and pipes never see it. Cleared when the work ends.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private const int Width = 30;
    private readonly ToolEnvironment environment;
    private readonly int total;
    private bool drawn;

    public ProgressBar(ToolEnvironment environment, int total)
    {
        this.environment = environment;
        this.total = Math.Max(total, 1);
    }

    /// <summary>Shows <paramref name="done"/> of the total, with what is being worked on.</summary>
    public void Report(int done, string what)
    {
        if (!environment.ErrorIsTerminal)
        {
            return;
        }

        var filled = Width * Math.Clamp(done, 0, total) / total;
        var label = what.Length > 40 ? "…" + what[^39..] : what;
        environment.Error.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {done}/{total} {label}\e[K");
        environment.Error.Flush();
        drawn = true;
    }

    /// <summary>Clears the bar's line.</summary>
    public void Dispose()
    {
        if (drawn)
        {
            environment.Error.Write("\r\e[K");
            environment.Error.Flush();
        }
    }
}
