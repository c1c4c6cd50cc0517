namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>What a figure or a status is about. Values are pinned and never change meaning.</summary>
public enum SubjectKind
{
    /// <summary>Jilin Province as a whole (全省).</summary>
    Province = 1,

    /// <summary>A prefecture-level division (市, 州) and its government.</summary>
    Prefecture = 2,

    /// <summary>A county-level division (区, 县级市, 县, 自治县) and its government: 各县(市)政府.</summary>
    County = 3,

    /// <summary>A provincial department or body (省住房和城乡建设厅, …).</summary>
    Department = 4,
}
