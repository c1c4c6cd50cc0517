namespace Jilin.Urbanization.Domain.Intake;

/// <summary>What a column of intake holds (0, <c>default</c>, is no field: a column intake ignores), once its header is read through the header table (<see cref="HeaderTable"/>).</summary>
internal enum IntakeField
{
    /// <summary>指标编号: the target's id.</summary>
    Target = 1,

    /// <summary>地区: who the figure is for (blank: the province).</summary>
    Subject,

    /// <summary>完成值: the figure.</summary>
    Value,

    /// <summary>单位: the figure's unit (blank: the target's).</summary>
    Unit,

    /// <summary>统计日期: the day the figure is about.</summary>
    ObservedOn,

    /// <summary>数据来源: where the figure comes from.</summary>
    Source,

    /// <summary>备注: a note on the figure.</summary>
    Note,

    /// <summary>举措编号: the measure's id.</summary>
    Measure,

    /// <summary>责任单位: who reports the status.</summary>
    Reporter,

    /// <summary>进展状态: the status.</summary>
    Status,

    /// <summary>截至日期: the day the status describes.</summary>
    ReportedOn,

    /// <summary>进展情况: what was done.</summary>
    Narrative,

    /// <summary>填报日期: the day the row was recorded.</summary>
    RecordedOn,

    /// <summary>报送单位: the body that recorded the row.</summary>
    RecordedBy,

    /// <summary>更正原因: why a correction was made.</summary>
    Reason,

    /// <summary>操作: blank, 填报 or 更正 for an entry, 撤回 for a withdrawal.</summary>
    Action,
}
