using System.Globalization;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Benchmarks.Intake;

/// <summary>
/// The reader a user writes on Sep 0.18.0 with the same checks, through the library's public API only (issue 24's
/// baseline): each distinct target, subject, unit and date resolved once (dictionaries keyed by the span's text), the
/// value parsed as an invariant decimal, the target's binding (province-wide or per county), the value rule
/// (<see cref="ObservationRule.TryCheck(TargetIndicator, Observation, out string?)"/>: unit, range, period), the day
/// range, duplicates by key, then a <see cref="TrackingLog"/> of the figures. It throws at the first error (it collects
/// nothing), so it is a floor for the pipeline, which collects every problem with its location.
/// </summary>
public static class SepCheckedReader
{
    private static readonly LocalDate Earliest = new(2000, 1, 1);
    private static readonly LocalDate Latest = new(2100, 12, 31);

    /// <summary>Reads the observations CSV at <paramref name="path"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="path">The file.</param>
    /// <returns>The log of the figures.</returns>
    public static TrackingLog Read(PolicyCatalog catalog, string path)
    {
        var subjects = new SubjectDirectory(Divisions.DivisionRegistry.Default, catalog.Departments);
        var targets = new Dictionary<string, TargetIndicator>(StringComparer.Ordinal);
        var who = new Dictionary<string, Subject>(StringComparer.Ordinal);
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        var days = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var targetLookup = targets.GetAlternateLookup<ReadOnlySpan<char>>();
        var whoLookup = who.GetAlternateLookup<ReadOnlySpan<char>>();
        var unitLookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
        var dayLookup = days.GetAlternateLookup<ReadOnlySpan<char>>();
        var sourceLookup = sources.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<(TargetId, Subject, LocalDate)>();
        var figures = new List<ProgressObservation>();

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        int target = reader.Header.IndexOf("target"), subject = reader.Header.IndexOf("subject"), value = reader.Header.IndexOf("value"),
            unit = reader.Header.IndexOf("unit"), date = reader.Header.IndexOf("observedOn"), source = reader.Header.IndexOf("source");
        foreach (var row in reader)
        {
            var targetText = row[target].Span;
            if (!targetLookup.TryGetValue(targetText, out var found))
            {
                found = catalog.GetTarget(TargetId.Parse(targetText.ToString()));
                targets[targetText.ToString()] = found;
            }

            var subjectText = row[subject].Span;
            if (!whoLookup.TryGetValue(subjectText, out var s))
            {
                s = subjectText.IsEmpty ? Subject.Province : subjects.Resolve(subjectText.ToString());
                who[subjectText.ToString()] = s;
            }

            if ((found.Binding == TargetBinding.Province) != (s == Subject.Province))
            {
                throw new FormatException($"Line {row.RowIndex + 2}: {found.Id} does not bind {s}.");
            }

            var unitText = row[unit].Span;
            if (!unitLookup.TryGetValue(unitText, out var u))
            {
                u = Unit.Parse(unitText.ToString());
                units[unitText.ToString()] = u;
            }

            var dateText = row[date].Span;
            if (!dayLookup.TryGetValue(dateText, out var day))
            {
                day = LocalDatePattern.Iso.Parse(dateText.ToString()).GetValueOrThrow();
                if (day < Earliest || day > Latest)
                {
                    throw new FormatException($"Line {row.RowIndex + 2}: {day} is out of range.");
                }

                days[dateText.ToString()] = day;
            }

            var number = decimal.Parse(row[value].Span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var observation = new Observation(number, u, day);
            if (!ObservationRule.TryCheck(found, observation, out var error))
            {
                throw new FormatException($"Line {row.RowIndex + 2}: {error}");
            }

            if (!seen.Add((found.Id, s, day)))
            {
                throw new FormatException($"Line {row.RowIndex + 2}: {found.Id} for {s} on {day} is given twice.");
            }

            string? sourceText = null;
            if (source >= 0 && row[source].Span is { IsEmpty: false } sourceSpan && !sourceLookup.TryGetValue(sourceSpan, out sourceText))
            {
                sourceText = sourceSpan.ToString();
                sources[sourceText] = sourceText;
            }

            figures.Add(new ProgressObservation(found.Id, s, observation, sourceText));
        }

        return new TrackingLog(figures, []);
    }
}
