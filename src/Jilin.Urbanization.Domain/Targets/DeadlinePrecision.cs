namespace Jilin.Urbanization.Domain.Targets;

/// <summary>How finely the text states a deadline. Values are pinned and never change meaning.</summary>
public enum DeadlinePrecision
{
    /// <summary>A year (到2025年, 2025年底前, 年底前, 2021年…): the deadline is the year's last day.</summary>
    Year = 1,

    /// <summary>A month (10月底前): the deadline is the month's last day.</summary>
    Month = 2,

    /// <summary>A day.</summary>
    Day = 3,
}
