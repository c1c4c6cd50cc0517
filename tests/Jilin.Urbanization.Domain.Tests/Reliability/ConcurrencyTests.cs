using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// <see cref="PolicyCatalog.Default"/> is built exactly once however many threads touch it first, and concurrent
/// queries and exports from many threads give exactly the single-threaded answers.
/// </summary>
public class ConcurrencyTests
{
    private const int Tasks = 64;
    private const int OperationsPerTask = 10_000;

    [Fact]
    public void Default_first_touched_by_many_threads_at_once_builds_exactly_one_catalog()
    {
        // Default may already be built in this process by other tests, so the library is loaded afresh into its
        // own AssemblyLoadContext, where nothing has touched Default yet. Its dependencies come from the default context.
        var context = new AssemblyLoadContext("fresh-default", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(PolicyCatalog).Assembly.Location);
            assembly.Should().NotBeSameAs(typeof(PolicyCatalog).Assembly, "a separate copy with its own statics");
            _ = PolicyCatalog.Default; // this context's Default is built, which must not count in the fresh one
            var type = assembly.GetType(typeof(PolicyCatalog).FullName!)!;
            var defaultProperty = type.GetProperty(nameof(PolicyCatalog.Default), BindingFlags.Public | BindingFlags.Static)!;
            var loadCount = type.GetProperty(nameof(PolicyCatalog.EmbeddedLoadCount), BindingFlags.NonPublic | BindingFlags.Static)!;
            ((int)loadCount.GetValue(null)!).Should().Be(0, "nothing in the fresh context has loaded the catalog yet");

            var results = Race.AtOnce(Tasks, _ => defaultProperty.GetValue(null)!);

            ((int)loadCount.GetValue(null)!).Should().Be(1, "Default loads the embedded data exactly once");
            results.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle("every thread got the same catalog");
            results[0].ToString().Should().Be(PolicyCatalog.Default.ToString());
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_lazy_holder_Default_uses_runs_its_loader_once_under_contention()
    {
        // The same construction as Default (PolicyCatalog.CreateDefault), with a loader slow enough that all
        // threads arrive while it runs.
        var calls = 0;
        var holder = PolicyCatalog.CreateDefault(() =>
        {
            Interlocked.Increment(ref calls);
            Thread.Sleep(200);
            return PolicyCatalog.LoadEmbedded();
        });

        var results = Race.AtOnce(Tasks, _ => holder.Value);

        calls.Should().Be(1);
        results.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle();
    }

    [Fact]
    public void A_failing_load_surfaces_as_its_own_PolicyDataException_on_every_thread()
    {
        var holder = PolicyCatalog.CreateDefault(() => throw new PolicyDataException("broken package", "resource"));

        var errors = Race.AtOnce(8, _ =>
        {
            try
            {
                return holder.Value;
            }
            catch (Exception e)
            {
                return (object)e;
            }
        });

        errors.Should().AllBeOfType<PolicyDataException>().And.OnlyContain(e => ((PolicyDataException)e).Location == "resource");
    }

    [Fact]
    public async Task Concurrent_queries_and_exports_give_the_single_threaded_answers()
    {
        var catalog = PolicyCatalog.Default;
        var cheap = Operations(catalog).Where(o => !o.Expensive).ToArray();
        var expensive = Operations(catalog).Where(o => o.Expensive).ToArray();
        var cheapAnswers = cheap.Select(o => o.Run()).ToArray(); // the single-threaded answers
        var expensiveAnswers = expensive.Select(o => o.Run()).ToArray();
        var clock = Stopwatch.StartNew();

        var mismatches = await Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(() =>
        {
            var wrong = new List<string>();
            for (var i = 0; i < OperationsPerTask; i++)
            {
                // Each task walks the operations from its own starting point, so different ones run at once;
                // an export or import (milliseconds each) replaces every 2,500th query.
                var (operations, answers, index) = i % 2500 == 0
                    ? (expensive, expensiveAnswers, (task + (i / 2500)) % expensive.Length)
                    : (cheap, cheapAnswers, (i + (task * 7)) % cheap.Length);
                if (!operations[index].Check(operations[index].Run(), answers[index]))
                {
                    wrong.Add($"task {task} op {i}: {operations[index].Name}");
                }
            }

            return wrong;
        })));

        mismatches.SelectMany(m => m).Should().BeEmpty();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    private sealed record Operation(string Name, Func<object> Run, Func<object, object, bool> Check, bool Expensive = false);

    private static List<Operation> Operations(PolicyCatalog catalog)
    {
        static bool Same(object a, object b) => ReferenceEquals(a, b);
        static bool SameItems(object a, object b) => ((IEnumerable<object>)a).SequenceEqual((IEnumerable<object>)b);
        static bool SameBytes(object a, object b) => ((byte[])a).AsSpan().SequenceEqual((byte[])b);
        var json = Documented.Write(catalog);
        var operations = new List<Operation>();
        foreach (var measure in catalog.Measures.Where((_, i) => i % 5 == 0))
        {
            var id = measure.Id.ToString();
            operations.Add(new($"GetMeasure({id})", () => catalog.GetMeasure(id), Same));
            operations.Add(new($"TryGetMeasure({id})", () => catalog.TryGetMeasure(MeasureId.Parse(id), out var m) ? m : "none", Same));
            operations.Add(new($"Explanation({id})", () => catalog.GetMeasure(id).Responsibility.Explanation, Equals));
        }

        foreach (var department in catalog.Departments.All.Where((_, i) => i % 3 == 0))
        {
            var name = department.Aliases.Count > 0 ? department.Aliases[0] : department.FullName;
            operations.Add(new($"Resolve({name})", () => catalog.Departments.Resolve(name), Same));
            operations.Add(new($"FindDepartment({department.Id})", () => catalog.FindDepartment(department.Id.ToString()), Same));
            operations.Add(new($"MeasuresLedBy({name})", () => catalog.MeasuresLedBy(name), SameItems));
            operations.Add(new($"MeasuresInvolving({department.Id}, doc)", () => catalog.MeasuresInvolving(department.Id, DocumentId.CountyUrbanization2022), SameItems));
            operations.Add(new($"PartnersOf({department.Id})", () => catalog.PartnersOf(department.Id.ToString()), SameItems));
        }

        operations.Add(new("RankDepartments()", () => catalog.RankDepartments(), SameItems));
        operations.Add(new("RankDepartments(2021)", () => catalog.RankDepartments(DocumentId.UrbanizationTasks2021), SameItems));
        operations.Add(new("TryResolve(unknown)", () => catalog.Departments.TryResolve("省魔法厅", out _), Equals));
        // Evaluations and exports: answers compared by value, since each call builds new result objects.
        var day = new NodaTime.LocalDate(2025, 12, 31);
        foreach (var target in catalog.Targets.Where((_, i) => i % 4 == 0))
        {
            var observation = new Jilin.Urbanization.Domain.Compliance.Observation(target.Value, target.Unit, target.Deadline?.Date ?? day);
            var asOf = (target.Deadline?.Date ?? day).PlusDays(1);
            operations.Add(new($"Evaluate({target.Id})", () => target.Evaluate(observation, asOf), Equals));
        }

        operations.Add(new("TargetsDueBy(2025)", () => catalog.TargetsDueBy(day), SameItems));
        operations.Add(new("Query(keywords)", () => catalog.Query().ContainingAny("养老", "5G", "优质").Ids(), Equals));
        operations.Add(new("ExportMeasuresCsv", () => Csv(catalog), SameBytes, Expensive: true));
        operations.Add(new("WriteJson", () => Documented.Write(catalog), SameBytes, Expensive: true));
        operations.Add(new("ReadJson", () => Documented.Read(json), Equals, Expensive: true));
        return operations;
    }

    private static byte[] Csv(PolicyCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.ExportMeasures().WriteCsv(stream);
        return stream.ToArray();
    }
}
