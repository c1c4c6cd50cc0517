namespace Jilin.Urbanization.Domain.Export;

/// <summary>How much of an implementation report its JSON for programs holds (<see cref="ImplementationReportJson"/>).</summary>
public enum ReportDetail
{
    /// <summary>
    /// The report's sections: the counts, one row per target rolled up over its subjects (the subjects not meeting it
    /// named), one row per department and one per county (their overdue targets and latest statuses). Its size follows
    /// the number of targets, departments and counties, not the number of figures.
    /// </summary>
    Sections = 1,

    /// <summary>
    /// <see cref="Sections"/> and every target's result for every subject (one <see cref="TargetProgressRow"/> each: the
    /// latest figure, its day and source) — about targets × subjects rows, for a caller that asks for every detail.
    /// </summary>
    Results = 2,
}
