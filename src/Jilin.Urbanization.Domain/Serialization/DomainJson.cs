using System.Text.Encodings.Web;
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
/// <remarks>
/// <para><b>Your own types.</b> The options resolve types through a chain (<c>JsonTypeInfoResolver.Combine</c>):
/// the library's context first, then yours — <c>DomainJson.CreateOptions(AppJsonContext.Default)</c>, or
/// <c>options.TypeInfoResolverChain.Add(AppJsonContext.Default)</c> before first use. A type of yours may hold the
/// library's types (a <c>MeasureId</c>, a <c>ComplianceStatus</c>): nested types are resolved through the whole chain
/// and the library's converters, so they are written as the library writes them. On ASP.NET Core, whose options already
/// hold a resolver (reflection, or your context under Native AOT), <see cref="ConfigureDomainJson(JsonSerializerOptions)"/>
/// puts the library's context in front of it and keeps it.</para>
/// <para><b>Chinese as text.</b> The options write Chinese (and every other non-ASCII character) as UTF-8, not as
/// <c>\uXXXX</c>, with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>. That encoder is "unsafe" only where
/// JSON is pasted into HTML or a <c>&lt;script&gt;</c> block unencoded, since it leaves <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c> and <c>'</c> as they are; JSON sent as <c>application/json</c>, saved to a file or read by a program is
/// not HTML, and quotes, backslashes and control characters are still escaped, so the output is valid JSON whatever a
/// string holds. If you embed the JSON in a page, set <see cref="JsonSerializerOptions.Encoder"/> to
/// <see cref="JavaScriptEncoder.Default"/> (<see cref="ConfigureDomainJson(JsonSerializerOptions)"/> keeps an encoder you set).</para>
/// </remarks>
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
    /// New options as <see cref="CreateOptions()"/>, with your resolvers after the library's (your source-generated
    /// <c>JsonSerializerContext</c>s): the first resolver that knows a type gives its metadata, as in
    /// <c>JsonTypeInfoResolver.Combine</c>.
    /// </summary>
    /// <param name="resolvers">Your resolvers, in order.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resolvers"/> or an item of it is null.</exception>
    public static JsonSerializerOptions CreateOptions(params IEnumerable<IJsonTypeInfoResolver> resolvers)
    {
        Guard.Against.Null(resolvers);
        var options = CreateOptions();
        foreach (var resolver in resolvers)
        {
            options.TypeInfoResolverChain.Add(Guard.Against.Null(resolver, nameof(resolvers)));
        }

        return options;
    }

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
    /// Configures existing options for the library's types (e.g. ASP.NET Core's): the context in front of the resolvers
    /// already there (they are kept), its converters, Chinese written as UTF-8 text unless an encoder is already set, and
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
        options.Encoder ??= JavaScriptEncoder.UnsafeRelaxedJsonEscaping; // Chinese as UTF-8 text; see the remarks on DomainJson for why this is safe outside HTML
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
