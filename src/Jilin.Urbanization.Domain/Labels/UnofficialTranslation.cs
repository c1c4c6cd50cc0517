using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Labels;

/// <summary>
/// An English rendering of a Chinese name or title. Always an UNOFFICIAL translation made for this package:
/// the Chinese text is the authority, and no government body has published or endorsed the English.
/// </summary>
/// <param name="Chinese">The Chinese original, as the documents (or, for full names, the public record) write it.</param>
/// <param name="English">The unofficial English rendering.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record UnofficialTranslation(string Chinese, string English)
{
    /// <summary>The Chinese original, as the documents (or, for full names, the public record) write it.</summary>
    public string Chinese { get; init => field = Guard.Against.Null(value, nameof(Chinese)); } = Guard.Against.Null(Chinese);

    /// <summary>The unofficial English rendering.</summary>
    public string English { get; init => field = Guard.Against.Null(value, nameof(English)); } = Guard.Against.Null(English);

    /// <summary>The notice every export and display of an English label carries.</summary>
    public const string Notice = "Unofficial translation; the Chinese text is the authority.";

    /// <summary>Always false: no English label in this package is official.</summary>
#pragma warning disable CA1822 // An instance member so callers can ask any label, in a notebook or a data binding.
    public bool IsOfficial => false;
#pragma warning restore CA1822

    /// <summary>Readable form: <c>English (unofficial; 中文)</c>.</summary>
    public override string ToString() => $"{English} (unofficial; {Chinese})";
}
