using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Progress;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Jilin.Urbanization.WebApi.Tests.Hosting;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// The web sample over HTTP on each store (a SQLite file; a PostgreSQL database), as the provincial office: measures by department, targets due, progress uploads (CSV and
/// JSON), compliance (JSON and CSV), OpenAPI; what was stored is read back from the database, and after a restart on
/// the same file the data is still there.
/// </summary>
public abstract class WebApiTests(StoreKind store) : IDisposable
{
    private protected const string FiveG = "jilin-2022-county-urbanization/68/t1";

    // The server's recording day (填报日期) comes from its IClock: 2026-01-15 in China unless a test moves it.
    private protected Server Server { get; } = new(store);

    private FakeClock clock => Server.Clock;

    public void Dispose()
    {
        Server.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected WebApplicationFactory<Program> Start() => Server.Start();

    [Fact]
    public async Task Measures_by_department_accept_any_name_and_an_unknown_one_is_404_with_suggestions()
    {
        await using var app = Start();
        var client = await Server.ClientAsync(app);

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
        var client = await Server.ClientAsync(app);

        using var measure = JsonDocument.Parse(await client.GetStringAsync("/measures/jilin-2022-county-urbanization/30"));
        measure.RootElement.GetProperty("id").GetString().Should().Be("jilin-2022-county-urbanization/30");
        using var target = JsonDocument.Parse(await client.GetStringAsync($"/targets/{FiveG}"));
        target.RootElement.GetProperty("comparator").GetString().Should().Be("reaches");
        target.RootElement.GetProperty("deadline").GetProperty("date").GetString().Should().Be("2025-12-31");

        (await client.GetAsync("/measures/jilin-2022-county-urbanization/999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/measures/not-an-id")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_subject_and_a_document_bind_their_typed_ids_from_the_route_and_the_query()
    {
        await using var app = Start();
        var client = await Server.ClientAsync(app);

        using var county = JsonDocument.Parse(await client.GetStringAsync("/subjects/220581"));
        county.RootElement.GetProperty("name").GetString().Should().Be("梅河口市");
        using var department = JsonDocument.Parse(await client.GetStringAsync("/subjects/department:civil-affairs"));
        department.RootElement.GetProperty("subject").GetString().Should().Be("department:civil-affairs");
        (await client.GetAsync("/subjects/梅河口")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a name is not a subject's canonical text");
        (await client.GetAsync("/subjects/110101")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "not a Jilin division");

        (await client.GetAsync("/reports/implementation?asOf=2025-12-31&document=Not An Id")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/reports/implementation?asOf=2025-12-31&document=no-such-document")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a query value that is no document is a bad request, naming the documents");
        (await client.GetAsync("/reports/implementation?asOf=2025-12-31&document=2021")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Targets_due_in_a_range_have_their_deadline_in_it()
    {
        await using var app = Start();
        var client = await Server.ClientAsync(app);

        using var due = JsonDocument.Parse(await client.GetStringAsync("/targets/due?from=2025-01-01&to=2025-12-31"));
        due.RootElement.GetArrayLength().Should().BeGreaterThan(0);
        due.RootElement.EnumerateArray().Should().OnlyContain(t => t.GetProperty("deadline").GetProperty("date").GetString()!.StartsWith("2025-", StringComparison.Ordinal));
        (await client.GetAsync("/targets/due?from=2025-13-01&to=2025-12-31")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_quarter_of_county_progress_is_stored_reported_and_kept_across_a_restart()
    {
        await using (var app = Start())
        {
            var client = await Server.ClientAsync(app);
            var observations = await client.PostAsync("/progress", Csv(Observations));
            observations.StatusCode.Should().Be(HttpStatusCode.Created, await observations.Content.ReadAsStringAsync());
            (await observations.Content.ReadAsStringAsync()).Should().Be("""{"recordedOn":"2026-01-15","observations":14,"statusUpdates":0,"withdrawals":0,"new":14,"corrected":0,"withdrawn":0,"unchanged":0,"duplicate":0}""");
            var status = await client.PostAsync("/status", Csv(StatusUpdates));
            status.StatusCode.Should().Be(HttpStatusCode.Created, await status.Content.ReadAsStringAsync());
            (await status.Content.ReadAsStringAsync()).Should().Be("""{"recordedOn":"2026-01-15","observations":0,"statusUpdates":7,"withdrawals":0,"new":7,"corrected":0,"withdrawn":0,"unchanged":0,"duplicate":0}""");

            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ProgressDb>();
            var rows = await db.Observations.OrderBy(o => o.Id).ToListAsync();
            rows.Should().HaveCount(14);
            (rows[0].TargetId, rows[0].Subject, rows[0].ObservedOn, rows[0].Value, rows[0].Unit, rows[0].Source)
                .Should().Be((TargetId.Parse(ElderlyHome), Subject.Parse("220581"), new LocalDate(2022, 12, 20), 1m, "所", "梅河口市民政局报送"));
            rows[4].Note.Should().Be("在建, 预计2023年一季度投用");
            rows.Should().OnlyContain(r => r.RecordedOn == new LocalDate(2026, 1, 15) && r.RecordedBy == Subject.Province && r.Reason == null, "recorded on the clock's day, by the caller (the provincial office)");
            rows[9].Subject.Should().Be(Subject.Province);
            (await db.Database.SqlQuery<string>($"SELECT \"Subject\" AS \"Value\" FROM observations ORDER BY \"Id\"").ToListAsync())
                .Should().StartWith("220581").And.Contain("220000");

            var updates = await db.StatusUpdates.OrderBy(u => u.Id).ToListAsync();
            updates.Should().HaveCount(7);
            updates[0].Reporter.Kind.Should().Be(SubjectKind.Department);
            (updates[1].MeasureId, updates[1].Reporter, updates[1].ReportedOn, updates[1].Status, updates[1].Narrative, updates[1].Source)
                .Should().Be((MeasureId.Parse("jilin-2022-county-urbanization/26"), Subject.Parse("220581"), new LocalDate(2025, 9, 30), MeasureStatus.Delayed, "水厂扩建资金未到位\n已申请专项债", "梅河口市政府"));
            (await db.Database.SqlQuery<string>($"SELECT \"Status\" AS \"Value\" FROM status_updates ORDER BY \"Id\"").ToListAsync())
                .Should().Equal("InProgress", "Delayed", "Completed", "InProgress", "InProgress", "Completed", "InProgress");

            await AssertReportsAsync(client);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var restarted = Start())
        {
            await AssertReportsAsync(await Server.ClientAsync(restarted));
        }
    }

    [Fact]
    public async Task A_json_tracking_file_stores_observations_and_status_updates_together()
    {
        await using var app = Start();
        var client = await Server.ClientAsync(app);
        var json = new StringContent($$"""
            {"version":1,
             "observations":[{"target":"{{ElderlyHome}}","subject":"梅河口","value":1,"unit":"所","observedOn":"2022-12-20"}],
             "statusUpdates":[{"measure":"jilin-2022-county-urbanization/43","reporter":"省民政厅","status":"推进中","reportedOn":"2025-09-30","narrative":"护理型床位占比52%"}]}
            """, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/progress", json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"recordedOn":"2026-01-15","observations":1,"statusUpdates":1,"withdrawals":0,"new":2,"corrected":0,"withdrawn":0,"unchanged":0,"duplicate":0}""");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgressDb>();
        (await db.Observations.SingleAsync()).Subject.Should().Be(Subject.Parse("220581"));
        (await db.StatusUpdates.SingleAsync()).Reporter.Should().Be(Subject.Parse("department:civil-affairs"));
    }

    [Fact]
    public async Task A_department_not_responsible_for_a_measure_is_refused_naming_the_measure_and_nothing_is_stored()
    {
        await using var app = Start();
        var client = await Server.ClientAsync(app);
        var refused = await client.PostAsync("/status", Csv("""
            measure,reporter,status,reportedOn,narrative
            jilin-2022-county-urbanization/43,省民政厅,推进中,2025-09-30,护理型床位占比52%
            jilin-2022-county-urbanization/14,省民政厅,已完成,2025-09-30,断头路打通任务完成
            """));
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("jilin-2022-county-urbanization/14").And.Contain("not responsible");

        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ProgressDb>().StatusUpdates.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task An_upload_that_repeats_what_is_stored_the_same_day_is_a_no_op_and_nothing_more_is_stored()
    {
        await using var app = Start();
        var client = await Server.ClientAsync(app);
        (await client.PostAsync("/status", Csv(StatusUpdates))).StatusCode.Should().Be(HttpStatusCode.Created);

        var again = await client.PostAsync("/status", Csv(StatusUpdates));
        again.StatusCode.Should().Be(HttpStatusCode.OK, "every entry is a duplicate: nothing is created");
        (await again.Content.ReadAsStringAsync()).Should().Be("""{"recordedOn":"2026-01-15","observations":0,"statusUpdates":0,"withdrawals":0,"new":0,"corrected":0,"withdrawn":0,"unchanged":0,"duplicate":7}""");
        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ProgressDb>().StatusUpdates.CountAsync()).Should().Be(7);
    }

    [Fact]
    public async Task Another_figure_for_a_stored_key_on_the_same_day_is_409_naming_both_and_nothing_is_stored()
    {
        await using var app = Start();
        var client = await Server.ClientAsync(app);
        (await client.PostAsync("/progress", Csv(Observations))).StatusCode.Should().Be(HttpStatusCode.Created);

        var conflict = await client.PostAsync("/progress", Csv($"""
            target,subject,value,unit,observedOn,source
            {ElderlyHome},梅河口市,1,所,2022-12-20,梅河口市民政局报送
            {FiveG},全省,79,%,2025-09-30,省通信管理局
            """));
        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict, "the first row is the stored one again, the second another figure the same day");
        (await conflict.Content.ReadAsStringAsync()).Should().Contain("78 %").And.Contain("79 %").And.Contain(FiveG).And.Contain("2026-01-15");

        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ProgressDb>().Observations.CountAsync()).Should().Be(14);
    }

    [Fact]
    public async Task Corrections_and_withdrawals_are_new_rows_with_a_history_and_changes_and_a_restart_reproduces_an_earlier_report_byte_for_byte()
    {
        const string Report = "/reports/implementation?asOf=2025-12-31&document=jilin-2022-county-urbanization";
        byte[] firstJson, firstCsv;
        List<string> firstRows;
        await using (var app = Start())
        {
            var client = await Server.ClientAsync(app);
            (await client.PostAsync("/progress", Csv(Observations))).StatusCode.Should().Be(HttpStatusCode.Created);
            (await client.PostAsync("/status", Csv(StatusUpdates))).StatusCode.Should().Be(HttpStatusCode.Created);

            var first = await client.GetAsync(Report);
            (first.Headers.GetValues("X-As-Of").Single(), first.Headers.GetValues("X-Known-On").Single()).Should().Be(("2025-12-31", "2026-01-15"));
            firstJson = await first.Content.ReadAsByteArrayAsync();
            firstCsv = await GetCsvAsync(client, Report);
            firstRows = await RowsAsync(app);
            firstRows.Should().HaveCount(21);

            // A later day: a corrected figure (the same key, a reason), one re-sent unchanged, and a withdrawal.
            clock.AdvanceDays(26);
            client = await Server.ClientAsync(app); // the day's token: yesterday's expired
            var corrected = await client.PostAsync("/progress", Csv($"""
                target,subject,value,unit,observedOn,source,reason
                {FiveG},全省,80,%,2025-09-30,省通信管理局,统计口径调整
                {FiveG},全省,72,%,2024-12-31,省通信管理局,
                """));
            corrected.StatusCode.Should().Be(HttpStatusCode.Created);
            (await corrected.Content.ReadAsStringAsync()).Should().Be("""{"recordedOn":"2026-02-10","observations":2,"statusUpdates":0,"withdrawals":0,"new":0,"corrected":1,"withdrawn":0,"unchanged":1,"duplicate":0}""");

            var withdrawn = await client.PostAsJsonAsync("/progress/withdrawals", new { target = ElderlyHome, subject = "珲春市", observedOn = "2022-12-15", reason = "重复填报" });
            withdrawn.StatusCode.Should().Be(HttpStatusCode.Created, await withdrawn.Content.ReadAsStringAsync());
            (await withdrawn.Content.ReadAsStringAsync()).Should().Be("""{"recordedOn":"2026-02-10","observations":0,"statusUpdates":0,"withdrawals":1,"new":0,"corrected":0,"withdrawn":1,"unchanged":0,"duplicate":0}""");
            (await client.PostAsJsonAsync("/progress/withdrawals", new { target = ElderlyHome, subject = "珲春市", observedOn = "2020-01-01" }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest, "nothing was recorded for that day");

            // Only inserts: the earlier rows are unchanged byte for byte, and the database refuses an UPDATE or a DELETE.
            var rows = await RowsAsync(app);
            rows.Should().HaveCount(24);
            rows.Intersect(firstRows).Should().Equal(firstRows, "every earlier row is still there, the same in every column");
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ProgressDb>();
                var update = () => db.Database.ExecuteSqlRawAsync("UPDATE observations SET \"Value\" = 0");
                (await update.Should().ThrowAsync<System.Data.Common.DbException>()).WithMessage("*append-only*");
                var delete = () => db.Database.ExecuteSqlRawAsync("DELETE FROM withdrawals");
                await delete.Should().ThrowAsync<System.Data.Common.DbException>();
                var row = await db.StatusUpdates.FirstAsync();
                row.Narrative = "edited";
                var save = () => db.SaveChangesAsync();
                await save.Should().ThrowAsync<InvalidOperationException>();
            }

            (await RowsAsync(app)).Should().Equal(rows);

            // The history of a target and subject: every version, with who, when, why and what it did.
            using var history = JsonDocument.Parse(await client.GetStringAsync($"/history/targets/{FiveG}/全省"));
            history.RootElement.EnumerateArray().Select(v => (
                v.GetProperty("day").GetString(), v.GetProperty("recordedOn").GetString(), v.GetProperty("effect").GetString(),
                v.GetProperty("value").GetDecimal(), v.GetProperty("reason").GetString(), v.GetProperty("recordedBy").GetString()))
                .Should().Equal(
                    ("2024-12-31", "2026-01-15", "new", 72m, null, "220000"),
                    ("2024-12-31", "2026-02-10", "unchanged", 72m, null, "220000"),
                    ("2025-09-30", "2026-01-15", "new", 78m, null, "220000"),
                    ("2025-09-30", "2026-02-10", "correction", 80m, "统计口径调整", "220000"));
            using var withdrawnHistory = JsonDocument.Parse(await client.GetStringAsync($"/history/targets/{ElderlyHome}/222404"));
            withdrawnHistory.RootElement.EnumerateArray().Select(v => (v.GetProperty("effect").GetString(), v.GetProperty("reason").GetString()))
                .Should().Equal(("new", null), ("withdrawal", "重复填报"));
            using var statusHistory = JsonDocument.Parse(await client.GetStringAsync("/history/measures/jilin-2022-county-urbanization/26/梅河口"));
            statusHistory.RootElement.EnumerateArray().Single().GetProperty("status").GetString().Should().Be("delayed");

            // What changed since the first report.
            const string Changes = "/changes?after=2026-01-15&through=2026-02-10&asOf=2025-12-31";
            using var changes = JsonDocument.Parse(await client.GetStringAsync(Changes));
            var changed = changes.RootElement.EnumerateArray().Select(c => (c.GetProperty("change").GetString(), c.GetProperty("item").GetString(), c.GetProperty("subject").GetProperty("code").GetString())).ToList();
            changed.Should().Contain(("correction", FiveG, "220000")).And.Contain(("unchanged", FiveG, "220000")).And.Contain(("withdrawal", ElderlyHome, "222404"));
            changed.Should().NotContain(c => c.Item2 == "jilin-2022-county-urbanization/26", "nothing about that measure was recorded since");
            (await GetCsvAsync(client, Changes)).Should().NotBeEmpty();
            System.Text.Encoding.UTF8.GetString(await GetCsvAsync(client, Changes)).TrimStart('\uFEFF').Should().StartWith("recordedOn,change,item,subject,subjectName,day,value,previous,recordedBy,reason");
            (await client.GetAsync("/changes?after=2026-02-10&through=2026-01-15")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

            // Known now, the report moved on; known on the first day, it is the first report.
            var now = await client.GetAsync(Report);
            now.Headers.GetValues("X-Known-On").Single().Should().Be("2026-02-10");
            (await now.Content.ReadAsByteArrayAsync()).Should().NotEqual(firstJson);
            (await client.GetByteArrayAsync($"{Report}&knownOn=2026-01-15")).Should().Equal(firstJson);
            (await client.GetAsync($"{Report}&knownOn=2026-13-01")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        // Restart on the same file, some days later: the first report again, byte for byte, in JSON and CSV.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        clock.AdvanceDays(30);
        await using (var restarted = Start())
        {
            var client = await Server.ClientAsync(restarted);
            var again = await client.GetAsync($"{Report}&knownOn=2026-01-15");
            (again.Headers.GetValues("X-As-Of").Single(), again.Headers.GetValues("X-Known-On").Single()).Should().Be(("2025-12-31", "2026-01-15"));
            (await again.Content.ReadAsByteArrayAsync()).Should().Equal(firstJson);
            (await GetCsvAsync(client, $"{Report}&knownOn=2026-01-15")).Should().Equal(firstCsv);
            var restartedRows = await RowsAsync(restarted);
            restartedRows.Should().HaveCount(24);
            restartedRows.Intersect(firstRows).Should().Equal(firstRows);
        }
    }

    [Fact]
    public async Task A_bad_csv_is_400_with_its_row_and_column_and_nothing_is_stored()
    {
        await using var app = Start();
        var client = await Server.ClientAsync(app);
        var bad = await client.PostAsync("/progress", Csv($"""
            target,subject,value,unit,observedOn
            {ElderlyHome},梅河口市,1,所,2022-12-20
            {ElderlyHome},珲春市,one,所,2022-12-15
            """));
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("location").GetString().Should().Be("row 3, column C (value)", "row 3, column C (value) holds 'one'");

        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ProgressDb>().Observations.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_endpoints()
    {
        await using var app = Start();
        var text = await (await Server.ClientAsync(app)).GetStringAsync("/openapi/v1.json");
        text.Should().Contain("/measures").And.Contain("/targets/due").And.Contain("/progress").And.Contain("/status")
            .And.Contain("/reports/implementation").And.Contain("/reports/departments").And.Contain("/reports/counties")
            .And.Contain("/progress/withdrawals").And.Contain("/history/targets").And.Contain("/history/measures").And.Contain("/changes").And.Contain("knownOn");
    }

    private protected static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task<byte[]> GetCsvAsync(HttpClient client, string uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    // Every stored row of every table, each column as SQLite holds it (typed value and text), in table and id order.
    private static async Task<List<string>> RowsAsync(WebApplicationFactory<Program> app)
    {
        using var scope = app.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<ProgressDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in ProgressDb.Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY \"Id\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : $"{reader.GetName(i)}={reader.GetDataTypeName(i)}:{reader.GetValue(i)}");
                rows.Add($"{table}: {string.Join(" | ", values)}");
            }
        }

        return rows;
    }

    private static async Task AssertReportsAsync(HttpClient client)
    {
        using var counties = JsonDocument.Parse(await client.GetStringAsync("/reports/counties?asOf=2025-12-31"));
        var county = counties.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("county").GetProperty("name").GetString()!);
        County(county["梅河口市"]).Should().Be(("220581", 1, 1, 0, "jilin-2022-county-urbanization/26: delayed"));
        County(county["通榆县"]).Should().Be(("220822", 1, 1, 0, "jilin-2022-county-urbanization/43: completed"));
        County(county["珲春市"]).Should().Be(("222404", 1, 0, 1, string.Empty), "its hospital (37/t1) is at 0 before the deadline");

        foreach (var (subject, status) in new[] { ("梅河口", "met"), ("通榆县", "metLate"), ("珲春市", "met") })
        {
            using var rollup = JsonDocument.Parse(await client.GetStringAsync($"/reports/implementation?asOf=2025-12-31&document=jilin-2022-county-urbanization&subject={subject}"));
            rollup.RootElement.EnumerateArray().Single(r => r.GetProperty("targetId").GetString() == ElderlyHome)
                .GetProperty("status").GetString().Should().Be(status, subject);
        }

        using var departments = JsonDocument.Parse(await client.GetStringAsync("/reports/departments?asOf=2025-12-31"));
        var department = departments.RootElement.EnumerateArray().ToDictionary(d => d.GetProperty("department").GetProperty("code").GetString()!);
        department["housing-urban-rural-development"].GetProperty("latestStatuses").EnumerateArray()
            .Select(s => $"{s.GetProperty("measureId").GetString()}: {s.GetProperty("status").GetString()}")
            .Should().Equal("jilin-2022-county-urbanization/14: completed", "jilin-2022-county-urbanization/26: inProgress");
        department["civil-affairs"].GetProperty("ledTargetsOnTrack").GetInt32().Should().Be(1, "43/t2 is at 52 % before its deadline");
        var overdue = department["civil-affairs"].GetProperty("overdue").EnumerateArray().Single(o => o.GetProperty("targetId").GetString() == ElderlyHome);
        (overdue.GetProperty("deadline").GetString(), overdue.GetProperty("target").GetProperty("comparator").GetString())
            .Should().Be(("2022-12-31", "atLeast"), "most counties never reported");

        using var led = JsonDocument.Parse(await client.GetStringAsync("/reports/implementation?asOf=2025-12-31&document=jilin-2022-county-urbanization&department=住建厅"));
        var ledTargets = led.RootElement.EnumerateArray().Select(r => r.GetProperty("targetId").GetString()).ToList();
        ledTargets.Should().Contain("jilin-2022-county-urbanization/62/t1").And.NotContain(ElderlyHome).And.NotContain(FiveG);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/counties?asOf=2025-12-31");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await client.SendAsync(request);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var text = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        text.Should().StartWith("asOf,code,county,met,onTrack,pending,notMet,unreported,overdue,statusUpdates")
            .And.Contain("2025-12-31,220581,梅河口市,1,1,0,0,4,,jilin-2022-county-urbanization/26: delayed", "the README shows this line");
    }

    private static (string?, int, int, int, string?) County(JsonElement row) => (
        row.GetProperty("county").GetProperty("code").GetString(),
        row.GetProperty("met").GetInt32(),
        row.GetProperty("onTrack").GetInt32(),
        row.GetProperty("pending").GetInt32(),
        string.Join("; ", row.GetProperty("statusUpdates").EnumerateArray().Select(s => $"{s.GetProperty("measureId").GetString()}: {s.GetProperty("status").GetString()}")));

    private protected const string ElderlyHome = "jilin-2022-county-urbanization/43/t1";

    // samples/data/2025-q4-observations.csv
    private const string Observations = """
        target,subject,value,unit,observedOn,source,note
        jilin-2022-county-urbanization/43/t1,梅河口市,1,所,2022-12-20,梅河口市民政局报送,
        jilin-2022-county-urbanization/43/t1,珲春市,1,所,2022-12-15,珲春市民政局报送,
        jilin-2022-county-urbanization/43/t1,前郭县,1,所,2022-11-30,前郭县民政局报送,
        jilin-2022-county-urbanization/43/t1,公主岭市,2,所,2022-12-28,公主岭市民政局报送,
        jilin-2022-county-urbanization/43/t1,通榆县,0,所,2022-12-31,通榆县民政局报送,"在建, 预计2023年一季度投用"
        jilin-2022-county-urbanization/43/t1,通榆县,1,所,2023-03-31,通榆县民政局报送,已投用
        jilin-2022-county-urbanization/37/t1,梅河口市,1,所,2025-09-30,省卫生健康委汇总,
        jilin-2022-county-urbanization/37/t1,珲春市,0,所,2025-09-30,省卫生健康委汇总,选址已定
        jilin-2022-county-urbanization/37/t1,通榆县,1,所,2025-09-30,省卫生健康委汇总,
        jilin-2022-county-urbanization/68/t1,全省,72,%,2024-12-31,省通信管理局,
        jilin-2022-county-urbanization/68/t1,全省,78,%,2025-09-30,省通信管理局,
        jilin-2022-county-urbanization/43/t2,全省,52,%,2025-09-30,省民政厅,
        jilin-2022-county-urbanization/49/t1,全省,61,%,2025-09-30,省民政厅,
        jilin-2022-county-urbanization/63/t1,全省,100,%,2025-06-30,省生态环境厅,
        """;

    // samples/data/2025-q4-status.csv (';' separated; one narrative spans two lines)
    private const string StatusUpdates = """
        measure;reporter;status;reportedOn;narrative;source
        jilin-2022-county-urbanization/26;省住房和城乡建设厅;推进中;2025-09-30;"新建、改扩建县级水厂12座, 改造漏损管网310公里";住建厅2025年三季度报告
        jilin-2022-county-urbanization/26;梅河口市;滞后;2025-09-30;"水厂扩建资金未到位
        已申请专项债";梅河口市政府
        jilin-2022-county-urbanization/14;省住房和城乡建设厅;已完成;2025-09-30;断头路打通任务完成;住建厅2025年三季度报告
        jilin-2022-county-urbanization/68;省通信管理局;推进中;2025-09-30;行政村5G通达率78%;通信管理局报送
        jilin-2022-county-urbanization/43;省民政厅;推进中;2025-09-30;护理型床位占比52%;民政厅报送
        jilin-2022-county-urbanization/43;通榆县;已完成;2023-03-31;县级养老机构已投用;通榆县政府
        jilin-2022-county-urbanization/37;省卫生健康委;推进中;2025-09-30;39个县(市)中37个已建成;卫健委报送
        """;
}

/// <summary>The web sample on a SQLite file, and a file made before migrations.</summary>
public sealed class SqliteWebApiTests() : WebApiTests(StoreKind.Sqlite)
{
    [Fact]
    // Only SQLite files were ever made without migrations (EnsureCreated, issues 13 and 22).
    public async Task A_file_made_before_rows_were_versions_gains_the_new_columns_and_takes_corrections()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Server.SqliteFile)!);
        // The schema EnsureCreated made before issue 22: one row per key, no recording columns, no withdrawals.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Server.SqliteFile}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                CREATE TABLE "observations" ("Id" INTEGER NOT NULL CONSTRAINT "PK_observations" PRIMARY KEY AUTOINCREMENT, "TargetId" TEXT NOT NULL, "Subject" TEXT NOT NULL, "ObservedOn" TEXT NOT NULL, "Value" TEXT NOT NULL, "Unit" TEXT NOT NULL, "Source" TEXT NULL, "Note" TEXT NULL);
                CREATE TABLE "status_updates" ("Id" INTEGER NOT NULL CONSTRAINT "PK_status_updates" PRIMARY KEY AUTOINCREMENT, "MeasureId" TEXT NOT NULL, "Reporter" TEXT NOT NULL, "ReportedOn" TEXT NOT NULL, "Status" TEXT NOT NULL, "Narrative" TEXT NOT NULL, "Source" TEXT NULL);
                CREATE UNIQUE INDEX "IX_observations_TargetId_Subject_ObservedOn" ON "observations" ("TargetId", "Subject", "ObservedOn");
                CREATE UNIQUE INDEX "IX_status_updates_MeasureId_Reporter_ReportedOn" ON "status_updates" ("MeasureId", "Reporter", "ReportedOn");
                INSERT INTO observations ("TargetId", "Subject", "ObservedOn", "Value", "Unit", "Source") VALUES ('{FiveG}', '220000', '2025-09-30', '78.0', '%', '省通信管理局');
                INSERT INTO status_updates ("MeasureId", "Reporter", "ReportedOn", "Status", "Narrative") VALUES ('jilin-2022-county-urbanization/26', '220581', '2025-09-30', 'Delayed', '资金未到位');
                """;
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var app = Start();
        var client = await Server.ClientAsync(app);
        var corrected = await client.PostAsync("/progress", Csv($"""
            target,subject,value,unit,observedOn,source,reason
            {FiveG},全省,80,%,2025-09-30,省通信管理局,统计口径调整
            """));
        corrected.StatusCode.Should().Be(HttpStatusCode.Created, await corrected.Content.ReadAsStringAsync());
        (await corrected.Content.ReadAsStringAsync()).Should().Contain("\"corrected\":1");

        using var history = JsonDocument.Parse(await client.GetStringAsync($"/history/targets/{FiveG}/220000"));
        history.RootElement.EnumerateArray().Select(v => (v.GetProperty("recordedOn").GetString(), v.GetProperty("effect").GetString(), v.GetProperty("value").GetDecimal()))
            .Should().Equal(("2025-09-30", "new", 78m), ("2026-01-15", "correction", 80m));
        using var status = JsonDocument.Parse(await client.GetStringAsync("/history/measures/jilin-2022-county-urbanization/26/220581"));
        status.RootElement.EnumerateArray().Single().GetProperty("recordedBy").GetString().Should().Be("220581");
        (await client.PostAsJsonAsync("/progress/withdrawals", new { measure = "jilin-2022-county-urbanization/26", reporter = "梅河口", reportedOn = "2025-09-30" }))
            .StatusCode.Should().Be(HttpStatusCode.Created, "the withdrawals table was made");

        using var scope = app.Services.CreateScope();
        var update = () => scope.ServiceProvider.GetRequiredService<ProgressDb>().Database.ExecuteSqlRawAsync("UPDATE status_updates SET \"Narrative\" = ''");
        await update.Should().ThrowAsync<System.Data.Common.DbException>();
    }

}

/// <summary>The web sample on PostgreSQL.</summary>
public sealed class PostgresWebApiTests() : WebApiTests(StoreKind.PostgreSql);
