using System.Diagnostics;
using System.Runtime;
using Jilin.Urbanization.Domain.Catalog;

// LoadAndQuery, instrumented: the same query; with STARTUP_TRACE=1, what the cold path cost in JIT compilations,
// loaded assemblies and time (stderr, so stdout stays the answer). STARTUP_TRACE=split touches NodaTime on its own
// first; STARTUP_TRACE=types also lists every type the runtime loaded (TypeLoadStop events), marked before / load / after.
var mode = Environment.GetEnvironmentVariable("STARTUP_TRACE");
var trace = mode is "1" or "split" or "types";
using var typeLoads = mode == "types" ? new TypeLoadListener() : null;
var jitBefore = JitInfo.GetCompiledMethodCount();
var jitTimeBefore = JitInfo.GetCompilationTime();
var assembliesBefore = AppDomain.CurrentDomain.GetAssemblies().Length;
var clock = Stopwatch.StartNew();
var loadStarted = DateTime.UtcNow;
if (mode == "split")
{
    TouchNodaTime();
    Console.Error.WriteLine($"first LocalDate {clock.Elapsed.TotalMilliseconds:F2} ms");
    clock.Restart();
}

var catalog = PolicyCatalog.Default;
var loaded = clock.Elapsed;
var loadEnded = DateTime.UtcNow;
var jitLoaded = JitInfo.GetCompiledMethodCount();
var led = catalog.MeasuresLedBy("省住房城乡建设厅");
var answered = clock.Elapsed;
Console.WriteLine(led.Count);
if (trace)
{
    var assemblies = AppDomain.CurrentDomain.GetAssemblies();
    Console.Error.WriteLine(
        $"load {loaded.TotalMilliseconds:F2} ms, query {(answered - loaded).TotalMilliseconds:F2} ms; " +
        $"JIT-compiled methods {jitLoaded - jitBefore} in the load, {JitInfo.GetCompiledMethodCount() - jitLoaded} in the query ({(JitInfo.GetCompilationTime() - jitTimeBefore).TotalMilliseconds:F2} ms); " +
        $"assemblies {assembliesBefore} -> {assemblies.Length}");
    foreach (var assembly in assemblies.Select(a => a.GetName().Name).Order(StringComparer.Ordinal))
    {
        Console.Error.WriteLine($"  {assembly}");
    }
}

if (typeLoads is not null)
{
    Thread.Sleep(500); // runtime events arrive on the listener's thread
    var loads = typeLoads.Loads;
    Console.Error.WriteLine(
        $"type loads: {loads.Count} in the process, {loads.Count(l => l.At >= loadStarted && l.At <= loadEnded)} in the load");
    foreach (var (at, name) in loads)
    {
        Console.Error.WriteLine($"  {(at < loadStarted ? "before" : at <= loadEnded ? "load" : "after")} {name}");
    }
}

return led.Count > 0 ? 0 : 1;

// NodaTime's first use on its own (its assembly, and System.Xml for the IXmlSerializable its structs implement). A
// method of its own: a NodaTime local in Main would make ReadyToRun load NodaTime when Main starts, in every mode.
[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
static void TouchNodaTime() => _ = new NodaTime.LocalDate(2025, 12, 31).Year;

/// <summary>Collects the runtime's TypeLoadStop events (keyword TypeDiagnostic): which types a cold start loads.</summary>
internal sealed class TypeLoadListener : System.Diagnostics.Tracing.EventListener
{
    private readonly List<(DateTime At, string Name)> loads = [];

    public List<(DateTime At, string Name)> Loads
    {
        get
        {
            lock (loads)
            {
                return [.. loads];
            }
        }
    }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x8000000000);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        if (eventData.EventName == "TypeLoadStop" && eventData.Payload is { Count: > 0 } payload)
        {
            var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
            lock (loads)
            {
                loads.Add((eventData.TimeStamp.ToUniversalTime(), index >= 0 ? payload[index]?.ToString() ?? "?" : string.Join(",", payload)));
            }
        }
    }
}
