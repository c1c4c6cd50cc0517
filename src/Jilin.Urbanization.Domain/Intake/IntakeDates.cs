using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// Days as people write them: <c>2025-09-30</c>, <c>2025-9-30</c>, <c>2025/9/30</c>, <c>2025.9.30</c>,
/// <c>2025年9月30日</c> (or 号), <c>20250930</c>, full-width digits, a midnight time after the day
/// (<c>2025-09-30 00:00:00</c>, how a date cell may be exported), and an Excel serial day number (<c>45930</c>, day 1
/// being 1900-01-01 with Excel's 1900 leap-day error, so serials from 61 count from 1899-12-30). Days are within the
/// tracker's range (2000-01-01 to 2100-12-31).
/// </summary>
internal static class IntakeDates
{
    private static readonly LocalDate SerialEpoch = new(1899, 12, 30);

    /// <summary>The day, or what is wrong (a message) and a suggestion.</summary>
    public static bool TryRead(ReadOnlySpan<char> cell, out LocalDate day, out string? error)
    {
        error = null;
        day = default;
        var text = IntakeCells.WithoutTextPrefix(IntakeCells.Trim(cell));
        if (IntakeCells.IsFormula(text))
        {
            error = IntakeCells.FormulaError;
            return false;
        }

        Span<char> folded = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        IntakeCells.Fold(text, folded);
        ReadOnlySpan<char> t = folded;
        foreach (var midnight in (ReadOnlySpan<string>)[" 00:00:00", "T00:00:00", " 0:00:00", " 00:00"])
        {
            if (t.EndsWith(midnight, StringComparison.Ordinal))
            {
                t = t[..^midnight.Length];
                break;
            }
        }

        if (!TryParse(t, out day))
        {
            error = "is not a date";
            return false;
        }

        if (day < TrackingRules.Earliest || day > TrackingRules.Latest)
        {
            error = $"is out of range: entries are dated {TrackingRules.RangeText}";
            return false;
        }

        return true;
    }

    /// <summary>The suggestion for a text that is no date.</summary>
    public const string Forms = "Write the day as 2025-09-30 (also 2025/9/30, 2025.9.30 or 2025年9月30日), or use a date cell.";

    private static bool TryParse(ReadOnlySpan<char> t, out LocalDate day)
    {
        day = default;
        if (t.IsEmpty)
        {
            return false;
        }

        if (!t.ContainsAnyExceptInRange('0', '9') || (t.IndexOf('.') is var p && p > 0 && t[(p + 1)..].IndexOfAnyExcept('0') < 0 && !t[..p].ContainsAnyExceptInRange('0', '9')))
        {
            var digits = t.IndexOf('.') is var point && point > 0 ? t[..point] : t;
            if (digits.Length == 8)
            {
                return Make(Int(digits[..4]), Int(digits[4..6]), Int(digits[6..]), out day);
            }

            // An Excel serial day (a date cell read as its number); beyond 2958465 Excel has no day.
            if (digits.Length is >= 1 and <= 7 && Int(digits) is var serial and >= 61 and <= 2_958_465)
            {
                day = SerialEpoch.PlusDays(serial);
                return true;
            }

            return false;
        }

        // yyyy年M月d日 / 号
        var year = t.IndexOf('年');
        if (year > 0)
        {
            var month = t.IndexOf('月');
            if (month <= year + 1 || !(t.EndsWith("日") || t.EndsWith("号")))
            {
                return false;
            }

            return Make(Int(t[..year]), Int(t[(year + 1)..month]), Int(t[(month + 1)..^1]), out day);
        }

        // yyyy-M-d, yyyy/M/d, yyyy.M.d: one separator, twice.
        var first = t.IndexOfAny('-', '/', '.');
        if (first != 4)
        {
            return false;
        }

        var separator = t[first];
        var second = t[(first + 1)..].IndexOf(separator);
        if (second < 0)
        {
            return false;
        }

        second += first + 1;
        return Make(Int(t[..first]), Int(t[(first + 1)..second]), Int(t[(second + 1)..]), out day);
    }

    // -1 for anything but 1 to 4 ASCII digits (so a bad part fails the calendar check).
    private static int Int(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 7 || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return -1;
        }

        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static bool Make(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>The day in the one form intake writes (<c>yyyy-MM-dd</c>).</summary>
    public static string Format(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
