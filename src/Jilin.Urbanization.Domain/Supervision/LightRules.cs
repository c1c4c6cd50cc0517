using System.Globalization;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// The supervision office's rules (督查督办规则), settable per office; <see cref="Default"/> holds the defaults an
/// office recognises: quarterly reports (季报) due ten days after each quarter, yellow within 30 days of a deadline or
/// more than 10 percentage points behind the pro-rata schedule (序时进度), red past the deadline or after a whole
/// quarter without a report, and notices (督办单) answered within ten days.
/// <para>
/// A target × subject is lit in this order: nothing reported → red if its deadline has passed, else grey; met or on
/// track (its figure satisfies it) → green; deadline passed → red; latest figure dated before the last whole
/// reporting period began → red; deadline within <see cref="YellowWithinDays"/> days → yellow; more than
/// <see cref="YellowBehindPoints"/> points behind its <see cref="ExpectedProgress"/> → yellow; else green. A measure ×
/// responsible body the same way from its status (已完成 and 常态化 green; 滞后 and 暂停 yellow), its deadline being the
/// latest of its targets' (none: the measure is expected to be ongoing, and is never overdue).
/// </para>
/// </summary>
public sealed record LightRules
{
    /// <summary>The defaults: 30 days, 10 points, every 3 months, due 10 days after, replies within 10 days.</summary>
    public static LightRules Default { get; } = new();

    /// <summary>Yellow when the deadline is this many days away or fewer and the item is not met (临近到期); default 30.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or over 3660.</exception>
    public int YellowWithinDays { get; init => field = InRange(value, 0, 3660, nameof(YellowWithinDays)); } = 30;

    /// <summary>Yellow when the latest figure is more than this many percentage points behind the pro-rata schedule; default 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or over 100.</exception>
    public decimal YellowBehindPoints
    {
        get;
        init => field = value is >= 0m and <= 100m ? value : throw new ArgumentOutOfRangeException(nameof(YellowBehindPoints), value, "Points behind the schedule run from 0 to 100.");
    } = 10m;

    /// <summary>The reporting period in months, periods starting in January (3: quarterly, 季报); one of 1, 2, 3, 4, 6, 12; default 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value does not divide a year into whole periods.</exception>
    public int ReportEveryMonths
    {
        get;
        init => field = value is 1 or 2 or 3 or 4 or 6 or 12 ? value : throw new ArgumentOutOfRangeException(nameof(ReportEveryMonths), value, "A reporting period is 1, 2, 3, 4, 6 or 12 months.");
    } = 3;

    /// <summary>Days after a reporting period ends by which its reports are due (报送期限); default 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or over 366.</exception>
    public int ReportDueDays { get; init => field = InRange(value, 0, 366, nameof(ReportDueDays)); } = 10;

    /// <summary>Days from a notice's issue to its reply deadline (回复期限); default 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or over 366.</exception>
    public int ReplyWithinDays { get; init => field = InRange(value, 1, 366, nameof(ReplyWithinDays)); } = 10;

    /// <summary>The reporting period holding <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 2000-01-01 to 2100-12-31.</exception>
    public DateInterval PeriodOf(LocalDate day)
    {
        SupervisionDays.Require(day, nameof(day));
        var firstMonth = ((day.Month - 1) / ReportEveryMonths * ReportEveryMonths) + 1;
        var start = new LocalDate(day.Year, firstMonth, 1);
        return new DateInterval(start, start.PlusMonths(ReportEveryMonths).PlusDays(-1));
    }

    /// <summary>The last whole reporting period before the one holding <paramref name="day"/> (for "no report for a whole period").</summary>
    /// <param name="day">The day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 2000-01-01 to 2100-12-31.</exception>
    public DateInterval PeriodBefore(LocalDate day)
    {
        var current = PeriodOf(day);
        var start = current.Start.PlusMonths(-ReportEveryMonths);
        return new DateInterval(start, current.Start.PlusDays(-1));
    }

    /// <summary>Readable form: the five settings.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"LightRules: yellow within {YellowWithinDays} days or > {YellowBehindPoints} points behind; report every {ReportEveryMonths} month(s), due {ReportDueDays} days after; replies within {ReplyWithinDays} days");

    private static int InRange(int value, int low, int high, string name) =>
        value >= low && value <= high ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} runs from {low} to {high}.");
}
