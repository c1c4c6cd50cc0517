using System.Diagnostics;
using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Helpers for the reliability tests: run a reader on hostile input and let only the documented exception
/// through (anything else propagates and fails the property, with the input printed by CsCheck); bound
/// every property by wall-clock time so a hang fails instead of stalling the suite.
/// </summary>
internal static class Documented
{
    /// <summary>How long one call of a reader on one input may take before it counts as a hang.</summary>
    public static readonly TimeSpan PerCallLimit = TimeSpan.FromSeconds(2);

    /// <summary>How long a whole property may run (its iterations are bounded too; this catches a hang).</summary>
    public static readonly TimeSpan PropertyLimit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs <paramref name="read"/>: returns its result, or null when it threw a <see cref="PolicyDataException"/>
    /// with a location and a message. Any other exception propagates. A call slower than
    /// <see cref="PerCallLimit"/> fails.
    /// </summary>
    public static T? ResultOrPolicyDataException<T>(Func<T> read)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        T? result;
        try
        {
            result = read();
        }
        catch (PolicyDataException e)
        {
            if (string.IsNullOrWhiteSpace(e.Location) || string.IsNullOrWhiteSpace(e.Message))
            {
                throw new InvalidOperationException("A PolicyDataException without a location or message escaped.", e);
            }

            result = null;
        }

        if (clock.Elapsed > PerCallLimit)
        {
            throw new TimeoutException($"One call took {clock.Elapsed.TotalSeconds:0.0} s (limit {PerCallLimit.TotalSeconds} s).");
        }

        return result;
    }

    /// <summary>Runs a whole property on a worker thread and fails if it does not finish within <see cref="PropertyLimit"/>.</summary>
    public static void WithinTimeLimit(Action property)
    {
        var task = Task.Factory.StartNew(property, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(PropertyLimit))
        {
            throw new TimeoutException($"The property did not finish within {PropertyLimit.TotalSeconds} s: a reader hangs.");
        }

        task.GetAwaiter().GetResult();
    }

    public static byte[] Write(PolicyCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteJson(stream);
        return stream.ToArray();
    }

    public static PolicyCatalog Read(byte[] json) => PolicyCatalog.ReadJson(new MemoryStream(json, writable: false));

    /// <summary>
    /// Uses every part of the public surface of a catalog a reader returned, so a half-valid object (a null where
    /// none may be, a lead the mode contradicts, a number that indexes nothing) fails here rather than in a user's app.
    /// </summary>
    public static void Exercise(PolicyCatalog catalog)
    {
        var sink = new StringBuilder();
        sink.Append(catalog);
        foreach (var department in catalog.Departments.All)
        {
            sink.Append(department).Append(department.FullName).Append(department.EnglishName);
            catalog.Departments.Get(department.Id).Should().BeSameAs(department);
            catalog.FindDepartment(department.Id.ToString()).Should().BeSameAs(department);
            foreach (var name in Jilin.Urbanization.Domain.Departments.DepartmentRegistry.NamesOf(department))
            {
                sink.Append(name);
                catalog.Departments.TryResolve(name, out _);
            }

            catalog.MeasuresLedBy(department.Id).Where(m => !(m.Responsibility.Lead!.Id == department.Id)).Should().BeEmpty();
            catalog.MeasuresInvolving(department.Id).Where(m => !(m.Responsibility.Involves(department.Id))).Should().BeEmpty();
            catalog.PartnersOf(department.Id.ToString());
        }

        catalog.RankDepartments();
        foreach (var document in catalog.Documents)
        {
            sink.Append(document).Append(document.Source).Append(document.Label).Append(document.ImplicitImplementer);
            catalog.GetDocument(document.Id).Should().BeSameAs(document);
            catalog.RankDepartments(document.Id.ToString());
            foreach (var p in document.TitleLines.Concat(document.Preamble).Concat(document.Closing))
            {
                sink.Append(p).Append(p.Span);
            }

            foreach (var chapter in document.Chapters)
            {
                sink.Append(chapter);
                document.GetChapter(chapter.Number).Should().BeSameAs(chapter);
                document.GroupsIn(chapter.Number).Where(g => !(g.ChapterNumber == chapter.Number)).Should().BeEmpty();
            }

            foreach (var group in document.Groups)
            {
                sink.Append(group).Append(group.Text);
                document.GetGroup(group.Number).Should().BeSameAs(group);
                document.MeasuresIn(group.Number).Where(m => !(m.GroupNumber == group.Number)).Should().BeEmpty();
            }

            foreach (var measure in document.Measures)
            {
                sink.Append(measure).Append(measure.Responsibility).Append(measure.Responsibility.Explanation);
                document.GetMeasure(measure.Number).Should().BeSameAs(measure);
                catalog.GetMeasure(measure.Id).Should().BeSameAs(measure);
                catalog.GetMeasure(measure.Id.ToString()).Should().BeSameAs(measure);
                MeasureId.Parse(measure.Id.ToString()).Should().Be(measure.Id);
                foreach (var mention in measure.Responsibility.Departments)
                {
                    sink.Append(mention).Append(mention.Span);
                }
            }

            foreach (var erratum in document.Errata)
            {
                sink.Append(erratum);
            }
        }
    }
}
