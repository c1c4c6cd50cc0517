using System.Text.Json.Serialization;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Cards;

/// <summary>
/// A type of the app's own, as a front end would want it, holding the library's types (an id, an enum, a NodaTime date)
/// and plain .NET ones (a string array): serialised by ASP.NET Core through the options <c>ConfigureDomainJson()</c>
/// configured, with the app's source-generated context (<see cref="AppJsonContext"/>) after the library's in the chain.
/// </summary>
/// <param name="Id">The target's id (written as the library writes it: a string).</param>
/// <param name="Binding">Whom it binds (the library's camelCase name).</param>
/// <param name="Deadline">The deadline (an ISO date), or null.</param>
/// <param name="Departments">The responsible departments' names (short official names), as an array of strings.</param>
/// <param name="Quote">The verbatim quote.</param>
public sealed record TargetCard(TargetId Id, TargetBinding Binding, LocalDate? Deadline, string[] Departments, string Quote);

/// <summary>The app's own source-generated JSON metadata (trim- and AOT-safe), chained after the library's.</summary>
[JsonSerializable(typeof(TargetCard))]
[JsonSerializable(typeof(Supervision.NoticeReplyRequest))]
[JsonSerializable(typeof(Supervision.ItemRequest))]
internal sealed partial class AppJsonContext : JsonSerializerContext;

/// <summary>GET /cards/targets/{id}: a target as the app's own <see cref="TargetCard"/>.</summary>
internal static class TargetCards
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapTargetCards(this IEndpointRouteBuilder app) =>
        app.MapGet("/cards/targets/{**id}", (PolicyCatalog catalog, string id) =>
            TargetId.TryParse(id, out var targetId) && catalog.TryGetTarget(targetId, out var target)
                ? Results.Ok(new TargetCard(
                    target.Id,
                    target.Binding,
                    target.Deadline?.Date,
                    [.. catalog.GetMeasure(target.MeasureId).Responsibility.Departments.Select(d => d.Department.Name)],
                    target.Quote))
                : Results.NotFound())
        .WithName("TargetCard");
}
