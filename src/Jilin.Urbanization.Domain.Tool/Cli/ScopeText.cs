using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>
/// Turns <c>--scope</c> values into a <see cref="TrackingScope"/> with the library's own builders, so names resolve
/// by the library's one rule (<c>梅河口</c>, <c>住建厅</c>): an unknown name is the library's not-found error.
/// </summary>
internal static class ScopeText
{
    /// <summary>The tracker's whole scope narrowed by every value, in order.</summary>
    /// <exception cref="UsageException">A value has an unknown kind or a malformed id.</exception>
    public static TrackingScope Apply(TrackingScope scope, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            try
            {
                scope = ApplyOne(scope, value.Trim());
            }
            catch (ArgumentException e)
            {
                // A chapter or group number the document does not have, a measure the catalog does not hold.
                throw new UsageException($"--scope {value}: {e.Message}");
            }
        }

        return scope;
    }

    private static TrackingScope ApplyOne(TrackingScope scope, string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            // A bare value: an id of a document, measure or target, else a subject's name.
            if (DocumentId.TryParse(value, out var document))
            {
                return scope.InDocument(document);
            }

            if (TargetId.TryParse(value, out var target) && scope.Catalog.TryGetTarget(target, out _))
            {
                return scope.ForTarget(target);
            }

            if (MeasureId.TryParse(value, out var measure))
            {
                return scope.ForMeasure(measure);
            }

            return scope.ForSubject(value);
        }

        var kind = value[..colon].Trim().ToLowerInvariant();
        var text = value[(colon + 1)..].Trim();
        return kind switch
        {
            "document" => scope.InDocument(DocumentId.TryParse(text, out var d) ? d : throw Bad(value, "not a document id")),
            "measure" => scope.ForMeasure(MeasureId.TryParse(text, out var m) ? m : throw Bad(value, "not a measure id")),
            "target" => scope.ForTarget(TargetId.TryParse(text, out var t) ? t : throw Bad(value, "not a target id")),
            "chapter" => WithNumber(value, text, (doc, n) => scope.InChapter(doc, n)),
            "group" => WithNumber(value, text, (doc, n) => scope.InGroup(doc, n)),
            "led-by" => scope.LedBy(text),
            "involving" => scope.Involving(text),
            "subject" => scope.ForSubject(text),
            _ => throw Bad(value, "unknown kind; use document, measure, target, chapter, group, led-by, involving or subject"),
        };
    }

    private static TrackingScope WithNumber(string value, string text, Func<DocumentId, int, TrackingScope> make)
    {
        var slash = text.LastIndexOf('/');
        return slash > 0
            && DocumentId.TryParse(text[..slash], out var document)
            && int.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? make(document, number)
            : throw Bad(value, "write <document id>/<number>");
    }

    private static UsageException Bad(string value, string why) => new($"--scope {value}: {why}");
}
