using System.Globalization;
using System.Text;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// The tracking readers (observations and status CSV, tracking JSON) on the hostile input classes of the other reader
/// suites: each field decorated with invisible and whitespace characters, extreme numbers, formula-like cells, very
/// long strings, and random damage to a valid file. Each read gives a log the tracker accepts and reports on, or a
/// <see cref="PolicyDataException"/> with a location — nothing else, within the time limit.
/// </summary>
public class TrackingReaderFuzzTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private const string ValidObservations = """
        target,subject,value,unit,observedOn,source,note
        jilin-2022-county-urbanization/43/t1,梅河口市,1,所,2022-12-20,梅河口市民政局报送,
        jilin-2022-county-urbanization/68/t1,全省,78,%,2025-09-30,省通信管理局,
        """;

    private const string ValidStatus = """
        measure;reporter;status;reportedOn;narrative;source
        jilin-2022-county-urbanization/26;省住房和城乡建设厅;推进中;2025-09-30;"新建水厂12座";住建厅报告
        jilin-2022-county-urbanization/26;梅河口市;滞后;2025-09-30;资金未到位;梅河口市政府
        """;

    private static readonly string[] ObservationFields = ["jilin-2022-county-urbanization/43/t1", "梅河口市", "1", "所", "2022-12-20", "梅河口市民政局报送"];

    private static void Accepts(TrackingLog? log)
    {
        if (log is null)
        {
            return;
        }

        var tracker = new ImplementationTracker(Catalog, log);
        var days = log.Observations.Select(o => o.Observation.ObservedOn).Concat(log.StatusUpdates.Select(u => u.ReportedOn)).DefaultIfEmpty(new NodaTime.LocalDate(2025, 1, 1));
        tracker.Report(days.Max()).Should().NotBeNull();
    }

    [Fact]
    public void A_field_decorated_with_invisible_or_whitespace_characters_is_read_or_refused_with_a_location() =>
        Documented.WithinTimeLimit(() =>
            (from field in Gen.Int[0, ObservationFields.Length - 1]
             from decorated in Gen.Int[0, ObservationFields.Length - 1].SelectMany(i => HostileInputs.Decorate(ObservationFields[i]))
             select (field, decorated)).Sample(x =>
            {
                var fields = (string[])ObservationFields.Clone();
                fields[x.field] = x.decorated;
                var csv = "target,subject,value,unit,observedOn,source\n" + string.Join(",", fields.Select(Quote)) + "\n";
                Accepts(Documented.ResultOrPolicyDataException(() => TrackingLogReader.ReadObservationsCsv(Catalog, new StringReader(csv))));
            }, iter: 400));

    [Fact]
    public void Extreme_numbers_and_formula_like_cells_are_read_or_refused_with_a_location() =>
        Documented.WithinTimeLimit(() =>
            Gen.Select(HostileInputs.ExtremeDecimal, HostileInputs.FormulaLike, Gen.Bool).Sample(x =>
            {
                var value = x.Item3 ? x.Item1.ToString(CultureInfo.InvariantCulture) : x.Item2;
                var csv = $"target,subject,value,unit,observedOn,note\njilin-2022-county-urbanization/68/t1,全省,{Quote(value)},%,2025-09-30,{Quote(x.Item2)}\n";
                Accepts(Documented.ResultOrPolicyDataException(() => TrackingLogReader.ReadObservationsCsv(Catalog, new StringReader(csv))));
            }, iter: 400));

    [Fact]
    public void Very_long_fields_are_read_or_refused_fast_with_a_bounded_message() =>
        Documented.WithinTimeLimit(() =>
            Gen.Select(HostileInputs.VeryLong, Gen.Int[0, 3]).Sample(x =>
            {
                var fields = new[] { "jilin-2022-county-urbanization/68/t1", "全省", "78", "%", "2025-09-30" };
                fields[x.Item2] = x.Item1;
                var csv = "target,subject,value,unit,observedOn\n" + string.Join(",", fields.Select(Quote)) + "\n";
                // A blank subject (3 MB of U+3000) means the province; anything else long is refused, briefly.
                if (!TrackingLogReader.TryReadObservationsCsv(Catalog, new StringReader(csv), out var log, out var error))
                {
                    error.Message.Length.Should().BeLessThan(1_000);
                }

                Accepts(log);
            }, iter: 12));

    [Fact]
    public void Valid_files_damaged_character_by_character_are_read_or_refused_with_a_location() =>
        Documented.WithinTimeLimit(() =>
            Gen.Select(Gen.Int[0, 2], Gen.Int[0, 400], Gen.Char, Gen.Int[0, 2]).Sample(x =>
            {
                var text = x.Item1 switch { 0 => ValidObservations, 1 => ValidStatus, _ => Json() };
                var at = Math.Min(x.Item2, text.Length - 1);
                var damaged = x.Item4 switch
                {
                    0 => text.Remove(at, 1),
                    1 => text.Insert(at, x.Item3.ToString()),
                    _ => text[..at] + x.Item3 + text[(at + 1)..],
                };
                Accepts(Documented.ResultOrPolicyDataException(() => x.Item1 switch
                {
                    0 => TrackingLogReader.ReadObservationsCsv(Catalog, new StringReader(damaged)),
                    1 => TrackingLogReader.ReadStatusUpdatesCsv(Catalog, new StringReader(damaged)),
                    _ => TrackingLogReader.ReadJson(Catalog, new MemoryStream(Encoding.UTF8.GetBytes(damaged))),
                }));
            }, iter: 1500));

    [Fact]
    public void The_valid_files_read_whole() =>
        new[]
        {
            TrackingLogReader.ReadObservationsCsv(Catalog, new StringReader(ValidObservations)),
            TrackingLogReader.ReadStatusUpdatesCsv(Catalog, new StringReader(ValidStatus)),
            TrackingLogReader.ReadJson(Catalog, new MemoryStream(Encoding.UTF8.GetBytes(Json()))),
        }.Sum(l => l.Observations.Count + l.StatusUpdates.Count).Should().Be(6);

    private static string Json() => """
        {"version": 1,
         "observations": [{"target": "jilin-2022-county-urbanization/43/t1", "subject": "220581", "value": 1, "unit": "所", "observedOn": "2022-12-01"}],
         "statusUpdates": [{"measure": "jilin-2022-county-urbanization/26", "reporter": "住建厅", "status": "completed", "reportedOn": "2025-06-30", "narrative": "完成"}]}
        """;

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
