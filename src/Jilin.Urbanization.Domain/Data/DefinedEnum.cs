using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// The one rule for an enum argument or property: a value the enum does not define is refused with
/// <see cref="System.ComponentModel.InvalidEnumArgumentException"/> (an <see cref="ArgumentException"/>) naming the
/// parameter or property, the value and the enum — never counted, coloured, written or stored as if it meant something.
/// </summary>
/// <remarks>
/// Every enum of the library defines 1 to its last member, and 0 (<c>default</c>) is no value. The check reads the last
/// member from <see cref="Last{T}"/>, which the JIT and ReadyToRun compile to a constant per enum; a test holds it to
/// each enum's definition. Not <c>Enum.IsDefined&lt;T&gt;</c> or reading the values by reflection: the catalog's load
/// builds records with enum properties, and either would compile runtime code at every ReadyToRun start (a JIT
/// compilation in the load, seen with <c>benchmarks/Startup/LoadAndQueryTrace</c>); and the guard's own check boxes
/// the value and reflects over the enum (≈ 90 ns a call), so the guard is called only to throw.
/// </remarks>
internal static class DefinedEnum
{
    /// <summary>Returns <paramref name="value"/> when its enum defines it, else throws.</summary>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">The value is not defined.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into each init accessor: no call to resolve at a cold start
    public static T Required<T>(T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, Enum =>
        Defines(value) ? value : Guard.Against.EnumOutOfRange(value, parameterName);

    /// <summary>Returns <paramref name="value"/> when it is null or its enum defines it, else throws.</summary>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">The value is not defined.</exception>
    public static T? Optional<T>(T? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, Enum =>
        value is { } defined ? Required(defined, parameterName) : null;

    /// <summary>True when the enum defines <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Defines<T>(T value)
        where T : struct, Enum
    {
        var last = Last<T>();
        return last > 0
            ? unchecked((uint)(Unsafe.As<T, int>(ref value) - 1)) < (uint)last
            : Enum.IsDefined(value); // an enum not in the table (none of the library's)
    }

    /// <summary>The value of the enum's last member, or 0 for an enum not in the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Last<T>()
        where T : struct, Enum => default(T) switch
    {
        _ when typeof(T) == typeof(Targets.CommitmentLevel) => (int)Targets.CommitmentLevel.Encouraged,
        _ when typeof(T) == typeof(Targets.Comparator) => (int)Targets.Comparator.Zero,
        _ when typeof(T) == typeof(Compliance.ComplianceStatus) => (int)Compliance.ComplianceStatus.Unreported,
        _ when typeof(T) == typeof(Targets.DeadlinePrecision) => (int)Targets.DeadlinePrecision.Day,
        _ when typeof(T) == typeof(Departments.DepartmentKind) => (int)Departments.DepartmentKind.NationalAuthority,
        _ when typeof(T) == typeof(Divisions.DivisionKind) => (int)Divisions.DivisionKind.AutonomousCounty,
        _ when typeof(T) == typeof(Divisions.DivisionLevel) => (int)Divisions.DivisionLevel.County,
        _ when typeof(T) == typeof(Documents.DocumentSourceKind) => (int)Documents.DocumentSourceKind.ScrapedWebPage,
        _ when typeof(T) == typeof(Errata.ErratumKind) => (int)Errata.ErratumKind.MixedParenthesisStyle,
        _ when typeof(T) == typeof(Export.ExportFormat) => (int)Export.ExportFormat.Xlsx,
        _ when typeof(T) == typeof(Export.ReportDetail) => (int)Export.ReportDetail.Results,
        _ when typeof(T) == typeof(Queries.KeywordMatch) => (int)Queries.KeywordMatch.Any,
        _ when typeof(T) == typeof(Departments.LeadRule) => (int)Departments.LeadRule.NoLeadRespectively,
        _ when typeof(T) == typeof(Errata.MeasurePart) => (int)Errata.MeasurePart.Responsibility,
        _ when typeof(T) == typeof(Tracking.MeasureStatus) => (int)Tracking.MeasureStatus.Ongoing,
        _ when typeof(T) == typeof(Supervision.Light) => (int)Supervision.Light.Grey,
        _ when typeof(T) == typeof(Supervision.LightReason) => (int)Supervision.LightReason.NothingReported,
        _ when typeof(T) == typeof(Supervision.BaselineSource) => (int)Supervision.BaselineSource.Zero,
        _ when typeof(T) == typeof(Supervision.NoticeLevel) => (int)Supervision.NoticeLevel.Red,
        _ when typeof(T) == typeof(Supervision.SupervisedItemKind) => (int)Supervision.SupervisedItemKind.Measure,
        _ when typeof(T) == typeof(Tracking.EntryEffect) => (int)Tracking.EntryEffect.Duplicate,
        _ when typeof(T) == typeof(Tracking.EntryKind) => (int)Tracking.EntryKind.Status,
        _ when typeof(T) == typeof(Compliance.ObservationPart) => (int)Compliance.ObservationPart.ObservedOn,
        _ when typeof(T) == typeof(Intake.IntakeField) => (int)Intake.IntakeField.Action,
        _ when typeof(T) == typeof(Intake.IntakeEntries) => (int)Intake.IntakeEntries.Statuses,
        _ when typeof(T) == typeof(Intake.DelimitedSource.Table.Parse) => (int)Intake.DelimitedSource.Table.Parse.End,
        _ when typeof(T) == typeof(Places.PlaceKind) => (int)Places.PlaceKind.Area,
        _ when typeof(T) == typeof(Places.PlaceTextKind) => (int)Places.PlaceTextKind.Closing,
        _ when typeof(T) == typeof(Queries.RelatednessKind) => (int)Queries.RelatednessKind.SharedTerm,
        _ when typeof(T) == typeof(Departments.ResponsibilityMode) => (int)Departments.ResponsibilityMode.Respectively,
        _ when typeof(T) == typeof(Tracking.SubjectKind) => (int)Tracking.SubjectKind.Department,
        _ when typeof(T) == typeof(Targets.TargetBinding) => (int)Targets.TargetBinding.EachCounty,
        _ when typeof(T) == typeof(Targets.TargetKind) => (int)Targets.TargetKind.AmountWithinPeriod,
        _ when typeof(T) == typeof(Targets.TargetRole) => (int)Targets.TargetRole.Condition,
        _ => 0,
    };
}
