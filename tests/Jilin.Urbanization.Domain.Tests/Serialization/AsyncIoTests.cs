using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
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
