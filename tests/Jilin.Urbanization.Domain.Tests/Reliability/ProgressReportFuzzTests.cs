using System.Text;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// The progress-report readers (JSON and CSV) on hostile input: random bytes and text, and valid reports damaged
/// byte by byte or field by field. Each read returns a whole report that evaluates, or throws
/// <see cref="PolicyDataException"/> with a location; nothing else, and never hangs. The Try forms never throw.
/// </summary>
public class ProgressReportFuzzTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly LocalDate AsOf = new(2026, 1, 1);

    // A valid report: every target once, with a plausible value in its own unit, dated within its period.
    // A 1.x report holds the province's figures (全省), so only targets that bind the province take one.
    private static readonly List<Jilin.Urbanization.Domain.Targets.TargetIndicator> ProvinceTargets = Catalog.Targets.Where(t => t.Binding == Jilin.Urbanization.Domain.Targets.TargetBinding.Province).ToList();

    private static readonly string ValidCsv = "indicator,value,unit,observedOn\n" + string.Concat(ProvinceTargets.Select(t =>
        $"{t.Id},{(t.Unit.Symbol == "%" ? 50 : t.Value)},{t.Unit.Symbol},{(t.Deadline?.Date ?? new LocalDate(2024, 6, 1)).ToString("uuuu-MM-dd", null)}\n"));

    private static readonly string ValidJson = "{\"version\": 1, \"observations\": [" + string.Join(",", ProvinceTargets.Select(t =>
        $"{{\"indicator\": \"{t.Id}\", \"value\": {(t.Unit.Symbol == "%" ? 50 : t.Value)}, \"unit\": \"{t.Unit.Symbol}\", \"observedOn\": \"{(t.Deadline?.Date ?? new LocalDate(2024, 6, 1)).ToString("uuuu-MM-dd", null)}\"}}")) + "]}";

    [Fact]
    public void The_valid_reports_read_whole_and_evaluate_every_target()
    {
        var fromCsv = ProgressReport.ReadCsv(new StringReader(ValidCsv), Catalog);
        var fromJson = ProgressReport.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(ValidJson)), Catalog);

        fromCsv.Should().Be(fromJson);
        fromCsv.Evaluate(Catalog, AsOf).Results.Should().HaveCount(ProvinceTargets.Count);
    }

    [Fact]
    public void Random_bytes_give_a_report_or_a_PolicyDataException()
    {
        var gen = Gen.OneOf(Gen.Byte.Array[0, 64], Gen.Char.Array[0, 64].Select(c => Encoding.UTF8.GetBytes(new string(c))));

        Documented.WithinTimeLimit(() => gen.Sample(
            bytes =>
            {
                Documented.ResultOrPolicyDataException(() => ProgressReport.ReadJson(new MemoryStream(bytes), Catalog));
                Documented.ResultOrPolicyDataException(() => ProgressReport.ReadCsv(new StringReader(Encoding.UTF8.GetString(bytes)), Catalog));
            },
            iter: 1000));
    }

    [Fact]
    public void Damaged_json_reports_read_whole_or_are_refused_and_TryReadJson_never_throws()
    {
        var valid = Encoding.UTF8.GetBytes(ValidJson);
        var gen = from at in Gen.Int[0, valid.Length - 1]
                  from length in Gen.Int[0, 16]
                  from noise in Gen.Byte.Array[0, 6]
                  select Damage(valid, at, length, noise);

        Documented.WithinTimeLimit(() => gen.Sample(
            bytes =>
            {
                if (Documented.ResultOrPolicyDataException(() => ProgressReport.ReadJson(new MemoryStream(bytes), Catalog)) is { } report)
                {
                    EvaluatesEveryEntry(report);
                }

                var ok = ProgressReport.TryReadJson(new MemoryStream(bytes), Catalog, out var tried, out var error);
                (ok ? tried is not null && error is null : tried is null && error is not null).Should().BeTrue();
            },
            iter: 300));
    }

    [Fact]
    public void Damaged_csv_reports_read_whole_or_are_refused_at_a_row_and_column()
    {
        var gen = from at in Gen.Int[0, ValidCsv.Length - 1]
                  from length in Gen.Int[0, 12]
                  from noise in Gen.String[0, 6]
                  select ValidCsv[..at] + noise + ValidCsv[Math.Min(ValidCsv.Length, at + length)..];

        Documented.WithinTimeLimit(() => gen.Sample(
            text =>
            {
                try
                {
                    EvaluatesEveryEntry(ProgressReport.ReadCsv(new StringReader(text), Catalog));
                }
                catch (PolicyDataException e)
                {
                    e.Location.Should().MatchRegex(@"^(the file|row \d+(, column [A-Z]+( \([\s\S]*\))?)?)$", "CSV errors name the row and column (letter and header)");
                    e.Message.Should().NotBeNullOrWhiteSpace();
                }

                ProgressReport.TryReadCsv(new StringReader(text), Catalog, out _, out _);
            },
            iter: 300));
    }

    /// <summary>
    /// An accepted report evaluates every entry. Damage can move a date into the future (2025 → 2085), which reads
    /// fine; evaluating as of a day before an observation is refused by design, so the day is the later of
    /// <see cref="AsOf"/> and the latest observation.
    /// </summary>
    private static void EvaluatesEveryEntry(ProgressReport report)
    {
        var asOf = report.Entries.Select(e => e.Observation.ObservedOn).Append(AsOf).Max();
        if (report.Entries.Any(e => Catalog.GetTarget(e.TargetId).Binding != Jilin.Urbanization.Domain.Targets.TargetBinding.Province))
        {
            // Damage can turn an id into one of a target that binds each county: a province figure cannot judge it.
            FluentActions.Invoking(() => report.Evaluate(Catalog, asOf)).Should().Throw<ArgumentException>().WithMessage("*binds each county*");
            return;
        }

        report.Evaluate(Catalog, asOf).Results.Should().HaveCount(report.Entries.Count);
    }

    private static byte[] Damage(byte[] valid, int at, int length, byte[] noise)
    {
        var end = Math.Min(valid.Length, at + length);
        return [.. valid[..at], .. noise, .. valid[end..]];
    }
}
