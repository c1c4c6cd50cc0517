namespace Jilin.Urbanization.WebApi.Http;

/// <summary>Reads a request body into memory, never more than the configured limit (Kestrel enforces it too; a test server does not).</summary>
public static class Body
{
    /// <summary>The body's bytes.</summary>
    /// <param name="request">The request.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="RequestTooLargeException">The body is longer than <paramref name="limit"/>.</exception>
    public static async Task<MemoryStream> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw new RequestTooLargeException(limit);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new RequestTooLargeException(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
