using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Intake.IntakeFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Intake;

public class IntakeSmokeTests
{
    [Fact]
    public void A_Chinese_header_below_a_title_row_reads_figures_in_the_forms_people_type()
    {
        var result = ReadText($"2025年第三季度进展,,,,\n指标编号,地区,完成值,单位,统计日期\n{FiveG},全省,７８％,,2025/9/30\n{CareHomes},梅河口,1,个,2025年9月30日\n");

        result.Report.Problems.Should().BeEmpty();
        result.Log.Observations.Should().HaveCount(2);
        result.Log.Observations.Single(o => o.TargetId == FiveG).Value.Value.Should().Be(78m);
    }
}
