namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>Where the starting figure of a pro-rata schedule (序时进度) came from; every <see cref="ExpectedProgress"/> says which.</summary>
public enum BaselineSource
{
    /// <summary>
    /// A starting figure the document states (由…提高到…), passed in by the office. The two documents of the embedded
    /// catalog state none, so the library never picks this by itself.
    /// </summary>
    Stated = 1,

    /// <summary>The subject's first figure for the target (its earliest observation), on the day it is about.</summary>
    FirstFigure = 2,

    /// <summary>
    /// Zero: for an amount within a period (计划改造1.58万套) counting starts at zero on the period's first day; for a
    /// level with no figure yet, zero on the first day of the document's year.
    /// </summary>
    Zero = 3,
}
