namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>The four fills a status cell gets in a workbook, as Excel's own Good / Neutral / Bad styles and a grey.</summary>
internal enum StatusFill
{
    /// <summary>Met, completed (达标, 已完成): green.</summary>
    Green = 1,

    /// <summary>On track, pending, in progress (推进中): amber.</summary>
    Amber = 2,

    /// <summary>Not met, overdue, delayed (未达标, 滞后): red.</summary>
    Red = 3,

    /// <summary>Unreported, not started, paused (未填报, 未启动): grey.</summary>
    Grey = 4,
}
