using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// The shape of a tracking file in JSON (unknown members are ignored). Entries are read as elements and their members
/// looked up like CSV columns (<see cref="JsonEntry"/>), so both formats share one field look-up.
/// </summary>
internal sealed record TrackingFileDto(int? Version, IReadOnlyList<JsonElement>? Observations, IReadOnlyList<JsonElement>? StatusUpdates, IReadOnlyList<JsonElement>? Withdrawals);

/// <summary>Source-generated (AOT- and trim-safe) JSON for tracking files.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(TrackingFileDto))]
internal sealed partial class TrackingJsonContext : JsonSerializerContext;
