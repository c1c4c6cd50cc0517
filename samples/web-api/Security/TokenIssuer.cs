using System.Security.Claims;
using Jilin.Urbanization.Domain.Tracking;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Security;

/// <summary>
/// Issues bearer tokens for a subject, signed with the configured key: the development issuer behind
/// <c>POST /dev/tokens</c>, and what a province's own identity provider would do (one subject and role per token).
/// </summary>
/// <param name="settings">The key, issuer and audience.</param>
/// <param name="clock">The clock (tokens expire by it).</param>
public sealed class TokenIssuer(AuthSettings settings, IClock clock)
{
    /// <summary>A token acting for <paramref name="subject"/>.</summary>
    /// <param name="subject">The subject (the province, a division of Jilin, a department).</param>
    /// <param name="expires">When it expires.</param>
    public string Issue(Subject subject, out Instant expires)
    {
        var now = clock.GetCurrentInstant();
        expires = now + Duration.FromMinutes(settings.TokenLifetimeMinutes);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity([new Claim(Callers.SubjectClaim, subject.ToString()), new Claim(Callers.RoleClaim, Callers.RoleFor(subject))]),
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = expires.ToDateTimeUtc(),
            SigningCredentials = new SigningCredentials(settings.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
