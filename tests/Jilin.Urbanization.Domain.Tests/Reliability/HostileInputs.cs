using CsCheck;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// The input classes the held-out reliability probe found wrong answers with, as CsCheck generators shared by the fuzz
/// suites: extreme and boundary numbers, control and zero-width characters, whitespace variants, formula prefixes,
/// and very long strings. Each property takes an iteration count: the default run uses a quick one, the
/// <c>LongFuzz</c> category (<see cref="LongFuzzTests"/>, <c>.ci/steps/15-long-fuzz.sh</c>) a long one.
/// </summary>
internal static class HostileInputs
{
    /// <summary>Characters a reader must never let through silently: NUL and other controls, zero-width and BOM, bidi marks, line separators.</summary>
    public static readonly string[] Invisible = ["\u0000", "\u0001", "\u001F", "\u007F", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u202E", "\u2028", "\u0085"];

    /// <summary>Whitespace of every kind a scraped or typed text carries.</summary>
    public static readonly string[] Whitespace = [" ", "\t", "\r", "\n", "\r\n", "\u3000", "\u00A0", "\u2003", "\u205F", " \t"];

    /// <summary>What a spreadsheet program runs as a formula when a cell begins with it (OWASP).</summary>
    public static readonly char[] FormulaPrefixes = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Any character that can decorate a token: invisible, whitespace, or an ordinary one.</summary>
    public static readonly Gen<string> Decoration = Gen.OneOf(Gen.OneOfConst(Invisible), Gen.OneOfConst(Whitespace));

    /// <summary>Where a decoration goes: before, after, or inside the text.</summary>
    public static Gen<string> Decorate(string text) =>
        from d in Decoration
        from at in Gen.OneOf(Gen.Const(0), Gen.Const(text.Length), Gen.Int[0, text.Length])
        select text.Insert(at, d);

    /// <summary>Decimals at and near the edges: the extremes, 7.9e28, the data limit, tiny fractions, and random ones.</summary>
    public static readonly Gen<decimal> ExtremeDecimal = Gen.OneOf(
        Gen.OneOfConst(
            decimal.MaxValue, decimal.MinValue, 7.9e28m, -7.9e28m, 7.9e24m, 1e20m, -1e20m, 100_000_000_000_000_000_001m,
            0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 0m, 1m, 0.5m, 10_000m, 79_228_162_514_264m),
        Gen.Decimal,
        Gen.Long.Select(l => (decimal)l),
        Gen.Double[-1e20, 1e20].Select(d => (decimal)d));

    /// <summary>Formula-like cell text: a prefix, then ordinary text, another formula or a number.</summary>
    public static readonly Gen<string> FormulaLike =
        from prefix in Gen.OneOfConst(FormulaPrefixes)
        from rest in Gen.OneOf(
            Gen.OneOfConst("1+1", "cmd|' /C calc'!A0", "HYPERLINK(\"http://x\")", "SUM(A1:A9)", "12", "0.5", "3 人", string.Empty, "-1", "=1"),
            Gen.String[0, 12])
        select prefix + rest;

    /// <summary>A very long string (up to 3 MB of characters), of one character or of a repeated word.</summary>
    public static readonly Gen<string> VeryLong =
        from length in Gen.Int[100_000, 3_000_000]
        from c in Gen.OneOfConst('a', '字', '\u0000', '\u3000', '/', '1')
        select new string(c, length);
}
