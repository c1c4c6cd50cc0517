using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Serialization;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// The weights of the quarterly score (考评), as data: an office keeps its own in a JSON file
/// (<see cref="ReadJson"/>, <see cref="WriteJson"/>). The score of a county or department for a period is
/// <c>OnTime × 100 × (share of its items reported on time) + Green × 100 × (share of its items green at the period's
/// end) − PerOverdueItem × (items overdue) − PerLateReply × (notices answered late or not at all)</c>, rounded to two
/// decimals. <see cref="Default"/>: 40 + 60 points, 2 off per overdue item, 5 off per late reply; the JSON is
/// <c>{"onTime":0.4,"green":0.6,"perOverdueItem":2,"perLateReply":5}</c>.
/// </summary>
public sealed record ScoreWeights
{
    /// <summary>The default weights: 0.4, 0.6, 2, 5.</summary>
    public static ScoreWeights Default { get; } = new() { OnTime = 0.4m, Green = 0.6m, PerOverdueItem = 2m, PerLateReply = 5m };

    /// <summary>Weight of reporting on time (按时报送率), 0 to 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 1.</exception>
    public required decimal OnTime { get; init => field = Share(value, nameof(OnTime)); }

    /// <summary>Weight of the share of green items (绿灯率), 0 to 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 1.</exception>
    public required decimal Green { get; init => field = Share(value, nameof(Green)); }

    /// <summary>Points off per overdue item (逾期事项), 0 to 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 100.</exception>
    public required decimal PerOverdueItem { get; init => field = Points(value, nameof(PerOverdueItem)); }

    /// <summary>Points off per notice answered after its reply deadline or not at all (逾期回复), 0 to 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 100.</exception>
    public required decimal PerLateReply { get; init => field = Points(value, nameof(PerLateReply)); }

    /// <summary>Writes the weights as JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written.</exception>
    public void WriteJson(Stream utf8Json)
    {
        Guard.Against.Null(utf8Json);
        if (!utf8Json.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(utf8Json));
        }

        JsonSerializer.Serialize(utf8Json, this, DomainJsonContext.Default.ScoreWeights);
    }

    /// <summary>Reads weights written as JSON (all four members required).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The JSON is not weights, or a weight is out of range; the message says where.</exception>
    public static ScoreWeights ReadJson(Stream utf8Json)
    {
        Guard.Against.Null(utf8Json);
        if (!utf8Json.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(utf8Json));
        }

        try
        {
            return JsonSerializer.Deserialize(utf8Json, DomainJsonContext.Default.ScoreWeights)
                ?? throw new PolicyDataException("The weights are JSON null; expected an object with onTime, green, perOverdueItem and perLateReply.", "$");
        }
        catch (JsonException e)
        {
            var (message, where) = StrictText.JsonError(e);
            throw new PolicyDataException($"The weights are not valid: {message}", where, e);
        }
        catch (ArgumentException e)
        {
            throw new PolicyDataException($"The weights are not valid: {StrictText.Quote(e.Message)}", "$", e);
        }
    }

    /// <summary>Writes the weights as JSON asynchronously (see <see cref="WriteJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteJsonAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        AsyncStreams.WriteAsync(AsyncStreams.Writable(utf8Json, nameof(utf8Json)), WriteJson, cancellationToken);

    /// <summary>Reads weights written as JSON asynchronously (see <see cref="ReadJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="utf8Json">The stream to read; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The JSON is not valid; the message says where.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ScoreWeights> ReadJsonAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        AsyncStreams.ReadAsync(AsyncStreams.Readable(utf8Json, nameof(utf8Json)), ReadJson, cancellationToken);

    /// <summary>Readable form: the four weights.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"ScoreWeights: on time {OnTime}, green {Green}, -{PerOverdueItem} per overdue item, -{PerLateReply} per late reply");

    private static decimal Share(decimal value, string name) =>
        value is >= 0m and <= 1m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} is a weight from 0 to 1.");

    private static decimal Points(decimal value, string name) =>
        value is >= 0m and <= 100m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} is from 0 to 100 points.");
}
