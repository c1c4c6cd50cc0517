using Jilin.Urbanization.Domain.Tool.Cli;

// jilin-urbanization: the supervision office's tool (issue 26). All the work is in ToolRunner, so tests run the very
// same root command in process, with their own writers.
// The tool handles an interrupt itself: the token is cancelled, the work stops at its next check and cleans up (a
// record's temporary file) before the process ends. System.CommandLine's own handler ends the invocation at once,
// which let the process exit in the middle of a write.
using var interrupt = new System.Threading.CancellationTokenSource();
using var onInterrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
return ToolRunner.Run(args, ToolEnvironment.FromConsole(), interrupt.Token);

void Stop(System.Runtime.InteropServices.PosixSignalContext context)
{
    context.Cancel = true;
    interrupt.Cancel();
}
