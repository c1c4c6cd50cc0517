using System.Globalization;
using CsCheck;
using Jilin.Urbanization.Domain.Intake;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Intake.IntakeFixture;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Intake;

/// <summary>Any accepted value written in another accepted form reads equal.</summary>
public class IntakePropertyTests
{
    // 2021 task 10: 36,000 people (人), province-wide, counted from 2021-01-01.
    private static readonly TargetId Jobs = TargetId.Parse("jilin-2021-urbanization-tasks/10/t1");

    private static readonly Gen<decimal> People = Gen.Long[0, 99_999_999_999L].Select(Gen.Int[0, 2]).Select(t => new decimal(t.Item1) / (t.Item2 == 0 ? 1m : t.Item2 == 1 ? 10m : 100m));

    private static readonly Gen<LocalDate> Days = Gen.Int[0, 36_889].Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static Quantity Read(string value, string unit, TargetId target, string date = "2021-12-31")
    {
        var result = ReadText($"指标编号,完成值,单位,统计日期\n{target},\"{value}\",{unit},{date}\n");
        result.Report.Problems.Should().BeEmpty();
        return result.Log.Observations.Single().Value;
    }

    private static string Wide(string text) => string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));

    private static string Thousands(decimal value, char separator) =>
        value.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', separator);

    [Fact]
    public void A_count_reads_equal_in_every_form_of_digits_separators_and_wan()
    {
        var jobs = Policies.GetTarget(Jobs);
        People.Sample(value =>
        {
            var plain = value.ToString(CultureInfo.InvariantCulture);
            var wan = (value / 10_000m).ToString(CultureInfo.InvariantCulture);
            string[][] forms =
            [
                [plain, "人"], [plain, ""], [Thousands(value, ','), "人"], [Thousands(value, '，'), ""], [Wide(plain), "人"],
                [wan + "万", "人"], [wan + "万", ""], [wan, "万人"], [Wide(wan) + "万", ""],
                [plain + "人", ""], [plain + " 人", "人"], [wan + "万人", ""], [Thousands(value, ',') + "人", ""],
            ];
            foreach (var form in forms)
            {
                var read = Read(form[0], form[1], Jobs);
                read.Value.Should().Be(value, $"'{form[0]}' '{form[1]}' is {value} 人");
                read.Unit.Should().BeSameAs(jobs.Unit);
            }
        }, iter: 60);
    }

    [Fact]
    public void A_share_reads_equal_with_the_percent_sign_anywhere_it_may_be_written()
    {
        Gen.Int[101, 10_000].Select(n => n / 100m).Sample(value =>   // above 1 %: at most 1 % against a target of 80 % is flagged as a probable fraction
        {
            var plain = value.ToString(CultureInfo.InvariantCulture);
            var fraction = (value / 100m).ToString(CultureInfo.InvariantCulture);
            string[][] forms = [[plain, "%"], [plain, ""], [plain + "%", ""], [plain + "％", ""], [Wide(plain + "%"), "%"], [plain, "percent"], [fraction, "fraction"]];
            foreach (var form in forms)
            {
                Read(form[0], form[1], FiveG, "2025-09-30").Should().Be(new Quantity(value, Unit.Percent), $"'{form[0]}' '{form[1]}' is {value} %");
            }
        }, iter: 60);
    }

    [Fact]
    public void A_day_reads_equal_in_every_date_form()
    {
        var serialEpoch = new LocalDate(1899, 12, 30);
        Days.Sample(day =>
        {
            var (y, m, d) = (day.Year, day.Month, day.Day);
            string[] forms =
            [
                $"{y:0000}-{m:00}-{d:00}", $"{y}-{m}-{d}", $"{y}/{m}/{d}", $"{y}.{m}.{d}", $"{y}年{m}月{d}日", $"{y:0000}{m:00}{d:00}",
                Period.Between(serialEpoch, day, PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture), Wide($"{y}-{m}-{d}"),
                $"{y:0000}-{m:00}-{d:00} 00:00:00",
            ];
            foreach (var form in forms)
            {
                IntakeDates.TryRead(form, out var read, out _).Should().BeTrue(form);
                read.Should().Be(day, form);
            }
        }, iter: 200);
    }
}
