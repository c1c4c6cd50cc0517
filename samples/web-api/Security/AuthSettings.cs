using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Jilin.Urbanization.WebApi.Security;

/// <summary>
/// The <c>Auth</c> section: the key that signs and checks bearer tokens (HMAC-SHA256, at least 32 bytes of UTF-8;
/// from configuration: an environment variable <c>Auth__SigningKey</c> or a secret store, never the source tree in
/// production), issuer, audience, and whether the development token issuer (<c>POST /dev/tokens</c>) is on.
/// </summary>
public sealed record AuthSettings
{
    /// <summary>The signing key.</summary>
    public required string SigningKey { get; init; }

    /// <summary>The token issuer (<c>iss</c>).</summary>
    public string Issuer { get; init; } = "jilin-urbanization";

    /// <summary>The token audience (<c>aud</c>).</summary>
    public string Audience { get; init; } = "jilin-urbanization-progress";

    /// <summary>Whether <c>POST /dev/tokens</c> issues a token for any subject (development and tests only).</summary>
    public bool DevelopmentIssuer { get; init; }

    /// <summary>How long an issued token is valid, in minutes.</summary>
    public int TokenLifetimeMinutes { get; init; } = 480;

    /// <summary>The key, checked.</summary>
    public SymmetricSecurityKey Key => new(Encoding.UTF8.GetBytes(SigningKey));

    /// <summary>The settings from configuration.</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <exception cref="InvalidOperationException">No key, or one shorter than 32 bytes.</exception>
    public static AuthSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth");
        var key = section["SigningKey"];
        if (key is null || Encoding.UTF8.GetByteCount(key) < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be set to at least 32 bytes (e.g. the environment variable Auth__SigningKey); it signs and checks the bearer tokens.");
        }

        return new AuthSettings
        {
            SigningKey = key,
            Issuer = section["Issuer"] ?? "jilin-urbanization",
            Audience = section["Audience"] ?? "jilin-urbanization-progress",
            DevelopmentIssuer = bool.TryParse(section["DevelopmentIssuer"], out var on) && on,
            TokenLifetimeMinutes = int.TryParse(section["TokenLifetimeMinutes"], out var minutes) && minutes > 0 ? minutes : 480,
        };
    }

    /// <summary>Readable form without the key.</summary>
    public override string ToString() => $"AuthSettings: issuer {Issuer}, audience {Audience}, development issuer {(DevelopmentIssuer ? "on" : "off")}";
}
