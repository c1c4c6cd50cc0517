using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.WebApi.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Jilin.Urbanization.WebApi.Tests.SecurityTests;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// Issue 27, every error is a problem: each case the issue found (empty 400/404 bodies, a 415 with no hint, a leaked
/// parameter name, a conflict counting stored entries, document=2021, a silent asOf, JSON for Accept: text/html, GET
/// /progress 405) answers RFC 9457 problem+json with a useful detail, and content negotiation honours Accept.
/// </summary>
public sealed class ProblemTests : IDisposable
{
    private const string ElderlyHome = "jilin-2022-county-urbanization/43/t1";
    private readonly Server server = new(StoreKind.Sqlite);

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task A_malformed_id_a_name_as_subject_and_an_unknown_measure_are_problems_naming_the_input_and_where_it_is()
    {
        await using var app = server.Start();
        var client = app.CreateClient();

        (await ExpectProblemAsync(await client.GetAsync("/measures/not-an-id"), HttpStatusCode.BadRequest, "'not-an-id' is not a measure id")).GetProperty("location").GetString().Should().Be("route id");
        (await ExpectProblemAsync(await client.GetAsync("/subjects/梅河口"), HttpStatusCode.BadRequest, "not a subject's canonical text")).GetProperty("location").GetString().Should().Be("route subject");
        (await ExpectProblemAsync(await client.GetAsync("/measures/jilin-2022-county-urbanization/999"), HttpStatusCode.NotFound, "jilin-2022-county-urbanization/999")).GetProperty("location").GetString().Should().Be("route id");
        await ExpectProblemAsync(await client.GetAsync("/targets/due?from=2025-13-01&to=2025-12-31"), HttpStatusCode.BadRequest, "from is required");
        await ExpectProblemAsync(await client.GetAsync("/no/such/path"), HttpStatusCode.NotFound, "/openapi/v1.json");
        await ExpectProblemAsync(await client.DeleteAsync("/measures"), HttpStatusCode.MethodNotAllowed, "DELETE");
    }

    [Fact]
    public async Task A_wrong_content_type_is_415_naming_the_accepted_types()
    {
        await using var app = server.Start();
        var client = await Server.ClientAsync(app);

        var wrong = await client.PostAsync("/progress", new StringContent("x", Encoding.UTF8, "text/plain"));
        var problem = await ExpectProblemAsync(wrong, HttpStatusCode.UnsupportedMediaType, "text/csv or application/json");
        problem.GetProperty("accepted").EnumerateArray().Select(a => a.GetString()).Should().Equal("text/csv", "application/json");
        wrong.Headers.GetValues("Accept-Post").Single().Should().Be("text/csv, application/json");
        await ExpectProblemAsync(await client.PostAsync("/status", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType, "reads text/csv");
    }

    [Fact]
    public async Task A_conflict_names_the_uploads_entry_by_its_place_and_the_stored_version_without_internal_names()
    {
        await using var app = server.Start();
        var client = await Server.ClientAsync(app);
        (await client.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{ElderlyHome},梅河口市,1,所,2022-12-20\n{ElderlyHome},通榆县,1,所,2022-12-20"))).StatusCode.Should().Be(HttpStatusCode.Created);

        var conflict = await client.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn\n{ElderlyHome},通榆县,0,所,2022-12-20"));
        var problem = await ExpectProblemAsync(conflict, HttpStatusCode.Conflict, "observation 1 of the upload");
        problem.GetProperty("detail").GetString().Should().Contain("2026-01-15").And.NotContain("Entry 3").And.NotContain("log");
        problem.GetProperty("location").GetString().Should().Be("body observation 1");
    }

    [Fact]
    public async Task A_document_that_is_not_in_the_catalog_is_400_naming_the_documents_and_asOf_is_required()
    {
        await using var app = server.Start();
        var client = await Server.ClientAsync(app);

        var problem = await ExpectProblemAsync(await client.GetAsync("/reports/implementation?asOf=2025-12-31&document=2021"), HttpStatusCode.BadRequest, "jilin-2022-county-urbanization");
        problem.GetProperty("location").GetString().Should().Be("query document");
        foreach (var report in new[] { "implementation", "departments", "counties" })
        {
            (await ExpectProblemAsync(await client.GetAsync($"/reports/{report}"), HttpStatusCode.BadRequest, "asOf is required")).GetProperty("location").GetString().Should().Be("query asOf");
        }

        var changes = await client.GetAsync("/changes?after=2026-01-01&through=2026-01-15");
        changes.StatusCode.Should().Be(HttpStatusCode.OK);
        changes.Headers.GetValues("X-As-Of").Single().Should().Be("2026-01-15", "without asOf the changes are as of through, and the answer says so");
    }

    [Fact]
    public async Task Reports_answer_json_csv_or_html_by_accept_and_406_naming_what_they_offer()
    {
        await using var app = server.Start();
        var client = await Server.ClientAsync(app);

        foreach (var (accept, type) in new[] { ("text/html", "text/html"), ("text/csv", "text/csv"), ("application/json", "application/json"), ("*/*", "application/json"), ("text/csv;q=0.5, text/html", "text/html") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/counties?asOf=2025-12-31");
            request.Headers.TryAddWithoutValidation("Accept", accept);
            var response = await client.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.OK, accept);
            response.Content.Headers.ContentType!.MediaType.Should().Be(type, accept);
        }

        using var html = new HttpRequestMessage(HttpMethod.Get, "/reports/implementation?asOf=2025-12-31") { Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/html") } } };
        (await (await client.SendAsync(html)).Content.ReadAsStringAsync()).Should().StartWith("<!DOCTYPE html>");

        using var xml = new HttpRequestMessage(HttpMethod.Get, "/reports/counties?asOf=2025-12-31") { Headers = { Accept = { new MediaTypeWithQualityHeaderValue("application/xml") } } };
        var refused = await ExpectProblemAsync(await client.SendAsync(xml), HttpStatusCode.NotAcceptable, "application/json, text/csv, text/html");
        refused.GetProperty("available").GetArrayLength().Should().Be(3);
        using var htmlListing = new HttpRequestMessage(HttpMethod.Get, "/progress/observations") { Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/html") } } };
        await ExpectProblemAsync(await client.SendAsync(htmlListing), HttpStatusCode.NotAcceptable, "application/json");
    }

    [Fact]
    public async Task Stored_entries_are_listed_a_page_at_a_time_with_a_link_to_the_next()
    {
        await using var app = server.Start();
        var client = await Server.ClientAsync(app);
        var counties = new[] { "梅河口市", "通榆县", "珲春市", "前郭县", "公主岭市" };
        (await client.PostAsync("/progress", Csv("target,subject,value,unit,observedOn\n" + string.Join('\n', counties.Select(c => $"{ElderlyHome},{c},1,所,2022-12-20"))))).StatusCode.Should().Be(HttpStatusCode.Created);

        var seen = new List<string>();
        string? next = "/progress/observations?pageSize=2";
        while (next is not null)
        {
            using var page = JsonDocument.Parse(await client.GetStringAsync(next));
            page.RootElement.GetProperty("total").GetInt32().Should().Be(5);
            seen.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()!));
            next = page.RootElement.GetProperty("next").GetString();
        }

        seen.Should().Equal("220581", "220822", "222404", "220721", "220184");
        (await client.GetAsync("/progress")).StatusCode.Should().Be(HttpStatusCode.OK, "GET /progress lists the listings (was 405)");
        await ExpectProblemAsync(await client.GetAsync("/progress/observations?pageSize=501"), HttpStatusCode.BadRequest, "pageSize is 1 to 500");
    }

    [Fact]
    public async Task A_server_failure_is_a_500_problem_with_a_trace_id_and_no_internals()
    {
        // A clock that fails: the token issuer asks it, and the failure is nothing the caller did.
        await using var app = server.Start().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<NodaTime.IClock>(new FailingClock())));
        var response = await app.CreateClient().PostAsync("/dev/tokens?subject=梅河口", null);
        var problem = await ExpectProblemAsync(response, HttpStatusCode.InternalServerError, "trace id");
        problem.GetProperty("traceId").GetString().Should().NotBeNullOrEmpty();
        problem.ToString().Should().NotContain("secret internal state").And.NotContain("InvalidOperationException");
    }

    private sealed class FailingClock : NodaTime.IClock
    {
        public NodaTime.Instant GetCurrentInstant() => throw new InvalidOperationException("secret internal state");
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
