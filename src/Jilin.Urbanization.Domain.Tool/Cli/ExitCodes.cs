namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>The tool's exit codes, named once (as dotnet-format names its own).</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>check</c>: every entry is valid.</summary>
    public const int Success = 0;

    /// <summary>The data has problems (a row, a file, a log), each printed as one line with its location.</summary>
    public const int Problems = 1;

    /// <summary>The command line is wrong: an unknown option, a missing file, a name that resolves to nothing.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl+C, SIGTERM) before the work was committed: nothing was written.</summary>
    public const int Interrupted = 130;
}
