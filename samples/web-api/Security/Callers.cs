using System.Security.Claims;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.WebApi.Security;

/// <summary>
/// Who calls: every token names one subject (claim <c>sub</c>: <c>220000</c> the provincial office, a division code
/// such as <c>220581</c> a county or city government, <c>department:housing</c> a department) and its role (claim
/// <c>role</c>: <c>province</c>, <c>county</c>, <c>department</c>).
/// </summary>
public static class Callers
{
    /// <summary>The role of the provincial office.</summary>
    public const string Province = "province";

    /// <summary>The role of a county or city government (a division of Jilin).</summary>
    public const string County = "county";

    /// <summary>The role of a department.</summary>
    public const string Department = "department";

    /// <summary>The claim holding the subject.</summary>
    public const string SubjectClaim = "sub";

    /// <summary>The claim holding the role.</summary>
    public const string RoleClaim = "role";

    /// <summary>The role a subject acts in.</summary>
    /// <param name="subject">The subject.</param>
    public static string RoleFor(Subject subject) =>
        subject == Subject.Province ? Province : subject.Kind == SubjectKind.Department ? Department : County;

    /// <summary>The caller's subject, when the token names one that parses.</summary>
    /// <param name="user">The authenticated user.</param>
    /// <param name="subject">The subject.</param>
    public static bool TryGet(ClaimsPrincipal user, out Subject subject)
    {
        subject = default;
        return user.Identity?.IsAuthenticated == true && Subject.TryParse(user.FindFirst(SubjectClaim)?.Value, out subject);
    }

    /// <summary>The caller's role claim, or <c>anonymous</c>.</summary>
    /// <param name="user">The user.</param>
    public static string RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(RoleClaim)?.Value ?? "none" : "anonymous";
}
