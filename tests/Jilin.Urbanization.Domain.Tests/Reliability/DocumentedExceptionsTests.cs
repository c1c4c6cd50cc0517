using System.Collections;
using System.Reflection;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Testing;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// The documentation says what each entry point throws, and this holds it to that: every public method and
/// constructor of the library, found by reflection, is called with bad input of every kind its parameters take
/// (null, empty, whitespace variants, control and zero-width characters, a formula, a very long string; negative and
/// extreme numbers; undefined enum values; the first and last dates; unreadable and unwritable streams; lists holding
/// null). Whatever it throws must be, or derive from, a type its XML documentation names in an
/// <c>&lt;exception&gt;</c> tag (the same types <c>docs/exceptions.md</c> lists per entry point). A
/// NullReferenceException, OverflowException or IndexOutOfRangeException is never documented, so it always fails.
/// </summary>
public class DocumentedExceptionsTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    /// <summary>An instance of each type whose instance methods are probed (the first assignable one is used).</summary>
    private static readonly object[] Instances = BuildInstances();

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var member in ProbedMembers())
        {
            data.Add(Documented.DocumentationId(member));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Bad_input_gets_only_a_documented_exception(string member)
    {
        var method = ProbedMembers().First(m => Documented.DocumentationId(m) == member);
        var documented = Documented.DocumentedExceptions(method);
        var parameters = method.GetParameters();
        var values = parameters.Select(p => BadValues(p.ParameterType)).ToArray();
        var probes = values.Length == 0 ? 1 : values.Max(v => v.Length);
        var target = method.IsStatic || method is ConstructorInfo ? null : InstanceOf(method.DeclaringType!);

        for (var probe = 0; probe < probes; probe++)
        {
            var args = values.Select(v => v[probe % v.Length]).ToArray();
            var thrown = Call(method, target, args);
            if (thrown is PolicyDataException { Message.Length: >= MessageBound } or PolicyDataException { Location.Length: >= MessageBound })
            {
                throw new Xunit.Sdk.XunitException($"{member} gave a message of {thrown.Message.Length} characters, for the arguments ({string.Join(", ", args.Select(Describe))}); messages quote a bounded part of the input.");
            }

            if (thrown is not null && !Documented.IsDocumented(thrown, documented))
            {
                throw new Xunit.Sdk.XunitException(
                    $"{member} threw {thrown.GetType().FullName}, which its <exception> documentation does not name "
                    + $"(documented: {(documented.Count == 0 ? "none" : string.Join(", ", documented))}), for the arguments "
                    + $"({string.Join(", ", args.Select(Describe))}): {thrown.Message}");
            }
        }
    }

    /// <summary>
    /// The longest message (and location) a reader may give, however large its input: messages quote at most
    /// <c>StrictText.QuoteLimit</c> characters of input and locations at most <c>StrictText.LocationLimit</c> (issue 23).
    /// </summary>
    private const int MessageBound = 1_000;

    /// <summary>Huge hostile inputs for every reader: a 100 kB column named twice, a 200 kB member name with a syntax error inside, and more.</summary>
    public static TheoryData<string> HugeInputs() => [.. HugeInputCases().Select(c => c.Name)];

    private static IEnumerable<(string Name, Func<object> Read)> HugeInputCases()
    {
        var huge = new string('a', 100_000);
        var longer = new string('字', 200_000);
        static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
        var csvs = new (string Name, string Text)[]
        {
            ("a column named twice", $"{huge},{huge}\n1,2\n"),
            ("synonyms with huge values", $"target,indicator,value\n{huge},{huge},1\n"),
            ("a huge target", $"target,value,unit,observedOn\n{huge},1,%,2025-01-01\n"),
            ("a huge date", $"target,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,1,%,{longer}\n"),
        };
        var jsons = new (string Name, string Text)[]
        {
            ("a syntax error inside a huge member name", $"{{\"version\": 1, \"observations\": [{{\"{longer}\": x}}]}}"),
            ("a huge member name before a syntax error", $"{{\"{longer}\": 1, \"x\": }}"),
            ("a huge unknown member", $"{{\"version\": 1, \"observations\": [{{\"{longer}\": 1}}]}}"),
            ("a huge member given twice", $"{{\"version\": 1, \"observations\": [{{\"{longer}\": 1, \"{longer}\": 2}}]}}"),
            ("a huge string value", $"{{\"version\": 1, \"observations\": [{{\"target\": \"{longer}\", \"value\": 1, \"unit\": \"%\", \"observedOn\": \"2025-01-01\"}}]}}"),
        };
        foreach (var (name, text) in csvs)
        {
            yield return ($"observations CSV: {name}", () => Jilin.Urbanization.Domain.Tracking.TrackingLogReader.ReadObservationsCsv(Catalog, new StringReader(text)));
            yield return ($"status CSV: {name}", () => Jilin.Urbanization.Domain.Tracking.TrackingLogReader.ReadStatusUpdatesCsv(Catalog, new StringReader(text)));
            yield return ($"progress CSV: {name}", () => ProgressReport.ReadCsv(new StringReader(text), Catalog));
        }

        foreach (var (name, text) in jsons)
        {
            yield return ($"tracking JSON: {name}", () => Jilin.Urbanization.Domain.Tracking.TrackingLogReader.ReadJson(Catalog, Utf8(text)));
            yield return ($"progress JSON: {name}", () => ProgressReport.ReadJson(Utf8(text), Catalog));
            yield return ($"catalog JSON: {name}", () => PolicyCatalog.ReadJson(Utf8(text)));
            yield return ($"divisions JSON: {name}", () => Jilin.Urbanization.Domain.Divisions.DivisionRegistry.Load(Utf8(text)));
        }
    }

    [Theory]
    [MemberData(nameof(HugeInputs))]
    public void Every_reader_gives_a_bounded_message_and_location_for_huge_input(string input)
    {
        var read = HugeInputCases().Single(c => c.Name == input).Read;

        var act = () => read();

        var error = act.Should().Throw<PolicyDataException>().Which;
        error.Message.Length.Should().BeLessThan(MessageBound, error.Message[..Math.Min(300, error.Message.Length)]);
        error.Location.Length.Should().BeLessThan(MessageBound);
    }

    [Fact]
    public void The_probe_reaches_the_public_surface()
    {
        var members = ProbedMembers().ToList();

        members.Count.Should().BeGreaterThan(150, "the public surface has hundreds of methods and constructors");
        members.Should().Contain(m => m.DeclaringType == typeof(Unit) && m.Name == nameof(Unit.Parse));
        members.Should().Contain(m => m.Name == nameof(ExportTable<MeasureRow>.Write));
        members.Should().Contain(m => m.DeclaringType == typeof(MeasureId) && m.Name == nameof(MeasureId.Parse));
        members.Should().Contain(m => m.DeclaringType == typeof(PolicyCatalog) && m.Name == nameof(PolicyCatalog.ReadJson));
    }

    [Fact]
    public void The_documentation_reader_finds_what_a_member_documents()
    {
        var parse = typeof(Unit).GetMethod(nameof(Unit.Parse))!;

        Documented.DocumentationId(parse).Should().Be("M:Jilin.Urbanization.Domain.Targets.Unit.Parse(System.String)");
        Documented.DocumentedExceptions(parse).Should().BeEquivalentTo("System.ArgumentNullException", "System.FormatException");
        Documented.IsDocumented(new PolicyDataException("x", "y"), Documented.DocumentedExceptions(parse)).Should().BeTrue("a subclass of a documented type is documented");
        Documented.IsDocumented(new OverflowException(), Documented.DocumentedExceptions(parse)).Should().BeFalse();
    }

    private static IEnumerable<MethodBase> ProbedMembers() =>
        typeof(PolicyCatalog).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
            // The progress readers are being replaced (implementation tracking); their successors join this probe.
            .Where(t => t != typeof(ProgressReport) && t != typeof(ProgressEntry))
            // Queries/ is being reworked in parallel (typed ids, suggestions); its members join this probe after the merge.
            .Where(t => t.Namespace?.StartsWith("Jilin.Urbanization.Domain.Queries", StringComparison.Ordinal) != true)
            .Select(t => t.IsGenericTypeDefinition ? InstanceTypeFor(t) : t)
            .OfType<Type>()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .OfType<MethodBase>()
            .Where(m => !m.IsSpecialName || m is ConstructorInfo || m.Name.StartsWith("op_", StringComparison.Ordinal))
            .Where(m => !m.ContainsGenericParameters && !(m.IsAbstract))
            .Where(m => m is not ConstructorInfo || !m.DeclaringType!.IsAbstract)
            .Where(m => m.Name is not (nameof(ToString) or nameof(GetHashCode) or nameof(Equals) or "Deconstruct" or "<Clone>$"))
            .Where(m => m.GetParameters().Length > 0 || m is not ConstructorInfo)
            .Where(m => m.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsPointer && !p.ParameterType.IsByRefLike));

    /// <summary>A generic type definition is probed through the constructed type of an instance (ExportTable&lt;MeasureRow&gt;).</summary>
    private static Type? InstanceTypeFor(Type definition) =>
        Instances.Select(i => i.GetType()).SelectMany(Ancestry)
            .FirstOrDefault(t => t.IsConstructedGenericType && t.GetGenericTypeDefinition() == definition);

    private static IEnumerable<Type> Ancestry(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            yield return t;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }
    }

    private static object InstanceOf(Type type) =>
        Instances.FirstOrDefault(type.IsInstanceOfType)
        ?? throw new InvalidOperationException($"No instance of {type} to probe its methods with; add one to {nameof(BuildInstances)}.");

    private static object[] BuildInstances()
    {
        var measure = Catalog.GetMeasure("jilin-2022-county-urbanization/68");
        var target = Catalog.Targets.First(t => t.Deadline is not null);
        var observation = new Observation(target.Value, target.Unit, new LocalDate(2025, 12, 31));
        var evaluation = target.Evaluate(observation, new LocalDate(2026, 1, 1));
        var document = Catalog.GetDocument(DocumentIds.CountyUrbanization2022);
        var report = new ComplianceReport(new LocalDate(2026, 1, 1), new[] { evaluation }.ToValueList(), ValueList<TargetIndicator>.Empty, ValueList<TargetId>.Empty);
        return
        [
            Catalog, Catalog.Departments, Catalog.Places, Catalog.Labels, document, document.Chapters[0], document.Groups[0], measure,
            measure.Responsibility, measure.Responsibility.Departments[0], measure.Responsibility.Departments[0].Department,
            measure.Span, measure.Id, Catalog.Measures, target, target.Quantity, target.Unit, target.Deadline!, observation, evaluation,
            Catalog.Query(), Catalog.Places.All[0], document.Source, document.Errata.Count > 0 ? document.Errata[0] : Catalog.Documents[0].Errata[0],
            Catalog.ExportMeasures(), Catalog.ExportDepartments(), Catalog.ExportPlaces(), Catalog.ExportTargets(),
            Catalog.Labels.Of(document), document.Preamble[0], report, ComplianceTable.From(report),
            .. TrackingInstances(), .. IntakeInstances(),
            document.Id, measure.Responsibility.Departments[0].Department.Id, Catalog.Places.All[0].Id, target.Id,
            Catalog.Conditions[0].Id, Catalog.Documents.SelectMany(d => d.Errata).First().Id, .. ReportInstances(report),
            new CheckingTableWriter(),
        ];
    }

    // Intake: a CSV source and its table, a result with a problem, its report, one problem and its location, the options.
    private static object[] IntakeInstances()
    {
        var text = "指标编号,完成值,单位,统计日期\njilin-2022-county-urbanization/68/t1,x,%,2025-09-30\n"u8.ToArray();
        var result = Jilin.Urbanization.Domain.Intake.IntakeReader.Read(Catalog, new MemoryStream(text), "county.csv", Jilin.Urbanization.Domain.Intake.IntakeOptions.Default);
        var source = Jilin.Urbanization.Domain.Intake.IntakeFormats.Csv.Open(new MemoryStream(text), "county.csv", Jilin.Urbanization.Domain.Intake.IntakeOptions.Default);
        return [result, result.Report, result.Report.Problems[0], result.Report.Problems[0].Location, Jilin.Urbanization.Domain.Intake.IntakeOptions.Default, source, source.NextTable()!, Jilin.Urbanization.Domain.Intake.IntakeFormats.Csv];
    }

    // A table writer that checks its arguments as the interface asks, so its default WriteAsync is probed.
    private sealed class CheckingTableWriter : ITableFormatWriter
    {
        public ExportFormat Format => ExportFormat.Xlsx;

        public void Write(Stream stream, IReadOnlyList<Jilin.Urbanization.Domain.Reports.ReportTable> tables, System.Globalization.CultureInfo culture)
        {
            ArgumentNullException.ThrowIfNull(stream);
            ArgumentNullException.ThrowIfNull(tables);
            ArgumentNullException.ThrowIfNull(culture);
            if (!stream.CanWrite || tables.Count == 0)
            {
                throw new ArgumentException("A writable stream and one or more tables, please.");
            }
        }
    }

    // The charts and the HTML report: a chart, a report, one of its sections and one of its tables.
    private static object[] ReportInstances(ComplianceReport report)
    {
        var html = Jilin.Urbanization.Domain.Reports.HtmlReport.ForCompliance(Catalog, report);
        var section = html.Sections.First(s => s.Charts.Count > 0 && s.Tables.Count > 0);
        return [section.Charts[0], html, section, section.Tables[0]];
    }

    // The tracking model: a tracker with one figure per kind of subject and one status update, and its report's parts.
    private static object[] TrackingInstances()
    {
        var divisions = Jilin.Urbanization.Domain.Divisions.DivisionRegistry.Default;
        var meihekou = Jilin.Urbanization.Domain.Tracking.Subject.OfDivision(divisions.Resolve("梅河口").Code);
        var tracker = new Jilin.Urbanization.Domain.Tracking.ImplementationTracker(Catalog, Jilin.Urbanization.Domain.Tracking.TrackingLog.Empty)
            .Record(new Jilin.Urbanization.Domain.Tracking.ProgressObservation(
                TargetId.Parse("jilin-2022-county-urbanization/43/t1"), meihekou, new Observation(1m, Unit.Institution, new LocalDate(2022, 12, 1))))
            .Record(new Jilin.Urbanization.Domain.Tracking.StatusUpdate(
                MeasureId.Parse("jilin-2022-county-urbanization/43"), meihekou, new LocalDate(2022, 12, 1), Jilin.Urbanization.Domain.Tracking.MeasureStatus.Completed, "done"));
        var implementation = tracker.Report(new LocalDate(2023, 1, 1));
        var corrected = tracker.Record(new Jilin.Urbanization.Domain.Tracking.TrackingLog(
            [new Jilin.Urbanization.Domain.Tracking.ProgressObservation(
                TargetId.Parse("jilin-2022-county-urbanization/43/t1"), meihekou, new Observation(2m, Unit.Institution, new LocalDate(2022, 12, 1))) { RecordedOn = new LocalDate(2023, 1, 5), Reason = "统计口径调整" }], []));
        var changes = corrected.Tracker.Changes(corrected.Tracker.Scope(), new LocalDate(2023, 1, 1), new LocalDate(2022, 12, 1), new LocalDate(2023, 1, 5));
        var rollup = implementation.Targets.First(t => t.Target.Id.ToString() == "jilin-2022-county-urbanization/43/t1");
        return
        [
            divisions, divisions.All[0], divisions.All[0].Code, new Jilin.Urbanization.Domain.Divisions.DivisionCodeTypeConverter(), meihekou,
            tracker, tracker.Log, tracker.Subjects, tracker.Scope(), implementation, corrected, changes, tracker.Log.Observations[0].Key, changes.Entries[0], rollup, rollup.Results[0], implementation.Measures[0],
            implementation.Departments[0], implementation.Counties[0], tracker.Log.Observations[0], tracker.Log.StatusUpdates[0],
            Jilin.Urbanization.Domain.Export.TargetProgressTable.From(implementation), Jilin.Urbanization.Domain.Export.DepartmentProgressTable.From(implementation),
            Jilin.Urbanization.Domain.Export.CountyProgressTable.From(implementation),
            Jilin.Urbanization.Domain.Export.ImplementationReportJson.From(implementation),
            .. SupervisionInstances(tracker),
        ];
    }

    // Supervision: a supervisor over the tracker above, its lights, a notice issued and the log holding it.
    private static object[] SupervisionInstances(Jilin.Urbanization.Domain.Tracking.ImplementationTracker tracker)
    {
        var supervisor = new Jilin.Urbanization.Domain.Supervision.Supervisor(tracker, Jilin.Urbanization.Domain.Supervision.SupervisionLog.Empty);
        var asOf = new LocalDate(2023, 1, 10);
        var lights = supervisor.Lights(tracker.Scope().InDocument(Jilin.Urbanization.Domain.Documents.DocumentId.CountyUrbanization2022), asOf);
        var notice = supervisor.DraftNotices(tracker.Scope().InDocument(Jilin.Urbanization.Domain.Documents.DocumentId.CountyUrbanization2022), asOf, asOf)[0];
        var issued = supervisor.Record(notice);
        var ranking = issued.Rank(new NodaTime.DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 3, 31)));
        return
        [
            issued, issued.Log, lights, lights.Rules, lights.Items[0], lights.Items[0].Item, lights.Counties[0], notice, notice.Items[0],
            lights.Items.First(l => l.Schedule is not null).Schedule!, ranking, ranking.Counties[0], ranking.Weights,
            new Jilin.Urbanization.Domain.Supervision.NoticeReply { Notice = notice.Number, RepliedOn = asOf, RecordedOn = asOf, RecordedBy = notice.Body, Text = "收到" },
        ];
    }

    private static object?[] BadValues(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return [null, .. BadValues(inner)];
        }

        if (type == typeof(string))
        {
            return [null, string.Empty, " ", "\u3000", "\0", "\u200B", "x\t", "=1+1", "\uFEFFx", new string('字', 20_000)];
        }

        if (type == typeof(int))
        {
            return [-1, 0, int.MinValue, int.MaxValue];
        }

        if (type == typeof(decimal))
        {
            return [decimal.MaxValue, decimal.MinValue, 7.9e28m, 0.0000000000000000000000000001m];
        }

        if (type == typeof(LocalDate))
        {
            return [LocalDate.MinIsoValue, LocalDate.MaxIsoValue];
        }

        if (type.IsEnum)
        {
            return [Enum.ToObject(type, 0), Enum.ToObject(type, 999)];
        }

        if (type == typeof(Stream))
        {
            var garbage = new MemoryStream();
            garbage.Write([0xEF, 0xBB, 0xBF, 0x00, 0xFF]);
            garbage.Position = 0;
            return [null, new MemoryStream([], writable: false), new WriteOnlyStream(), garbage];
        }

        if (type == typeof(TextReader))
        {
            return [null, new StringReader("\0"), new StringReader("=1+1,\"")];
        }

        if (type == typeof(byte[]))
        {
            return [null, Array.Empty<byte>(), new byte[] { 0xFF, 0xFE }];
        }

        if (type == typeof(IClock))
        {
            return [null, new FakeClock(Instant.MaxValue), new FakeClock(Instant.MinValue)];
        }

        if (type.IsValueType)
        {
            return [Activator.CreateInstance(type)];
        }

        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
            : null;
        if (element is not null && !element.IsValueType && type.IsAssignableFrom(element.MakeArrayType()))
        {
            var withNull = Array.CreateInstance(element, 1);
            return [null, withNull];
        }

        return [null];
    }

    private static Exception? Call(MethodBase method, object? target, object?[] args)
    {
        try
        {
            var result = method is ConstructorInfo ctor ? ctor.Invoke(args) : method.Invoke(target, args);
            if (result is IEnumerable sequence and not string)
            {
                foreach (var _ in sequence.Cast<object?>().Take(1000))
                {
                    // Deferred queries throw when enumerated; that counts too.
                }
            }

            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return e.InnerException;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return e;
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string { Length: > 20 } s => $"a string of {s.Length} characters",
        string s => $"\"{Jilin.Urbanization.Domain.Data.StrictText.Quote(s)}\"",
        _ => value.ToString() ?? value.GetType().Name,
    };

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}
