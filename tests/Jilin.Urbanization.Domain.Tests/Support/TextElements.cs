using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Tests.Support;

/// <summary>Every text element of a document with its span, so fidelity tests can check them all.</summary>
internal static class TextElements
{
    public static IEnumerable<(string What, string Text, SourceSpan Span)> Of(PolicyDocument d)
    {
        if (d.Label is { } label)
        {
            yield return ("label", label.Text, label.Span);
        }

        foreach (var p in d.TitleLines)
        {
            yield return ("title line", p.Text, p.Span);
        }

        foreach (var p in d.Preamble)
        {
            yield return ("preamble", p.Text, p.Span);
        }

        foreach (var c in d.Chapters)
        {
            yield return ($"chapter {c.Number} title", c.Title, c.TitleSpan);
            yield return ($"chapter {c.Number} heading", c.Heading, c.HeadingSpan);
        }

        foreach (var g in d.Groups)
        {
            yield return ($"group {g.Number} title", g.Title, g.TitleSpan);
            yield return ($"group {g.Number} heading", g.Heading, g.HeadingSpan);
            foreach (var p in g.Body)
            {
                yield return ($"group {g.Number} body", p.Text, p.Span);
            }
        }

        foreach (var m in d.Measures)
        {
            yield return ($"measure {m.Number} text", m.Text, m.TextSpan);
            yield return ($"measure {m.Number} verbatim", m.Verbatim, m.Span);
            yield return ($"measure {m.Number} responsibility", m.Responsibility.Text, m.Responsibility.Span);
            foreach (var mention in m.Responsibility.Departments.Where(x => x.Span is not null))
            {
                yield return ($"measure {m.Number} mention {mention.Name}", mention.Name, mention.Span!.Value);
            }
        }

        foreach (var p in d.Closing)
        {
            yield return ("closing", p.Text, p.Span);
        }

        foreach (var e in d.Errata)
        {
            yield return ($"erratum {e.Id}", e.Verbatim, e.Span);
        }

        if (d.ImplicitImplementer is { } implementer)
        {
            yield return ("implicit implementer note", implementer.Note, implementer.Span);
        }
    }
}
