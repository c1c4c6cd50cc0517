using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;

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
    /// <remarks>
    /// Reading runs each type's own guards. A <c>required</c> property must be present; a constructor parameter without a
    /// default value must be present only when <see cref="JsonSerializerOptions.RespectRequiredConstructorParameters"/>
    /// is set, as <see cref="CreateOptions()"/> and <see cref="ConfigureDomainJson(JsonSerializerOptions)"/> do.
    /// </remarks>
    public static IJsonTypeInfoResolver TypeInfoResolver => DomainJsonContext.Default;

    /// <summary>New options with web defaults (camelCase), configured by <see cref="ConfigureDomainJson(JsonSerializerOptions)"/>.</summary>
    /// <returns>The options.</returns>
    /// <remarks>
    /// Reading with these options throws <see cref="JsonException"/> for malformed JSON, a missing required member, a
    /// <c>null</c> where the type allows none, an unknown enum name or a malformed id, date or code; and the exception
    /// the type's constructor or <c>init</c> accessor documents (an <see cref="ArgumentException"/>) for a value that
    /// breaks the type's invariants (e.g. a negative <c>SourceSpan</c> offset).
    /// </remarks>
    public static JsonSerializerOptions CreateOptions() => new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
    }.ConfigureDomainJson();

    /// <summary>
    /// New options as <see cref="CreateOptions()"/> that also read a <see cref="Tracking.TrackingScope"/> (and so an
    /// <see cref="Tracking.ImplementationReport"/>) over <paramref name="catalog"/>: a scope is written as the ids it
    /// selects by, and reading rebuilds it over the catalog, refusing ids the catalog does not hold.
    /// </summary>
    /// <param name="catalog">The catalog scopes are read over.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static JsonSerializerOptions CreateOptions(PolicyCatalog catalog) => CreateOptions().WithCatalog(catalog);

    /// <summary>
    /// Configures existing options for the library's types (e.g. ASP.NET Core's): the context and its converters, and
    /// <see cref="JsonSerializerOptions.RespectRequiredConstructorParameters"/> set, so a constructor argument missing
    /// from the JSON is a <see cref="JsonException"/> rather than a silent <c>default</c> (this applies to your own types
    /// read with these options too).
    /// </summary>
    /// <param name="options">Options not yet in use.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions ConfigureDomainJson(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        options.RespectRequiredConstructorParameters = true;   // a missing member is an error, never a silent default (a day 0001-01-01)
        options.TypeInfoResolverChain.Insert(0, TypeInfoResolver);
        foreach (var converter in DomainJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    /// <summary>
    /// Configures existing options as <see cref="ConfigureDomainJson(JsonSerializerOptions)"/> does, and to read a
    /// <see cref="Tracking.TrackingScope"/> (and so an <see cref="Tracking.ImplementationReport"/>) over <paramref name="catalog"/>.
    /// </summary>
    /// <param name="options">Options not yet in use.</param>
    /// <param name="catalog">The catalog scopes are read over.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions ConfigureDomainJson(this JsonSerializerOptions options, PolicyCatalog catalog)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(catalog);
        return options.ConfigureDomainJson().WithCatalog(catalog);
    }

    private static JsonSerializerOptions WithCatalog(this JsonSerializerOptions options, PolicyCatalog catalog)
    {
        Guard.Against.Null(catalog);
        options.Converters.Insert(0, new TrackingScopeJsonConverter(catalog));
        return options;
    }
}
