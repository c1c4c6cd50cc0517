namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>What a tracking entry is about: a figure of a target (指标数据) or the status of a measure (进展状态).</summary>
public enum EntryKind
{
    /// <summary>A figure: target × subject × the day it is about (<see cref="ProgressObservation"/>).</summary>
    Figure = 1,

    /// <summary>A status: measure × reporter × the day it describes (<see cref="StatusUpdate"/>).</summary>
    Status = 2,
}
