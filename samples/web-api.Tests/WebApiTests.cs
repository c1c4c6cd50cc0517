using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.WebApi.Progress;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// The web sample over HTTP with a real SQLite file: measures by department, targets due, progress uploads (CSV and
/// JSON), compliance (JSON and CSV), OpenAPI; what was stored is read back from the database, and after a restart on
/// the same file the data is still there.
/// </summary>
public sealed class WebApiTests : IDisposable
{
    private const string FiveG = "jilin-2022-county-urbanization/68/t1";
    private const string Coats = "jilin-2022-county-urbanization/43/t2";
    private readonly string database = Path.Combine(Path.GetTempPath(), $"progress-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database);
    }

    private WebApplicationFactory<Program> Start() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Progress:Database", database));

    [Fact]
    public async Task Measures_by_department_accept_any_name_and_an_unknown_one_is_404_with_suggestions()
    {
        await using var app = Start();
        var client = app.CreateClient();

        using var measures = JsonDocument.Parse(await client.GetStringAsync("/measures?department=住建厅"));
        measures.RootElement.GetArrayLength().Should().BeGreaterThan(5);
        measures.RootElement[0].GetProperty("id").GetString().Should().MatchRegex(@"^jilin-\d{4}-[a-z-]+/\d+$");

        using var led = JsonDocument.Parse(await client.GetStringAsync("/measures?department=省民政厅&lead=true"));
        led.RootElement.EnumerateArray().Should().OnlyContain(m => m.GetProperty("responsibility").GetProperty("lead").GetProperty("id").GetString() == "civil-affairs");

        var unknown = await client.GetAsync("/measures?department=省宇航局");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("suggestions");
    }

    [Fact]
    public async Task A_measure_and_a_target_bind_their_typed_ids_from_the_route()
    {
        await using var app = Start();
        var client = app.CreateClient();

        using var measure = JsonDocument.Parse(await client.GetStringAsync("/measures/jilin-2022-county-urbanization/30"));
        measure.RootElement.GetProperty("id").GetString().Should().Be("jilin-2022-county-urbanization/30");
        using var target = JsonDocument.Parse(await client.GetStringAsync($"/targets/{FiveG}"));
        target.RootElement.GetProperty("comparator").GetString().Should().Be("reaches");
        target.RootElement.GetProperty("deadline").GetProperty("date").GetString().Should().Be("2025-12-31");

        (await client.GetAsync("/measures/jilin-2022-county-urbanization/999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/measures/not-an-id")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Targets_due_in_a_range_have_their_deadline_in_it()
    {
        await using var app = Start();
        var client = app.CreateClient();

        using var due = JsonDocument.Parse(await client.GetStringAsync("/targets/due?from=2025-01-01&to=2025-12-31"));
        due.RootElement.GetArrayLength().Should().BeGreaterThan(0);
        due.RootElement.EnumerateArray().Should().OnlyContain(t => t.GetProperty("deadline").GetProperty("date").GetString()!.StartsWith("2025-", StringComparison.Ordinal));
        (await client.GetAsync("/targets/due?from=2025-13-01&to=2025-12-31")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Uploaded_progress_is_stored_evaluated_and_kept_across_a_restart()
    {
        await using (var app = Start())
        {
            var client = app.CreateClient();
            var csv = new StringContent($"indicator,value,unit,observedOn\n{FiveG},78,%,2025-12-31\n", Encoding.UTF8, "text/csv");
            (await client.PostAsync("/progress", csv)).StatusCode.Should().Be(HttpStatusCode.Created);
            var json = new StringContent($$"""{"version":1,"observations":[{"indicator":"{{Coats}}","value":56,"unit":"%","observedOn":"2025-06-30"}]}""", Encoding.UTF8, "application/json");
            (await client.PostAsync("/progress", json)).StatusCode.Should().Be(HttpStatusCode.Created);

            var bad = await client.PostAsync("/progress", new StringContent("indicator,value,unit,observedOn\nno-such/1/t1,1,%,2025-01-01\n", Encoding.UTF8, "text/csv"));
            bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await bad.Content.ReadAsStringAsync()).Should().Contain("location");

            using var scope = app.Services.CreateScope();
            var rows = await scope.ServiceProvider.GetRequiredService<ProgressDb>().Observations.OrderBy(o => o.Id).ToListAsync();
            rows.Select(r => (r.TargetId, r.SubjectCode, r.ObservedOn, r.Value, r.Unit)).Should().Equal(
                (TargetId.Parse(FiveG), ObservationRow.Province, new LocalDate(2025, 12, 31), 78m, "%"),
                (TargetId.Parse(Coats), ObservationRow.Province, new LocalDate(2025, 6, 30), 56m, "%"));
            await AssertComplianceAsync(client);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Exists(database).Should().BeTrue();
        await using (var restarted = Start())
        {
            await AssertComplianceAsync(restarted.CreateClient());
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_endpoints()
    {
        await using var app = Start();
        var text = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        text.Should().Contain("/measures").And.Contain("/targets/due").And.Contain("/progress").And.Contain("/compliance");
    }

    private static async Task AssertComplianceAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/compliance?asOf=2026-01-01"));
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("indicator").GetString()).Should().BeEquivalentTo(FiveG, Coats);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/compliance?asOf=2026-01-01");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await client.SendAsync(request);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var text = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        text.Should().StartWith("targetId,").And.Contain(FiveG).And.Contain(Coats);
    }
}
