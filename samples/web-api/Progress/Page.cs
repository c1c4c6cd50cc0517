namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>One page of a listing (<c>GET /progress/observations</c> …): the items, where they are, and the link to the next page.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page, in the order they were stored.</param>
/// <param name="PageNumber">The page number, from 1 (JSON <c>page</c>).</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Total">Items the caller may see in all.</param>
/// <param name="Next">The next page's path and query, or null on the last page.</param>
public sealed record Page<T>(
    IReadOnlyList<T> Items,
    [property: System.Text.Json.Serialization.JsonPropertyName("page")] int PageNumber,
    int PageSize,
    int Total,
    string? Next);
