namespace Jilin.Urbanization.WebApi.Security;

/// <summary>The answer of <c>POST /dev/tokens</c>: the bearer token and whom it acts for.</summary>
/// <param name="Token">The token, for <c>Authorization: Bearer …</c>.</param>
/// <param name="Subject">The subject's canonical text.</param>
/// <param name="Name">The subject's name.</param>
/// <param name="Role">province, county or department.</param>
/// <param name="Expires">When the token expires (ISO instant).</param>
public sealed record IssuedToken(string Token, string Subject, string Name, string Role, string Expires);
