using System.Text;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>
/// Folds the harmless differences in how a name is typed: full-width ASCII forms (（）, Ａ) become half-width,
/// and every whitespace character (including the ideographic space U+3000 and no-break space) is dropped,
/// since Chinese names carry no spaces and the scraped source leaves stray ones inside words.
/// </summary>
internal static class NameNormalizer
{
    /// <summary>The normalized name; <paramref name="name"/> itself (no copy) when nothing needs folding.</summary>
    public static string Normalize(string name) => IsNormalized(name) ? name : Normalize(name.AsSpan());

    /// <summary>True when the name has no whitespace and no full-width ASCII form, so it is its own normal form.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is >= '\uFF01' and <= '\uFF5E' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string Normalize(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return builder.ToString();
    }
}
