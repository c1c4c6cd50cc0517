using System.Globalization;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>
/// Reads what a quote says by hand-written scanning (no regular expressions on the load path): the number and
/// unit, the comparing words around them, the date words, and the commitment verb. Positions are offsets into the
/// whole seed text; <c>masked</c> ranges (a measure's condition quotes) are skipped.
/// </summary>
internal static class TargetQuoteReader
{
    private const string ChineseDigits = "一二两三四五六七八九十半";

    /// <summary>县城, the county seat: a figure whose clause has it as subject binds each county.</summary>
    private const string CountySeat = "县城";

    /// <summary>Unit symbols longest first, so 人次 wins over 人 and 平方米 is read whole.</summary>
    private static readonly string[] UnitSymbols = Unit.Known
        .Where(u => u.IsBase && !u.IsRate)
        .Select(u => u.Symbol)
        .OrderByDescending(s => s.Length)
        .ToArray();

    public readonly record struct QuantityMatch(int Start, int End, decimal Value, decimal? Max, Unit Unit);

    public readonly record struct DatePhrase(int Start, int Length, LocalDate Date, DeadlinePrecision Precision, bool Strong);

    /// <summary>Finds the first number followed by a unit in [from, to), skipping years, months, names and codes.</summary>
    public static QuantityMatch? FindQuantity(string text, int measureStart, int from, int to, IReadOnlyList<(int Start, int End)> masked)
    {
        var i = from;
        while (i < to)
        {
            if (IsMasked(i, masked))
            {
                i++;
                continue;
            }

            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var end = ReadNumber(text, i, to, out var value, out var hasPoint);
                var skip = value < 0m // beyond ±1e20: not a number the library reads (CheckedDecimal.DataLimit)
                    || (i > 0 && (char.IsAsciiLetter(text[i - 1]) || text[i - 1] == '第'))
                    || (end < to && (char.IsAsciiLetter(text[end]) || text[end] is '+' or '月'))
                    || (end < to && text[end] == '年' && end - i == 4 && !hasPoint)
                    || IsInsideNameOrCode(text, measureStart, i);
                if (!skip && TryReadTail(text, end, to, value, out var match, i))
                {
                    return match;
                }

                i = end;
                continue;
            }

            if (ChineseDigits.Contains(c, StringComparison.Ordinal) && (i == 0 || !ChineseDigits.Contains(text[i - 1], StringComparison.Ordinal)))
            {
                var end = i + 1;
                while (end < to && end - i < 3 && ChineseDigits.Contains(text[end], StringComparison.Ordinal))
                {
                    end++;
                }

                var value = ChineseValue(text.AsSpan(i, end - i));
                if (value is { } v && MatchUnit(text, end, to) is { } unit)
                {
                    return new QuantityMatch(i, end + unit.Length, v, null, Unit.Parse(unit));
                }

                i = end;
                continue;
            }

            i++;
        }

        return null;
    }

    /// <summary>Reads the comparator from the words just before and after a quantity, inside the quote.</summary>
    public static Comparator ReadComparator(string text, QuantityMatch quantity, int quoteStart, int quoteEnd)
    {
        if (quantity.Max is not null)
        {
            return Comparator.Range;
        }

        var after = text.AsSpan(quantity.End, Math.Min(3, quoteEnd - quantity.End));
        if (after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("及以上", StringComparison.Ordinal))
        {
            return Comparator.AtLeast;
        }

        if (after.StartsWith("以下", StringComparison.Ordinal) || after.StartsWith("以内", StringComparison.Ordinal) || after.StartsWith("范围内", StringComparison.Ordinal))
        {
            return Comparator.AtMost;
        }

        var beforeStart = Math.Max(quoteStart, quantity.Start - 5);
        var before = text.AsSpan(beforeStart, quantity.Start - beforeStart);
        Comparator? said =
            before.Contains("不超过", StringComparison.Ordinal) ? Comparator.AtMost
            : before.Contains("不低于", StringComparison.Ordinal) || before.Contains("至少", StringComparison.Ordinal) ? Comparator.AtLeast
            : before.Contains("超过", StringComparison.Ordinal) ? Comparator.MoreThan
            : before.EndsWith("约", StringComparison.Ordinal) ? Comparator.Approximately
            : before.Contains("达到", StringComparison.Ordinal) || before.Contains("提高到", StringComparison.Ordinal) ? Comparator.Reaches
            : null;
        if (quantity.Value == 100m && quantity.Unit == Unit.Percent && said is null or Comparator.Reaches or Comparator.AtLeast)
        {
            return Comparator.FullCoverage;
        }

        return said ?? Comparator.Stated;
    }

    /// <summary>
    /// The comparator words of a quote without a number: 全覆盖/全部/所有/完成 or 应X尽X (应落尽落: every one who
    /// should, does) for all, 零/消除 for none; null when neither.
    /// </summary>
    public static Comparator? ReadWordComparator(string text, int from, int to, IReadOnlyList<(int Start, int End)> masked)
    {
        var words = Unmasked(text, from, to, masked);
        if (words.Contains('零', StringComparison.Ordinal) || words.Contains("消除", StringComparison.Ordinal))
        {
            return Comparator.Zero;
        }

        for (var i = 0; i + 3 < words.Length; i++)
        {
            if (words[i] == '应' && words[i + 2] == '尽' && words[i + 1] == words[i + 3] && words[i + 1] != '\u0000')
            {
                return Comparator.FullCoverage;
            }
        }

        foreach (var word in (ReadOnlySpan<string>)["全覆盖", "全部", "所有", "完成"])
        {
            if (words.Contains(word, StringComparison.Ordinal))
            {
                return Comparator.FullCoverage;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the date words in [from, to): strong ones name a deadline (到2025年, 2025年底前, 到2022年底, 年底前,
    /// 10月底前); weak ones name a year in which something is done (2021年…). Years of a plan's name (in 《》),
    /// of a data year (2020年度) and of a range are not date words.
    /// </summary>
    public static List<DatePhrase> FindDates(string text, int measureStart, int from, int to, int documentYear, IReadOnlyList<(int Start, int End)> masked)
    {
        var found = new List<DatePhrase>();
        for (var i = from; i < to; i++)
        {
            if (IsMasked(i, masked) || text[i] is not ('年' or '月'))
            {
                continue;
            }

            var digitsStart = i;
            while (digitsStart > from && char.IsAsciiDigit(text[digitsStart - 1]))
            {
                digitsStart--;
            }

            var digits = i - digitsStart;
            var endOfPeriod = i + 2 < text.Length && text[i + 1] == '底';
            var end = i + 1 + (endOfPeriod ? 1 : 0);
            var before = end < text.Length && text[end] == '前';
            if (before && endOfPeriod)
            {
                end++;
            }

            if (text[i] == '年' && digits == 4)
            {
                if ((i + 1 < text.Length && text[i + 1] == '度') || IsInsideNameOrCode(text, measureStart, i)
                    || (digitsStart > 0 && text[digitsStart - 1] is '-' or '－' or '至'))
                {
                    continue;
                }

                var year = int.Parse(text.AsSpan(digitsStart, 4), NumberStyles.None, CultureInfo.InvariantCulture);
                var start = digitsStart > from && text[digitsStart - 1] == '到' ? digitsStart - 1 : digitsStart;
                var strong = start < digitsStart || endOfPeriod;
                found.Add(new DatePhrase(start, end - start, new LocalDate(year, 12, 31), DeadlinePrecision.Year, strong));
            }
            else if (text[i] == '年' && digits == 0 && endOfPeriod && before)
            {
                found.Add(new DatePhrase(i, end - i, new LocalDate(documentYear, 12, 31), DeadlinePrecision.Year, true));
            }
            else if (text[i] == '月' && digits is 1 or 2 && endOfPeriod && before)
            {
                var month = int.Parse(text.AsSpan(digitsStart, digits), NumberStyles.None, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12)
                {
                    var date = new LocalDate(documentYear, month, CalendarSystem.Iso.GetDaysInMonth(documentYear, month));
                    found.Add(new DatePhrase(digitsStart, end - digitsStart, date, DeadlinePrecision.Month, true));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The commitment verb of a quote (确保, 力争, 计划, 鼓励; otherwise firm) and whether it says 基本 (basically).
    /// </summary>
    public static (CommitmentLevel Level, bool Basically) ReadCommitment(string text, int from, int to, IReadOnlyList<(int Start, int End)> masked)
    {
        var words = Unmasked(text, from, to, masked);
        var level = words.Contains("确保", StringComparison.Ordinal) ? CommitmentLevel.Ensure
            : words.Contains("力争", StringComparison.Ordinal) ? CommitmentLevel.Strive
            : words.Contains("计划", StringComparison.Ordinal) ? CommitmentLevel.Planned
            : words.Contains("鼓励", StringComparison.Ordinal) ? CommitmentLevel.Encouraged
            : CommitmentLevel.Firm;
        return (level, words.Contains("基本", StringComparison.Ordinal));
    }

    /// <summary>
    /// The commitment word (确保, 力争, 计划, 鼓励) that governs a figure whose quote, starting at <paramref name="to"/>,
    /// holds none: the nearest one before it in its sentence [<paramref name="from"/>, <paramref name="to"/>), provided
    /// its reach gets there; otherwise null. A commitment word governs the rest of its clause, and figures joined to it
    /// by 、 (确保…达到100%、…达到100%). Its reach ends at the next comma (，or ,) once its own clause has begun its
    /// complement: the next clause starts a new predicate of its own (鼓励在县域探索…模式,选取46家中心卫生院: the
    /// encouragement is to explore the model; choosing 46 centres is a quota of its own, firm; 计划改造…，计划发放…，
    /// 新筹集公租房1000套: 计划 is written again where it is meant, and 新筹集 is not planned). It reaches past a comma
    /// only while nothing but date words stands between it and the quote (力争到2025年,基本完成…): its complement has
    /// not begun yet.
    /// </summary>
    public static CommitmentLevel? GoverningCommitment(
        string text, int measureStart, int from, int to, int documentYear, IReadOnlyList<(int Start, int End)> masked)
    {
        for (var i = to - 2; i >= from; i--)
        {
            if (IsMasked(i, masked) || IsMasked(i + 1, masked) || CommitmentWord(text.AsSpan(i, 2)) is not { } level)
            {
                continue;
            }

            return OnlyDateWordsAcrossCommas(text, measureStart, i + 2, to, documentYear, masked) ? level : null;
        }

        return null;
    }

    /// <summary>
    /// True when [from, to) holds no clause comma (，or ,), or date words before its first comma and nothing but date
    /// words, commas and white space throughout: the commitment word just before <paramref name="from"/> has not begun
    /// its complement, so it reaches past the comma. A word its comma follows at once takes no complement there
    /// (行动计划, is a noun) and reaches nothing beyond it.
    /// </summary>
    private static bool OnlyDateWordsAcrossCommas(
        string text, int measureStart, int from, int to, int documentYear, IReadOnlyList<(int Start, int End)> masked)
    {
        if (text.AsSpan(from, to - from).IndexOfAny('，', ',') < 0)
        {
            return true;
        }

        var dates = FindDates(text, measureStart, from, to, documentYear, masked);
        var dated = false;
        for (var k = from; k < to; k++)
        {
            if (text[k] is '，' or ',')
            {
                if (!dated)
                {
                    return false;
                }

                continue;
            }

            if (char.IsWhiteSpace(text[k]))
            {
                continue;
            }

            var inDate = false;
            foreach (var date in dates)
            {
                inDate |= k >= date.Start && k < date.Start + date.Length;
            }

            if (!inDate)
            {
                return false;
            }

            dated = true;
        }

        return true;
    }

    private static CommitmentLevel? CommitmentWord(ReadOnlySpan<char> word) => word switch
    {
        "确保" => CommitmentLevel.Ensure,
        "力争" => CommitmentLevel.Strive,
        "计划" => CommitmentLevel.Planned,
        "鼓励" => CommitmentLevel.Encouraged,
        _ => null,
    };

    /// <summary>
    /// Whom a target binds, read from its sentence [from, to) and the clause holding its figure (at
    /// <paramref name="figureAt"/>). Words that distribute it over county-level divisions — 每个县, 所有县, 各县 (with a
    /// following (市) or 城), or 县域有 with the count that follows (县域有一所) — anywhere in the sentence bind each
    /// county, and the first such words are returned verbatim. Otherwise a figure whose own clause has 县城 (the county
    /// seat; every county has one) as its subject — the clause begins with 县城 once its date words are passed
    /// (到2025年,县城新建民用建筑全部建成绿色建筑) — binds each county, and 县城 is returned. 县城 elsewhere (按照县城人口总量,
    /// 与县城统筹考虑, 以县城为重要载体) holds no figure and binds nothing. Otherwise the province.
    /// </summary>
    public static (TargetBinding Binding, int Start, int Length) ReadBinding(string text, int measureStart, int from, int to, int figureAt, int documentYear)
    {
        var at = -1;
        var marker = string.Empty;
        foreach (var candidate in (ReadOnlySpan<string>)["每个县", "所有县", "各县", "县域有"])
        {
            var found = text.IndexOf(candidate, from, to - from, StringComparison.Ordinal);
            if (found >= 0 && (at < 0 || found < at))
            {
                (at, marker) = (found, candidate);
            }
        }

        if (at >= 0)
        {
            var end = at + marker.Length;
            if (marker == "县域有")
            {
                while (end < to && end - at < marker.Length + 2 && ChineseDigits.Contains(text[end], StringComparison.Ordinal))
                {
                    end++;
                }

                end = end > at + marker.Length && end < to ? end + 1 : end;
            }
            else if (end < to && text[end] == '城')
            {
                end++;
            }
            else
            {
                foreach (var suffix in (ReadOnlySpan<string>)["(市)", "（市）"])
                {
                    if (text.AsSpan(end, to - end).StartsWith(suffix, StringComparison.Ordinal))
                    {
                        end += suffix.Length;
                        break;
                    }
                }
            }

            return (TargetBinding.EachCounty, at, end - at);
        }

        var subject = ClauseSubjectStart(text, measureStart, from, figureAt, documentYear);
        return text.AsSpan(subject, to - subject).StartsWith(CountySeat, StringComparison.Ordinal)
            ? (TargetBinding.EachCounty, subject, CountySeat.Length)
            : (TargetBinding.Province, from, 0);
    }

    /// <summary>
    /// Where the subject of the clause holding <paramref name="at"/> begins: after the last clause comma (，or ,) before
    /// it in [from, at], then past white space and the date words that open the clause (到2025年, 2023年底前).
    /// </summary>
    private static int ClauseSubjectStart(string text, int measureStart, int from, int at, int documentYear)
    {
        var start = at;
        while (start > from && text[start - 1] is not ('，' or ','))
        {
            start--;
        }

        var dates = FindDates(text, measureStart, start, at, documentYear, []);
        var moved = true;
        while (moved)
        {
            moved = false;
            while (start < at && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            foreach (var date in dates)
            {
                if (date.Start == start)
                {
                    start += date.Length;
                    moved = true;
                }
            }
        }

        return start;
    }

    /// <summary>The quote's characters with masked ones replaced by a separator that matches no word.</summary>
    public static string Unmasked(string text, int from, int to, IReadOnlyList<(int Start, int End)> masked)
    {
        if (masked.Count == 0)
        {
            return text[from..to];
        }

        return string.Create(to - from, (text, from, masked), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                var at = state.from + k;
                span[k] = IsMasked(at, state.masked) ? '\u0000' : state.text[at];
            }
        });
    }

    private static bool TryReadTail(string text, int end, int to, decimal value, out QuantityMatch match, int start)
    {
        match = default;
        decimal? max = null;
        var k = end;
        if (k + 1 < to && text[k] is '-' or '－' or '至' or '~' && char.IsAsciiDigit(text[k + 1]))
        {
            k = ReadNumber(text, k + 1, to, out var upper, out _);
            if (upper < 0m)
            {
                return false;
            }

            max = upper;
        }

        var scale = 1m;
        if (k < to && text[k] == Unit.TenThousand)
        {
            scale = 10_000m;
            k++;
        }

        if (MatchUnit(text, k, to) is not { } unit)
        {
            return false;
        }

        decimal? scaledMax = null;
        if (max is { } upperValue)
        {
            if (!Scale(upperValue, scale, out var scaledUpper))
            {
                return false;
            }

            scaledMax = scaledUpper;
        }

        if (!Scale(value, scale, out var scaled))
        {
            return false;
        }

        match = new QuantityMatch(start, k + unit.Length, scaled, scaledMax, Unit.Parse(unit));
        return true;
    }

    /// <summary>value × scale (万), checked and within the data limit, trailing zeros dropped.</summary>
    private static bool Scale(decimal value, decimal scale, out decimal scaled)
    {
        var ok = CheckedDecimal.TryMultiply(value, scale, out scaled) && CheckedDecimal.IsWithinDataLimit(scaled);
        scaled = ok ? Normalize(scaled) : 0m;
        return ok;
    }

    /// <summary>Drops trailing zeros a multiplication leaves (3.6 × 10,000 is 36000, not 36000.0).</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static int ReadNumber(string text, int start, int to, out decimal value, out bool hasPoint)
    {
        var end = start;
        while (end < to && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        hasPoint = end + 1 < to && text[end] == '.' && char.IsAsciiDigit(text[end + 1]);
        if (hasPoint)
        {
            end++;
            while (end < to && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        // A run of digits too long for a decimal, or beyond the data limit, reads as -1: no number (the caller skips it).
        if (!StrictText.TryParseDecimal(text.AsSpan(start, end - start), out value))
        {
            value = -1m;
        }

        return end;
    }

    private static string? MatchUnit(string text, int at, int to)
    {
        foreach (var symbol in UnitSymbols)
        {
            if (at + symbol.Length <= to && text.AsSpan(at, symbol.Length).SequenceEqual(symbol))
            {
                return symbol;
            }
        }

        return null;
    }

    private static decimal? ChineseValue(ReadOnlySpan<char> numeral)
    {
        if (numeral.Length == 1)
        {
            return numeral[0] switch
            {
                '半' => 0.5m,
                '两' => 2m,
                _ => ChineseNumeral.Parse(numeral) is var n and > 0 ? n : null,
            };
        }

        return ChineseNumeral.Parse(numeral) is var value and > 0 ? value : null;
    }

    /// <summary>True inside 《…》 (a document's name) or “…” (a project's code name, “761”工程).</summary>
    private static bool IsInsideNameOrCode(string text, int measureStart, int at)
    {
        var names = 0;
        var quotes = 0;
        for (var k = measureStart; k < at; k++)
        {
            names += text[k] switch { '《' => 1, '》' => -1, _ => 0 };
            quotes += text[k] switch { '“' => 1, '”' => -1, _ => 0 };
        }

        return names > 0 || quotes > 0;
    }

    private static bool IsMasked(int at, IReadOnlyList<(int Start, int End)> masked)
    {
        foreach (var (start, end) in masked)
        {
            if (at >= start && at < end)
            {
                return true;
            }
        }

        return false;
    }
}
