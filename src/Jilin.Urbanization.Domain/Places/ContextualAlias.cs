namespace Jilin.Urbanization.Domain.Places;

/// <summary>
/// A spelling that names <see cref="Place"/> only inside the listed contexts: <c>吉林</c> alone may be the province
/// or the city, so it names 吉林市 only in <c>长春吉林一体化</c> and <c>长春、吉林、辽源</c>.
/// </summary>
/// <param name="Alias">The spelling.</param>
/// <param name="Place">The place it names in those contexts.</param>
/// <param name="Contexts">Literal phrases of the texts, each holding <paramref name="Alias"/> exactly once.</param>
internal sealed record ContextualAlias(string Alias, Place Place, ValueList<string> Contexts);
