using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
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
    public static void WithinTimeLimit(Action property) => WithinTimeLimit(property, PropertyLimit);

    /// <summary>
    /// Runs a property of <paramref name="iterations"/> iterations within <see cref="PropertyLimit"/> plus 200 ms an
    /// iteration, so the long runs (<c>LongFuzz</c>) are bounded too; each call stays bounded by <see cref="PerCallLimit"/>.
    /// </summary>
    public static void WithinTimeLimitFor(int iterations, Action property) =>
        WithinTimeLimit(property, PropertyLimit + TimeSpan.FromMilliseconds(200.0 * iterations));

    private static void WithinTimeLimit(Action property, TimeSpan limit)
    {
        var task = Task.Factory.StartNew(property, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(limit))
        {
            throw new TimeoutException($"The property did not finish within {limit.TotalSeconds} s: a reader hangs.");
        }

        task.GetAwaiter().GetResult();
    }

    /// <summary>The library's XML documentation, built beside it (GenerateDocumentationFile).</summary>
    private static readonly Lazy<Dictionary<string, XElement>> Docs = new(() =>
        XDocument.Load(Path.ChangeExtension(typeof(PolicyCatalog).Assembly.Location, ".xml"))
            .Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal));

    /// <summary>
    /// The full names of the exception types a member's XML documentation names in <c>&lt;exception cref="…"/&gt;</c>;
    /// an override or an <c>&lt;inheritdoc/&gt;</c> member takes its base member's. Empty when the member documents none.
    /// </summary>
    public static IReadOnlySet<string> DocumentedExceptions(MethodBase member)
    {
        for (var m = member; m is not null; m = m is MethodInfo info && info.GetBaseDefinition() is var b && b != info ? b : null)
        {
            if (Docs.Value.TryGetValue(DocumentationId(m), out var doc) && doc.Elements("exception").Any())
            {
                return doc.Elements("exception")
                    .Select(e => ((string)e.Attribute("cref")!)[2..])
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="thrown"/> is, or derives from, a documented exception type.</summary>
    public static bool IsDocumented(Exception thrown, IReadOnlySet<string> documented)
    {
        for (var t = thrown.GetType(); t is not null; t = t.BaseType)
        {
            if (documented.Contains(t.FullName!))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The C# compiler's documentation id of a method or constructor (<c>M:Ns.Type.Name(System.String,System.Int32)</c>).</summary>
    public static string DocumentationId(MethodBase member)
    {
        var type = member.DeclaringType!;
        if (type.IsConstructedGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            member = definition.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .OfType<MethodBase>()
                .Single(m => m.MetadataToken == member.MetadataToken);
            type = definition;
        }

        var name = member is ConstructorInfo ? "#ctor" : member.Name.Replace('.', '#');
        if (member is MethodInfo { IsGenericMethodDefinition: true } generic)
        {
            name += "``" + generic.GetGenericArguments().Length;
        }

        var parameters = member.GetParameters();
        var list = parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";
        var conversion = member is MethodInfo { Name: "op_Implicit" or "op_Explicit" } op ? "~" + TypeId(op.ReturnType) : string.Empty;
        return $"M:{TypeName(type)}.{name}{list}{conversion}";
    }

    private static string TypeName(Type type) => (type.FullName ?? $"{type.Namespace}.{type.Name}").Replace('+', '.');

    private static string TypeId(Type type)
    {
        if (type.IsByRef)
        {
            return TypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return TypeId(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = TypeName(type.GetGenericTypeDefinition());
            return definition[..definition.IndexOf('`', StringComparison.Ordinal)] + "{" + string.Join(",", type.GetGenericArguments().Select(TypeId)) + "}";
        }

        return TypeName(type);
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
            catalog.RankDepartments(document.Id);
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
