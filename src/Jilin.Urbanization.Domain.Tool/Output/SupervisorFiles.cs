using Jilin.Urbanization.Domain.Supervision;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Output;

/// <summary>The supervisor the supervision commands work with: the tracking log and the supervision log, both read from files.</summary>
internal static class SupervisorFiles
{
    /// <summary>A supervisor over the two logs, with the default rules (<see cref="LightRules.Default"/>).</summary>
    /// <exception cref="UsageException">A file does not exist.</exception>
    /// <exception cref="PolicyDataException">A file is not a valid log.</exception>
    /// <exception cref="ArgumentException">An entry of the supervision log does not fit the tracking log; the message names it.</exception>
    public static Supervisor Open(ToolContext context, string logPath, string? supervisionPath, bool supervisionMustExist = true)
    {
        var tracker = new ImplementationTracker(context.Catalog, LogFile.Read(context.Catalog, logPath, mustExist: true));
        return new Supervisor(tracker, SupervisionFiles.ReadLog(supervisionPath, supervisionMustExist));
    }
}
