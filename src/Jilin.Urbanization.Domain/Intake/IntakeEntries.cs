namespace Jilin.Urbanization.Domain.Intake;

/// <summary>Which entries a table of intake may hold: the pipeline reads any; a tracking reader's CSV method reads one kind.</summary>
internal enum IntakeEntries
{
    /// <summary>Figures (填报 of a target's value) and statuses (a measure's 进展状态), each table by its columns.</summary>
    Any = 1,

    /// <summary>Figures only: a table must name the target's column.</summary>
    Figures,

    /// <summary>Statuses only: a table must name the measure's column.</summary>
    Statuses,
}
