using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.WebApi.Http;

/// <summary>
/// A table answered in the type the request's <c>Accept</c> prefers among those the endpoint offers: JSON, CSV, or
/// (for a report) the library's HTML page of the report. Written asynchronously: the response body forbids sync I/O.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="table">The table.</param>
/// <param name="report">The report behind it (for HTML), or null.</param>
public sealed class TableResult<TRow>(ExportTable<TRow> table, ImplementationReport? report) : IResult
{
    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var offered = httpContext.GetEndpoint()?.Metadata.GetMetadata<Negotiation.Offers>()?.Types ?? [Negotiation.Json];
        var type = Negotiation.Choose(httpContext.Request, offered) ?? Negotiation.Json;
        var response = httpContext.Response;
        response.Headers.Vary = "Accept";
        if (type == Negotiation.Csv)
        {
            response.ContentType = "text/csv; charset=utf-8";
            await table.WriteCsvAsync(response.Body, httpContext.RequestAborted);
        }
        else if (type == Negotiation.Html && report is not null)
        {
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(HtmlReport.ForImplementation(report).ToHtml(), httpContext.RequestAborted);
        }
        else
        {
            response.ContentType = "application/json; charset=utf-8";
            await table.WriteJsonAsync(response.Body, httpContext.RequestAborted);
        }
    }
}
