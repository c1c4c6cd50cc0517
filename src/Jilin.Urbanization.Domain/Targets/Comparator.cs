namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// How a quantity in the text binds: the words around the number decide. Values are pinned and never change meaning.
/// </summary>
public enum Comparator
{
    /// <summary>At least the value, the value included: 不低于, 以上, 及以上, 至少 (Chinese usage counts 以上 inclusively).</summary>
    AtLeast = 1,

    /// <summary>Strictly more than the value: 超过.</summary>
    MoreThan = 2,

    /// <summary>At most the value, the value included: 以下, 以内, 范围内.</summary>
    AtMost = 3,

    /// <summary>Reaches the value (达到, 提高到): met at the value or above.</summary>
    Reaches = 4,

    /// <summary>A bare amount with no comparing word (采购补充高寒区棉大衣31000件): met when the amount is delivered, more included.</summary>
    Stated = 5,

    /// <summary>Approximately the value (约): met within ±5 % of it (see <see cref="TargetIndicator.ApproximateTolerance"/>).</summary>
    Approximately = 6,

    /// <summary>Between two values, both included (3000-4000, 2至3); the quantity is the lower bound, the maximum the upper.</summary>
    Range = 7,

    /// <summary>All of the scope, 100 % (全部, 全覆盖, 所有, 完成, or 100% written out).</summary>
    FullCoverage = 8,

    /// <summary>None left, 0 (零填埋, 消除).</summary>
    Zero = 9,
}
