namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// Where a measure's implementation stands, as a reporting body states it in a supervision (督查督办) update.
/// Values are pinned and never change meaning; CSV and JSON accept the camelCase name or the Chinese term.
/// </summary>
public enum MeasureStatus
{
    /// <summary>未启动: work has not started.</summary>
    NotStarted = 1,

    /// <summary>推进中: under way and on schedule.</summary>
    InProgress = 2,

    /// <summary>已完成: the measure's work is done.</summary>
    Completed = 3,

    /// <summary>滞后: behind schedule; the update should say why.</summary>
    Delayed = 4,

    /// <summary>暂停: paused, e.g. waiting for a national policy or funding.</summary>
    Paused = 5,

    /// <summary>常态化推进: a standing task done as routine work (many measures have no end point, e.g. 持续推动…).</summary>
    Ongoing = 6,
}
