using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>Names and helpers the tracking tests share.</summary>
internal static class TrackingFixture
{
    public static readonly TargetId CareHomes = TargetId.Parse("jilin-2022-county-urbanization/43/t1");   // 每个县(市)2022年底前至少建有一所…养老机构: each county
    public static readonly TargetId NursingBeds = TargetId.Parse("jilin-2022-county-urbanization/43/t2"); // 护理型床位占比不低于55% by 2025: the province
    public static readonly TargetId FiveG = TargetId.Parse("jilin-2022-county-urbanization/68/t1");       // 5G 通达率 80 % by 2025: the province
    public static readonly MeasureId WaterSupply = MeasureId.Parse("jilin-2022-county-urbanization/26"); // 省住房和城乡建设厅 alone
    public static readonly MeasureId EducationPlaces = MeasureId.Parse("jilin-2021-urbanization-tasks/3"); // 省教育厅、省委编办分别负责

    public static PolicyCatalog Policies => PolicyCatalog.Default;

    public static Subject Meihekou => Subject.OfDivision(DivisionCode.Parse("220581"));

    public static Subject Hunchun => Subject.OfDivision(DivisionCode.Parse("222404"));

    public static Subject Tongyu => Subject.OfDivision(DivisionCode.Parse("220822"));

    public static Subject Housing => Subject.OfDepartment(Policies.FindDepartment("省住房和城乡建设厅").Id);

    public static ProgressObservation Figure(TargetId target, Subject subject, decimal value, Unit unit, LocalDate on, string? source = null) =>
        new(target, subject, new Observation(value, unit, on), source);

    public static LocalDate Day(int year, int month, int day) => new(year, month, day);
}
