namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// What a target's number measures, which decides how progress data is read. Values are pinned and never change meaning.
/// </summary>
public enum TargetKind
{
    /// <summary>
    /// A level or state to reach by the deadline (5G coverage of villages 80% by 2025; all counties on a motorway):
    /// an observation is the level on the day it was taken.
    /// </summary>
    LevelByDeadline = 1,

    /// <summary>
    /// An amount to deliver within a period (15,800 shanty-town dwellings renovated in 2021): an observation is the
    /// cumulative amount delivered from the period's start (<see cref="TargetIndicator.Period"/>) to the day it was taken.
    /// </summary>
    AmountWithinPeriod = 2,
}
