using System.Text.Json.Serialization;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>The shape of a tracking file in JSON (unknown members are ignored).</summary>
internal sealed record TrackingFileDto(int? Version, IReadOnlyList<ObservationEntryDto?>? Observations, IReadOnlyList<StatusEntryDto?>? StatusUpdates, IReadOnlyList<WithdrawalEntryDto?>? Withdrawals);

/// <summary>One observation: target (or indicator), subject, value, unit, observedOn, source, note.</summary>
internal sealed record ObservationEntryDto(string? Target, string? Indicator, string? Subject, decimal? Value, string? Unit, string? ObservedOn, string? Source, string? Note, string? RecordedOn, string? RecordedBy, string? Reason);

/// <summary>One status update: measure, reporter, status, reportedOn, narrative, source.</summary>
internal sealed record StatusEntryDto(string? Measure, string? Reporter, string? Status, string? ReportedOn, string? Narrative, string? Source, string? RecordedOn, string? RecordedBy, string? Reason);

/// <summary>One withdrawal (撤回): the figure's key (target, subject, observedOn) or the status's (measure, reporter, reportedOn), with recordedOn, recordedBy, reason.</summary>
internal sealed record WithdrawalEntryDto(string? Target, string? Subject, string? ObservedOn, string? Measure, string? Reporter, string? ReportedOn, string? RecordedOn, string? RecordedBy, string? Reason);

/// <summary>Source-generated (AOT- and trim-safe) JSON for tracking files.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(TrackingFileDto))]
internal sealed partial class TrackingJsonContext : JsonSerializerContext;
