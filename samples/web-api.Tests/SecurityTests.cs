using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Tracking;
using Jilin.Urbanization.WebApi.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// Issue 27, who may write what (OWASP API Security Top 10): authentication by bearer token, each role's writes decided
/// by the library's <see cref="ReportingRights"/>, another subject's object (API1), a property the caller may not set
/// (API3), an oversize or over-frequent request (API4). Every refusal is a problem and stores nothing.
/// </summary>
public abstract class SecurityTests(StoreKind store) : IDisposable
{
    private const string ElderlyHome = "jilin-2022-county-urbanization/43/t1"; // each county; measure 43: 省民政厅
    private const string FiveG = "jilin-2022-county-urbanization/68/t1";       // the province; measure 68: 省通信管理局 …
    private readonly Server server = new(store);

    public void Dispose()
    {
        server.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Without_a_token_or_with_a_forged_or_expired_one_a_write_is_401_with_a_problem_and_reads_of_the_catalog_stay_open()
    {
        await using var app = server.Start();
        var anonymous = app.CreateClient();

        var none = await anonymous.PostAsync("/progress", Csv(Row(ElderlyHome, "梅河口市")));
        await ExpectProblemAsync(none, HttpStatusCode.Unauthorized, "bearer token");
        none.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
        (await anonymous.GetAsync("/reports/counties?asOf=2025-12-31")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/measures/jilin-2022-county-urbanization/30")).StatusCode.Should().Be(HttpStatusCode.OK, "the documents are public");

        var token = await Server.TokenAsync(anonymous, "梅河口");
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");
        using var forgedRequest = Request(HttpMethod.Post, "/progress", forged, Csv(Row(ElderlyHome, "梅河口市")));
        await ExpectProblemAsync(await anonymous.SendAsync(forgedRequest), HttpStatusCode.Unauthorized, "signed");

        server.Clock.AdvanceDays(1);
        using var expiredRequest = Request(HttpMethod.Post, "/progress", token, Csv(Row(ElderlyHome, "梅河口市")));
        await ExpectProblemAsync(await anonymous.SendAsync(expiredRequest), HttpStatusCode.Unauthorized, "expired");
        (await Server.Db(app).Observations.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_county_writes_its_own_figures_and_another_countys_figure_is_403_naming_both_and_nothing_is_stored()
    {
        await using var app = server.Start();
        var tongyu = await Server.ClientAsync(app, "通榆县");

        var own = await tongyu.PostAsync("/progress", Csv(Row(ElderlyHome, "通榆县")));
        own.StatusCode.Should().Be(HttpStatusCode.Created, await own.Content.ReadAsStringAsync());

        // API1: 通榆县 overwriting 梅河口市's figure (the issue's example).
        var other = await tongyu.PostAsync("/progress", Csv(Row(ElderlyHome, "通榆县") + "\n" + Row(ElderlyHome, "梅河口市").Split('\n')[1]));
        var problem = await ExpectProblemAsync(other, HttpStatusCode.Forbidden, "梅河口市");
        problem.GetProperty("detail").GetString().Should().Contain("通榆县").And.Contain("observation 2");
        problem.GetProperty("location").GetString().Should().Be("body observation 2");

        var rows = await Server.Db(app).Observations.ToListAsync();
        rows.Should().ContainSingle().Which.Subject.Should().Be(Subject.Parse("220822"));
        rows[0].RecordedBy.Should().Be(Subject.Parse("220822"), "recorded by the caller");
    }

    [Fact]
    public async Task A_county_reports_the_status_of_measures_its_document_makes_county_governments_implement_but_not_a_departments_status()
    {
        await using var app = server.Start();
        var meihekou = await Server.ClientAsync(app, "梅河口");

        var own = await meihekou.PostAsync("/status", Csv("measure,reporter,status,reportedOn,narrative\njilin-2022-county-urbanization/26,梅河口市,滞后,2025-09-30,资金未到位"));
        own.StatusCode.Should().Be(HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
        var departments = await meihekou.PostAsync("/status", Csv("measure,reporter,status,reportedOn,narrative\njilin-2022-county-urbanization/26,省住房和城乡建设厅,已完成,2025-09-30,全部完成"));
        await ExpectProblemAsync(departments, HttpStatusCode.Forbidden, "only its own status");
        (await Server.Db(app).StatusUpdates.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task A_department_writes_the_measures_it_is_responsible_for_and_their_figures_and_nothing_else()
    {
        await using var app = server.Start();
        var civilAffairs = await Server.ClientAsync(app, "省民政厅");

        var figures = await civilAffairs.PostAsync("/progress", Csv(Row(ElderlyHome, "梅河口市")));
        figures.StatusCode.Should().Be(HttpStatusCode.Created, "民政厅 compiles the counties' figures of measure 43");
        var status = await civilAffairs.PostAsync("/status", Csv("measure,reporter,status,reportedOn,narrative\njilin-2022-county-urbanization/43,省民政厅,推进中,2025-09-30,护理型床位占比52%"));
        status.StatusCode.Should().Be(HttpStatusCode.Created);

        await ExpectProblemAsync(await civilAffairs.PostAsync("/progress", Csv(Row(FiveG, "全省", "78", "%"))), HttpStatusCode.Forbidden, "not responsible for measure jilin-2022-county-urbanization/68");
        var notItsMeasure = await civilAffairs.PostAsync("/status", Csv("measure,reporter,status,reportedOn,narrative\njilin-2022-county-urbanization/26,省民政厅,推进中,2025-09-30,x"));
        (await ExpectProblemAsync(notItsMeasure, HttpStatusCode.BadRequest, "not responsible for measure jilin-2022-county-urbanization/26"))
            .GetProperty("location").GetString().Should().Be("row 2, column B (reporter)", "a reporter not responsible for the measure is bad data whoever sends it: the reader points at the cell");
        (await Server.Db(app).Observations.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task The_provincial_office_writes_everything_and_may_record_on_another_day()
    {
        await using var app = server.Start();
        var province = await Server.ClientAsync(app);

        var response = await province.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn,填报日期\n{ElderlyHome},梅河口市,1,所,2022-12-20,2023-01-05\n{FiveG},全省,78,%,2025-09-30,"));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await Server.Db(app).Observations.Select(o => o.RecordedOn).ToListAsync()).Should().BeEquivalentTo([new NodaTime.LocalDate(2023, 1, 5), new NodaTime.LocalDate(2026, 1, 15)]);
    }

    [Fact]
    public async Task A_property_the_caller_may_not_set_recordedBy_of_another_body_or_a_backdated_recordedOn_is_403_naming_it()
    {
        await using var app = server.Start();
        var meihekou = await Server.ClientAsync(app, "梅河口");

        // API3: a county recording in the province's name, or backdating what was "known on" an earlier day.
        var asAnother = await meihekou.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn,recordedBy\n{ElderlyHome},梅河口市,1,所,2022-12-20,220000"));
        (await ExpectProblemAsync(asAnother, HttpStatusCode.Forbidden, "recordedBy")).GetProperty("location").GetString().Should().Be("body observation 1 recordedBy");
        var backdated = await meihekou.PostAsync("/progress", Csv($"target,subject,value,unit,observedOn,recordedOn\n{ElderlyHome},梅河口市,1,所,2022-12-20,2023-01-05"));
        (await ExpectProblemAsync(backdated, HttpStatusCode.Forbidden, "recordedOn")).GetProperty("location").GetString().Should().Be("body observation 1 recordedOn");
        var withdrawal = await meihekou.PostAsJsonAsync("/progress/withdrawals", new { target = ElderlyHome, subject = "梅河口", observedOn = "2022-12-20", recordedBy = "通榆县" });
        await ExpectProblemAsync(withdrawal, HttpStatusCode.Forbidden, "recordedBy");
        (await Server.Db(app).Observations.CountAsync() + await Server.Db(app).Withdrawals.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Another_subjects_history_is_403_and_listings_show_only_what_the_caller_may_report()
    {
        await using var app = server.Start();
        var province = await Server.ClientAsync(app);
        (await province.PostAsync("/progress", Csv(Row(ElderlyHome, "梅河口市") + "\n" + Row(ElderlyHome, "通榆县").Split('\n')[1]))).StatusCode.Should().Be(HttpStatusCode.Created);
        var tongyu = await Server.ClientAsync(app, "通榆县");

        await ExpectProblemAsync(await tongyu.GetAsync($"/history/targets/{ElderlyHome}/梅河口"), HttpStatusCode.Forbidden, "may not read");
        (await tongyu.GetAsync($"/history/targets/{ElderlyHome}/通榆县")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var listed = JsonDocument.Parse(await tongyu.GetStringAsync("/progress/observations"));
        listed.RootElement.GetProperty("total").GetInt32().Should().Be(1);
        listed.RootElement.GetProperty("items")[0].GetProperty("subject").GetString().Should().Be("220822");
        using var all = JsonDocument.Parse(await province.GetStringAsync("/progress/observations"));
        all.RootElement.GetProperty("total").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task An_oversize_body_too_many_rows_and_too_many_requests_are_each_their_own_problem()
    {
        await using var app = server.Start(new Dictionary<string, string> { ["Limits:MaxBodyBytes"] = "2000", ["Limits:RowsPerUpload"] = "3", ["Limits:RequestsPerWindow"] = "8", ["Limits:WindowSeconds"] = "600" });
        var province = await Server.ClientAsync(app);

        var big = await province.PostAsync("/progress", Csv(Row(ElderlyHome, "梅河口市") + "\n" + string.Join('\n', Enumerable.Repeat($"{ElderlyHome},梅河口市,1,所,2022-12-20,{new string('注', 100)}", 20))));
        (await ExpectProblemAsync(big, HttpStatusCode.RequestEntityTooLarge, "2000 bytes")).GetProperty("type").GetString().Should().EndWith("body-too-large");

        var rows = Row(ElderlyHome, "梅河口市") + string.Concat(new[] { "通榆县", "珲春市", "前郭县" }.Select(c => "\n" + Row(ElderlyHome, c).Split('\n')[1]));
        var many = await province.PostAsync("/progress", Csv(rows));
        (await ExpectProblemAsync(many, HttpStatusCode.RequestEntityTooLarge, "at most 3")).GetProperty("type").GetString().Should().EndWith("too-many-rows");

        HttpResponseMessage last;
        var count = 2;
        do
        {
            last = await province.GetAsync("/progress");
            count++;
        }
        while (last.StatusCode == HttpStatusCode.OK && count < 50);
        count.Should().Be(9, "the token's request, the two uploads and five more fit in 8 per window... the ninth is refused");
        (await ExpectProblemAsync(last, (HttpStatusCode)429, "More than 8 requests")).GetProperty("type").GetString().Should().EndWith("too-many-requests");
        last.Headers.RetryAfter.Should().NotBeNull();
        (await Server.Db(app).Observations.CountAsync()).Should().Be(0);
    }

    private static string Row(string target, string subject, string value = "1", string unit = "所") =>
        $"target,subject,value,unit,observedOn\n{target},{subject},{value},{unit},{(unit == "%" ? "2025-09-30" : "2022-12-20")}";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static HttpRequestMessage Request(HttpMethod method, string uri, string token, HttpContent? content = null) =>
        new(method, uri) { Content = content, Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

    internal static async Task<JsonElement> ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("detail").GetString().Should().Contain(detail).And.NotContain("(Parameter '");
        problem.GetProperty("type").GetString().Should().StartWith("https://");
        return problem;
    }
}

/// <summary>The security tests on a SQLite file.</summary>
public sealed class SqliteSecurityTests() : SecurityTests(StoreKind.Sqlite);

/// <summary>The security tests on PostgreSQL.</summary>
public sealed class PostgresSecurityTests() : SecurityTests(StoreKind.PostgreSql);
