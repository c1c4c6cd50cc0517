namespace Jilin.Urbanization.WebApi.Http;

/// <summary>
/// The <c>Limits</c> section: request body size (<c>MaxBodyBytes</c>, default 1 MiB: 413 <c>body-too-large</c>),
/// entries per upload (<c>RowsPerUpload</c>, default 5,000: 413 <c>too-many-rows</c>) and requests per caller
/// (<c>RequestsPerWindow</c> in <c>WindowSeconds</c>, default 300 in 60 s: 429 <c>too-many-requests</c>).
/// </summary>
/// <param name="MaxBodyBytes">The largest request body.</param>
/// <param name="RowsPerUpload">The most entries in one upload.</param>
/// <param name="RequestsPerWindow">The most requests of one caller in a window.</param>
/// <param name="Window">The window.</param>
public sealed record ServerLimits(long MaxBodyBytes, int RowsPerUpload, int RequestsPerWindow, TimeSpan Window)
{
    /// <summary>The limits from configuration.</summary>
    /// <param name="configuration">The configuration.</param>
    public static ServerLimits From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Limits");
        return new ServerLimits(
            Positive(section["MaxBodyBytes"], 1024 * 1024),
            (int)Positive(section["RowsPerUpload"], 5000),
            (int)Positive(section["RequestsPerWindow"], 300),
            TimeSpan.FromSeconds(Positive(section["WindowSeconds"], 60)));
    }

    private static long Positive(string? text, long fallback) =>
        text is null ? fallback
        : long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new InvalidOperationException($"A Limits value is '{text}'; limits are positive whole numbers.");
}
