using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Http;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Security;

/// <summary>
/// Bearer-token authentication and the two policies: <see cref="Reader"/> (any known subject) and the
/// per-entry check of uploads, which asks the library (<see cref="ReportingRights"/>), not a copy of its rules.
/// A missing, expired or forged token is a 401 problem; a token for no known subject too.
/// </summary>
public static class AuthSetup
{
    /// <summary>The policy of every authenticated endpoint: a token naming a known subject.</summary>
    public const string Reader = "reader";

    /// <summary>The policy of the provincial office only.</summary>
    public const string ProvincialOffice = "provincial-office";

    /// <summary>Adds authentication and authorisation from the <c>Auth</c> section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    public static AuthSettings AddServerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuthSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<TokenIssuer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IClock, PolicyCatalog>((o, clock, catalog) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = settings.Key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = Callers.SubjectClaim,
                RoleClaimType = Callers.RoleClaim,
                // Expiry by the app's IClock (a test's FakeClock), with a minute of skew.
                LifetimeValidator = (notBefore, expires, _, _) =>
                {
                    var now = clock.GetCurrentInstant().ToDateTimeUtc();
                    return (notBefore is null || notBefore <= now.AddMinutes(1)) && expires is { } end && now <= end.AddMinutes(1);
                },
            };
            var subjects = new ImplementationTracker(catalog, TrackingLog.Empty).Subjects;
            o.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (context.Principal is null || !Callers.TryGet(context.Principal, out var subject) || !subjects.TryResolve(subject.ToString(), out _)
                        || context.Principal.FindFirst(Callers.RoleClaim)?.Value != Callers.RoleFor(subject))
                    {
                        context.Fail("the token names no division of Jilin or department, or a role that is not the subject's.");
                    }

                    return Task.CompletedTask;
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    var detail = context.AuthenticateFailure switch
                    {
                        null => "This endpoint needs a bearer token (Authorization: Bearer <token>) naming the office that calls.",
                        SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => "The bearer token has expired (or is not valid yet); ask for a new one.",
                        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The bearer token is not signed with this server's key.",
                        SecurityTokenInvalidAudienceException or SecurityTokenInvalidIssuerException => "The bearer token was issued for another server (issuer or audience).",
                        _ => "The bearer token is not valid: malformed, or naming no known office.",
                    };
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", detail, "header Authorization").ExecuteAsync(context.HttpContext);
                },
                OnForbidden = async context =>
                {
                    await Problems.Of(StatusCodes.Status403Forbidden, "forbidden", $"The {Callers.RoleOf(context.HttpContext.User)} role may not call {context.HttpContext.Request.Method} {RequestLog.RouteOf(context.HttpContext)}.")
                        .ExecuteAsync(context.HttpContext);
                },
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Reader, p => p.RequireAuthenticatedUser().RequireClaim(Callers.SubjectClaim))
            .AddPolicy(ProvincialOffice, p => p.RequireAuthenticatedUser().RequireRole(Callers.Province));
        return settings;
    }
}
