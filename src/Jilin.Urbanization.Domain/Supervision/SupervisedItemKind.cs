namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>What a <see cref="SupervisedItem"/> is: a target for one subject, or a measure for one responsible body.</summary>
public enum SupervisedItemKind
{
    /// <summary>A target (目标指标) for one subject: the province, or a county.</summary>
    Target = 1,

    /// <summary>A measure (任务) for one responsible body: a department, or a county that reports on it.</summary>
    Measure = 2,
}
