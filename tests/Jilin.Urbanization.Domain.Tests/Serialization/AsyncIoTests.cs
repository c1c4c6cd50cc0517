using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Serialization;

/// <summary>Every Read/Write on streams has an async form that works on a stream forbidding synchronous I/O (an ASP.NET Core body).</summary>
public class AsyncIoTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public async Task Exports_write_asynchronously_to_a_stream_that_forbids_synchronous_io()
    {
        var table = Catalog.ExportMeasures();
        foreach (var (write, expected) in new (Func<Stream, Task>, string)[]
        {
            (s => table.WriteCsvAsync(s), table.ToCsv()),
            (s => table.WriteJsonAsync(s), table.ToJson()),
            (s => table.WriteMarkdownAsync(s), table.ToMarkdown()),
        })
        {
            var body = new AsyncOnlyStream();
            await write(body);
            System.Text.Encoding.UTF8.GetString(body.ToArray()).TrimStart('\uFEFF').Should().Be(expected);
        }
    }

    [Fact]
    public async Task The_catalog_and_a_compliance_report_round_trip_asynchronously()
    {
        var body = new AsyncOnlyStream();
        await Catalog.WriteJsonAsync(body);
        var read = await PolicyCatalog.ReadJsonAsync(new AsyncOnlyStream(body.ToArray()));
        read.Should().Be(Catalog);

        var entry = new ProgressEntry(TargetId.Parse("jilin-2022-county-urbanization/68/t1"), new Observation(78m, Unit.Percent, new LocalDate(2025, 12, 31)));
        var report = new ProgressReport([entry]).Evaluate(Catalog, new LocalDate(2026, 1, 1));
        var reportBody = new AsyncOnlyStream();
        await report.WriteJsonAsync(reportBody);
        reportBody.ToArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Progress_reports_read_asynchronously()
    {
        var json = """{"version":1,"observations":[{"indicator":"jilin-2022-county-urbanization/68/t1","value":78,"unit":"%","observedOn":"2025-12-31"}]}""";
        var fromJson = await ProgressReport.ReadJsonAsync(new AsyncOnlyStream(System.Text.Encoding.UTF8.GetBytes(json)), Catalog);
        var fromCsv = await ProgressReport.ReadCsvAsync(new StringReader("indicator,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,78,%,2025-12-31\n"), Catalog);

        fromJson.Entries.Should().ContainSingle().Which.TargetId.Should().Be(TargetId.Parse("jilin-2022-county-urbanization/68/t1"));
        fromCsv.Should().Be(fromJson);
    }

    [Fact]
    public async Task SaveAsync_writes_the_file_and_cancellation_is_honoured()
    {
        var path = Path.Combine(Path.GetTempPath(), $"targets-{Guid.NewGuid():N}.csv");
        try
        {
            var table = Catalog.ExportTargets();
            (await table.SaveAsync(path)).Should().Be(path);
            (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF').Should().Be(table.ToCsv());
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            await FluentActions.Awaiting(() => table.WriteCsvAsync(new AsyncOnlyStream(), cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Charts_reports_and_division_registries_have_async_io_that_works_on_an_async_only_stream()
    {
        var chart = DeadlineTimeline.Render(Catalog);
        var chartBody = new AsyncOnlyStream();
        await chart.WriteAsync(chartBody);
        System.Text.Encoding.UTF8.GetString(chartBody.ToArray()).Should().StartWith("<?xml").And.EndWith(chart.Markup);

        var page = new HtmlReport("测试");
        var pageBody = new AsyncOnlyStream();
        await page.WriteAsync(pageBody);
        System.Text.Encoding.UTF8.GetString(pageBody.ToArray()).Should().Be(page.ToHtml());

        var divisions = typeof(DivisionRegistry).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("divisions.json", StringComparison.Ordinal));
        await using var resource = typeof(DivisionRegistry).Assembly.GetManifestResourceStream(divisions)!;
        var bytes = new MemoryStream();
        await resource.CopyToAsync(bytes);
        var registry = await DivisionRegistry.LoadAsync(new AsyncOnlyStream(bytes.ToArray()));
        registry.Counties.Should().Equal(DivisionRegistry.Default.Counties);
    }

    [Fact]
    public async Task Charts_and_reports_save_asynchronously_to_the_same_bytes_as_the_synchronous_save()
    {
        var directory = Directory.CreateTempSubdirectory("async-save-");
        try
        {
            var chart = DeadlineTimeline.Render(Catalog);
            var page = HtmlReport.ForCompliance(Catalog, new ProgressReport([]).Evaluate(Catalog, new LocalDate(2026, 1, 1)));
            foreach (var (save, saveAsync) in new (Func<string, string>, Func<string, Task<string>>)[]
            {
                (chart.Save, p => chart.SaveAsync(p)),
                (page.Save, p => page.SaveAsync(p)),
            })
            {
                var sync = save(Path.Combine(directory.FullName, "sync"));
                var viaAsync = await saveAsync(Path.Combine(directory.FullName, "async"));
                (await File.ReadAllBytesAsync(viaAsync)).Should().Equal(await File.ReadAllBytesAsync(sync));
            }

            await FluentActions.Awaiting(() => chart.SaveAsync(" ")).Should().ThrowAsync<ArgumentException>();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Tracking_logs_read_asynchronously_to_the_same_log_as_the_synchronous_readers()
    {
        const string observations = "target,subject,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,全省,78,%,2025-12-31\n";
        var fromCsv = await TrackingLogReader.ReadObservationsCsvAsync(Catalog, new StringReader(observations));
        fromCsv.Observations.Should().Equal(TrackingLogReader.ReadObservationsCsv(Catalog, new StringReader(observations)).Observations);

        var json = System.Text.Encoding.UTF8.GetBytes("""{"version":1,"observations":[{"target":"jilin-2022-county-urbanization/68/t1","subject":"全省","value":78,"unit":"%","observedOn":"2025-12-31"}]}""");
        var fromJson = await TrackingLogReader.ReadJsonAsync(Catalog, new AsyncOnlyStream(json));
        fromJson.Observations.Should().Equal(fromCsv.Observations);

        await FluentActions.Awaiting(() => TrackingLogReader.ReadStatusUpdatesCsvAsync(Catalog, new StringReader("measure,reporter\n"), new CancellationToken(canceled: true)))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Every_public_read_write_save_or_load_on_a_stream_reader_or_path_has_an_async_twin_taking_a_cancellation_token()
    {
        var ioParameter = new[] { typeof(Stream), typeof(TextReader), typeof(TextWriter) };
        var methods = typeof(PolicyCatalog).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            .ToList();
        var missing = methods
            .Where(m => !m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.StartsWith("Try", StringComparison.Ordinal))
            .Where(m => m.Name.StartsWith("Read", StringComparison.Ordinal) || m.Name.StartsWith("Write", StringComparison.Ordinal)
                || m.Name.StartsWith("Save", StringComparison.Ordinal) || m.Name.StartsWith("Load", StringComparison.Ordinal))
            .Where(m => m.GetParameters().Any(p => ioParameter.Contains(p.ParameterType) || (m.Name.StartsWith("Save", StringComparison.Ordinal) && p.ParameterType == typeof(string))))
            .Where(m => !methods.Any(a => a.DeclaringType == m.DeclaringType && a.Name == m.Name + "Async"
                && a.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken))))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Distinct()
            .ToList();

        missing.Should().BeEmpty("every synchronous stream, reader or file operation has an async form (issue #13 point 3)");
    }

    [Fact]
    public void The_catalog_has_a_Try_twin_for_ReadJson()
    {
        PolicyCatalog.TryReadJson(new MemoryStream("{"u8.ToArray()), out var catalog, out var error).Should().BeFalse();
        catalog.Should().BeNull();
        error.Should().NotBeNull();
    }

    /// <summary>A memory stream that throws on synchronous Read, Write and Flush, as Kestrel's bodies do.</summary>
    private sealed class AsyncOnlyStream : MemoryStream
    {
        public AsyncOnlyStream()
        {
        }

        public AsyncOnlyStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(base.Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var bytes = new byte[buffer.Length];
            var read = base.Read(bytes, 0, bytes.Length);
            bytes.AsSpan(0, read).CopyTo(buffer.Span);
            return ValueTask.FromResult(read);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            base.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = buffer.ToArray();
            base.Write(bytes, 0, bytes.Length);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken) =>
            destination.WriteAsync(ToArray(), cancellationToken).AsTask();
    }
}
