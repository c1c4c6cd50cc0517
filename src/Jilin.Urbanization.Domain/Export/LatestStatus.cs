using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>The latest status (进展状态) a subject gave on one measure, as report rows list it for programs: <c>{measureId, status}</c>.</summary>
/// <param name="MeasureId">The measure's id.</param>
/// <param name="Status">The status (camelCase name in JSON).</param>
/// <exception cref="ArgumentNullException"><paramref name="MeasureId"/> is null.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="Status"/> is not a defined value.</exception>
public sealed record LatestStatus(string MeasureId, MeasureStatus Status)
{
    /// <summary>The measure's id.</summary>
    public string MeasureId { get; init => field = Guard.Against.Null(value, nameof(MeasureId)); } = Guard.Against.Null(MeasureId);

    /// <summary>The status.</summary>
    public MeasureStatus Status { get; init => field = Data.DefinedEnum.Required(value, nameof(Status)); } = Data.DefinedEnum.Required(Status, nameof(Status));

    /// <summary>Readable form, the machine text CSV writes: <c>…/26: delayed</c>.</summary>
    public override string ToString() => $"{MeasureId}: {Data.EnumNames.ToJson(Status)}";
}
