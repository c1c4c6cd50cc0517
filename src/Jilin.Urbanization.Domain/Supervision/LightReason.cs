namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>Why an item has its <see cref="Light"/>: the rule of <see cref="LightRules"/> that decided it.</summary>
public enum LightReason
{
    /// <summary>The target is met (达标), on or before its deadline or since; green.</summary>
    Met = 1,

    /// <summary>The measure is reported completed (已完成); green.</summary>
    Completed = 2,

    /// <summary>Not yet met, not close to the deadline and not behind the pro-rata schedule by more than the rules allow; green.</summary>
    OnSchedule = 3,

    /// <summary>Not met and the deadline within <see cref="LightRules.YellowWithinDays"/> days; yellow.</summary>
    NearDeadline = 4,

    /// <summary>Behind the pro-rata schedule (序时进度) by more than <see cref="LightRules.YellowBehindPoints"/> percentage points; yellow.</summary>
    BehindSchedule = 5,

    /// <summary>The responsible body reported the measure delayed (滞后) or paused (暂停); yellow.</summary>
    ReportedDelayed = 6,

    /// <summary>The deadline has passed and the item is not met or not completed (逾期); red.</summary>
    Overdue = 7,

    /// <summary>The latest report is dated before the last whole reporting period began (一个报送周期未报送); red.</summary>
    NoReportForAPeriod = 8,

    /// <summary>Nothing reported, the deadline not passed; grey.</summary>
    NothingReported = 9,
}
