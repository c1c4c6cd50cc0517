using System.ComponentModel;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tests.Charts;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// One rule for an enum argument: a value the enum does not define is refused with InvalidEnumArgumentException
/// naming the parameter, never counted (a count of an undefined status was 0), coloured or written; sync and async
/// twins refuse it alike.
/// </summary>
public class EnumArgumentTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly ImplementationReport Report = ImplementationChartTests.SampleReport();
    private static readonly ComplianceReport Compliance = new ProgressReport([]).Evaluate(Catalog, new LocalDate(2025, 12, 31));
    private static readonly Subject Reporter = Subject.OfDepartment(Catalog.Departments.All[0].Id);

    public static TheoryData<string, Action, string> Calls() => new()
    {
        { "Query().Containing(match)", () => Catalog.Query().Containing((KeywordMatch)9, ["县城"]), "match" },
        { "ImplementationReport.CountOf", () => Report.CountOf((ComplianceStatus)42), "status" },
        { "TargetRollup.CountOf", () => Report.Targets[0].CountOf((ComplianceStatus)42), "status" },
        { "CountyProgress.CountOf", () => Report.Counties[0].CountOf((ComplianceStatus)(-1)), "status" },
        { "DepartmentProgress.LedCount", () => Report.Departments[0].LedCount((ComplianceStatus)42), "status" },
        { "DepartmentProgress.SharedCount", () => Report.Departments[0].SharedCount((ComplianceStatus)42), "status" },
        { "ComplianceReport.CountOf", () => Compliance.CountOf((ComplianceStatus)42), "status" },
        { "ComplianceColours.Of(status)", () => ComplianceColours.Of((ComplianceStatus)42), "status" },
        { "ComplianceColours.Of(level)", () => ComplianceColours.Of((CommitmentLevel)42), "level" },
        { "ExportTable.Write", () => Catalog.ExportMeasures().Write(new MemoryStream(), (ExportFormat)7), "format" },
        { "ExportTable.WriteAsync", () => Catalog.ExportMeasures().WriteAsync(new MemoryStream(), (ExportFormat)7), "format" },
        { "new StatusUpdate(status)", () => _ = new StatusUpdate(Catalog.Measures[0].Id, Reporter, new LocalDate(2025, 1, 1), (MeasureStatus)42, ""), "status" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void An_undefined_enum_value_is_refused_naming_the_parameter(string call, Action action, string parameter)
    {
        action.Should().Throw<InvalidEnumArgumentException>(call).WithParameterName(parameter).WithMessage("*invalid*");
    }

    [Fact]
    public void Every_defined_status_is_still_counted()
    {
        Enum.GetValues<ComplianceStatus>().Sum(Report.CountOf).Should().Be(Report.Targets.Count);
        Enum.GetValues<ComplianceStatus>().Sum(Compliance.CountOf).Should().Be(Compliance.Results.Count);
    }
}
