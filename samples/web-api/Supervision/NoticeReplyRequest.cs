namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>
/// The body of <c>POST /supervision/notices/{body}/replies</c>: the body's reply (督办回复) to one of its notices, as the
/// provincial office records it: <c>{"notice": "督办〔2026〕1号", "repliedOn": "2026-01-20", "text": "…"}</c>
/// (<c>repliedOn</c> default: the server's day; <c>text</c>: its summary, may be empty).
/// </summary>
/// <param name="Notice">The notice's number.</param>
/// <param name="RepliedOn">The day the reply was received (ISO), or null for today.</param>
/// <param name="Text">What it says, or null for nothing.</param>
public sealed record NoticeReplyRequest(string? Notice = null, string? RepliedOn = null, string? Text = null);
