using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// A figure as people type it: ASCII or full-width digits and point (<c>７８．５</c>), thousands separators in groups of
/// three (<c>38,000</c>, <c>38，000</c>), a percent sign inside the value (<c>78%</c>, <c>78％</c>), and 万 or 亿 after
/// the digits (<c>3.8万</c> is 38,000, exactly: decimal arithmetic, no binary rounding). No exponent, no sign but
/// <c>-</c> (which the value rule then refuses: amounts and shares are never negative).
/// </summary>
/// <param name="Value">The number, 万 and 亿 multiplied out.</param>
/// <param name="Percent">True when the text carried a percent sign.</param>
internal readonly record struct IntakeNumber(decimal Value, bool Percent)
{
    /// <summary>The number, or what is wrong and what to write.</summary>
    public static bool TryRead(ReadOnlySpan<char> cell, out IntakeNumber number, out string? error, out string? suggestion)
    {
        number = default;
        error = null;
        suggestion = null;
        var text = IntakeCells.WithoutTextPrefix(IntakeCells.Trim(cell));
        if (text.IsEmpty)
        {
            error = "is empty";
            suggestion = "Write the figure, e.g. 78.5 or 38,000.";
            return false;
        }

        if (IntakeCells.IsFormula(text))
        {
            error = IntakeCells.FormulaError;
            suggestion = IntakeCells.FormulaSuggestion;
            return false;
        }

        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        IntakeCells.Fold(text, buffer);
        ReadOnlySpan<char> t = buffer;
        var percent = false;
        var scale = 1m;
        if (t[^1] == '%')
        {
            percent = true;
            t = IntakeCells.Trim(t[..^1]);
        }
        else if (t[^1] is '万' or '亿')
        {
            scale = t[^1] == '万' ? 10_000m : 100_000_000m;
            t = IntakeCells.Trim(t[..^1]);
        }

        if (t.IndexOf(',') >= 0)
        {
            Span<char> plain = stackalloc char[Math.Min(t.Length, 64)];
            if (t.Length > 64 || !TryDropThousands(t, plain, out var length))
            {
                error = "is not a number: ',' separates thousands in groups of three (38,000)";
                suggestion = "Write the decimal point as '.' (3.8), and thousands as 38,000 or 38000.";
                return false;
            }

            return Finish(plain[..length], percent, scale, out number, out error, out suggestion);
        }

        return Finish(t, percent, scale, out number, out error, out suggestion);
    }

    private static bool Finish(ReadOnlySpan<char> digits, bool percent, decimal scale, out IntakeNumber number, out string? error, out string? suggestion)
    {
        number = default;
        error = null;
        suggestion = null;
        if (!StrictText.TryParseDecimal(digits, out var value))
        {
            error = $"is not a number (digits with '.' as decimal point, within {CheckedDecimal.DataLimitText})";
            suggestion = "Write digits only, e.g. 78.5, 38,000, 3.8万 or 78%; put the unit in the unit column.";
            return false;
        }

        if (scale != 1m)
        {
            if (!CheckedDecimal.TryMultiply(value, scale, out var scaled) || !CheckedDecimal.IsWithinDataLimit(scaled))
            {
                error = $"is out of range: at most {CheckedDecimal.DataLimitText}";
                return false;
            }

            value = Normal(scaled);
        }

        number = new IntakeNumber(value, percent);
        return true;
    }

    /// <summary>The value without trailing zeros a multiplication added (3.8 × 10,000 is 38000, not 38000.0).</summary>
    public static decimal Normal(decimal value) => value / 1.0000000000000000000000000000m;

    // 38,000.5 → 38000.5; every group after the first has exactly three digits, the first one to three.
    private static bool TryDropThousands(ReadOnlySpan<char> text, Span<char> into, out int length)
    {
        length = 0;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var sign = whole is ['-', ..] ? 1 : 0;
        var groups = whole[sign..];
        var first = groups.IndexOf(',');
        if (first is < 1 or > 3)
        {
            return false;
        }

        for (var i = first; i < groups.Length; i += 4)
        {
            if (groups[i] != ',' || i + 4 > groups.Length || groups.Slice(i + 1, 3).ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }

        foreach (var c in text)
        {
            if (c != ',')
            {
                into[length++] = c;
            }
        }

        return true;
    }
}
