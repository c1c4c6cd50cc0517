namespace Jilin.Urbanization.WebApi.Http;

/// <summary>A request body over the configured limit (<c>Limits:MaxBodyBytes</c>); answered 413 <c>body-too-large</c>.</summary>
/// <param name="limit">The limit in bytes.</param>
public sealed class RequestTooLargeException(long limit)
    : Exception($"The request body is larger than {limit} bytes (Limits:MaxBodyBytes); split the upload into smaller files.")
{
    /// <summary>The limit in bytes.</summary>
    public long Limit { get; } = limit;
}
