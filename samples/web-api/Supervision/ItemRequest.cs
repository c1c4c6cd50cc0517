namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>
/// The body of <c>POST /supervision/notices/{body}/verifications</c> (核查, 销号) and <c>…/reopenings</c>: one of the
/// body's items, a target (<c>{"target": "…/68/t1"}</c>, for the province or one county: <c>subject</c>) or a measure
/// (<c>{"measure": "…/26"}</c>, for the body), the day (default: the server's day), and a note (核查情况) or, to reopen,
/// the reason (required).
/// </summary>
/// <param name="Target">A target's id, or null.</param>
/// <param name="Measure">A measure's id, or null.</param>
/// <param name="Subject">The target's subject (a name or canonical text); default: the province for a department, else the body.</param>
/// <param name="Day">The day verified or reopened (ISO), or null for today.</param>
/// <param name="Note">What was checked (现场核查, 资料核查), for a verification.</param>
/// <param name="Reason">Why it is reopened, for a reopening.</param>
public sealed record ItemRequest(string? Target = null, string? Measure = null, string? Subject = null, string? Day = null, string? Note = null, string? Reason = null);
