using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Compliance;

public class ProgressReportCsvAndScopeTests
{
    private const string FiveG = "jilin-2022-county-urbanization/68/t1";
    private static readonly PolicyCatalog Policies = PolicyCatalog.Default;

    [Theory]
    [InlineData("indicator,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,78,%,2025-12-01\n")]
    [InlineData("observedOn;unit;value;indicator\n2025-12-01;％;78;jilin-2022-county-urbanization/68/t1\n")]
    [InlineData("\uFEFFtarget,value,unit,date,comment\r\njilin-2022-county-urbanization/68/t1,\"78\",percent,2025-12-01,\"two\r\nlines\"\r\n")]
    public void A_progress_csv_reads_columns_by_name_in_any_order_with_either_separator(string csv)
    {
        var entry = ProgressReport.ReadCsv(new StringReader(csv), Policies).Entries.Single();

        entry.TargetId.ToString().Should().Be(FiveG);
        entry.Observation.Value.ConvertTo(Jilin.Urbanization.Domain.Targets.Unit.Percent).Value.Should().Be(78m);
    }

    [Fact]
    public void A_county_column_is_refused_with_a_pointer_to_the_tracking_reader() =>
        FluentActions.Invoking(() => ProgressReport.ReadCsv(new StringReader($"indicator,county,value,unit,observedOn\n{FiveG},梅河口,78,%,2025-12-01\n"), Policies))
            .Should().Throw<PolicyDataException>().WithMessage("*TrackingLogReader*");

    [Fact]
    public void Evaluating_within_a_scope_leaves_other_documents_out_of_overdue_and_unreported()
    {
        var report = ProgressReport.ReadCsv(new StringReader($"indicator,value,unit,observedOn\n{FiveG},81,%,2025-12-01\n"), Policies);
        var scope = TrackingScope.Everything(Policies).InDocument(DocumentId.CountyUrbanization2022);

        var compliance = report.Evaluate(scope, new LocalDate(2026, 1, 1));

        compliance.Results.Should().ContainSingle(r => r.TargetId.ToString() == FiveG && r.Status == ComplianceStatus.Met);
        compliance.Overdue.Should().NotBeEmpty().And.OnlyContain(t => t.MeasureId.DocumentId == DocumentId.CountyUrbanization2022);
        compliance.Unreported.Should().OnlyContain(id => id.ToString().StartsWith(DocumentIds.CountyUrbanization2022, StringComparison.Ordinal));
        report.Evaluate(Policies, new LocalDate(2026, 1, 1)).Overdue.Should().Contain(t => t.MeasureId.DocumentId == DocumentId.UrbanizationTasks2021);
    }
}
