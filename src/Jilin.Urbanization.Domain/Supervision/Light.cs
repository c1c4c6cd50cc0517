namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// A three-colour warning light (三色预警) of one supervised item, with grey for nothing reported. The rules that set it
/// are <see cref="LightRules"/>'s; the reason is a <see cref="LightReason"/>.
/// </summary>
public enum Light
{
    /// <summary>Green (绿灯): met, completed, or on schedule.</summary>
    Green = 1,

    /// <summary>Yellow (黄灯): close to its deadline and not met, behind the pro-rata schedule (序时进度), or reported delayed.</summary>
    Yellow = 2,

    /// <summary>Red (红灯): past its deadline and not met, or no report for a whole reporting period.</summary>
    Red = 3,

    /// <summary>Grey (灰灯): nothing reported yet and the deadline not passed.</summary>
    Grey = 4,
}
