using System.Diagnostics;
using System.Runtime;
using Jilin.Urbanization.Domain.Catalog;

// LoadAndQuery, instrumented: the same query; with STARTUP_TRACE=1, what the cold path cost in JIT compilations,
// loaded assemblies and time (stderr, so stdout stays the answer).
var mode = Environment.GetEnvironmentVariable("STARTUP_TRACE");
var trace = mode is "1" or "split";
var jitBefore = JitInfo.GetCompiledMethodCount();
var jitTimeBefore = JitInfo.GetCompilationTime();
var assembliesBefore = AppDomain.CurrentDomain.GetAssemblies().Length;
var clock = Stopwatch.StartNew();
if (mode == "split")
{
    // NodaTime's first use on its own (its assembly, and System.Xml for the IXmlSerializable its structs implement).
    _ = new NodaTime.LocalDate(2025, 12, 31);
    Console.Error.WriteLine($"first LocalDate {clock.Elapsed.TotalMilliseconds:F2} ms");
    clock.Restart();
}

var catalog = PolicyCatalog.Default;
var loaded = clock.Elapsed;
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

return led.Count > 0 ? 0 : 1;
