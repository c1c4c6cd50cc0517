using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// JSON options for the library's types, trim- and AOT-safe: <see cref="DomainJsonContext"/> first in the resolver
/// chain, its converters (ids as strings, enums by name, NodaTime dates as ISO strings) registered. For ASP.NET Core:
/// <c>builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureDomainJson());</c>
/// </summary>
public static class DomainJson
{
    /// <summary>
    /// The source-generated metadata for the library's public types (<c>Measure</c>, <c>TargetIndicator</c>,
    /// <c>ComplianceReport</c>, the ids …), for a resolver chain of your own.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => DomainJsonContext.Default;

    /// <summary>New options with web defaults (camelCase), configured by <see cref="ConfigureDomainJson"/>.</summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions() => new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureDomainJson();

    /// <summary>Configures existing options for the library's types (e.g. ASP.NET Core's): the context and its converters.</summary>
    /// <param name="options">Options not yet in use.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions ConfigureDomainJson(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        options.TypeInfoResolverChain.Insert(0, DomainJsonContext.Default);
        foreach (var converter in DomainJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }
}
