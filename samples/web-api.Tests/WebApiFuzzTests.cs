using System.Net;
using System.Text;
using CsCheck;
using Jilin.Urbanization.WebApi.Progress;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// The web entry points on hostile input, as the library's reader fuzz suites do: damaged uploads, invisible and
/// whitespace characters, extreme numbers, very long fields and random query strings. Every answer is 2xx or 4xx with
/// a problem body — never a 5xx — and an upload that is refused stores nothing.
/// </summary>
public sealed class WebApiFuzzTests : IDisposable
{
    private const string Observations = """
        target,subject,value,unit,observedOn,source
        jilin-2022-county-urbanization/43/t1,梅河口市,1,所,2022-12-20,梅河口市民政局
        jilin-2022-county-urbanization/68/t1,全省,78,%,2025-09-30,省通信管理局
        """;

    private const string Status = """
        measure;reporter;status;reportedOn;narrative
        jilin-2022-county-urbanization/26;省住房和城乡建设厅;推进中;2025-09-30;新建水厂12座
        """;

    private static readonly string[] Hostile = ["\u0000", "\u200B", "\uFEFF", "\u3000", "\t", "\r", "\"", ";", ",", "=1+1", "-1e40", "79228162514264337593543950336", "1e20", "-0"];

    private readonly Hosting.Server server = new(Hosting.StoreKind.Sqlite);

    public void Dispose() => server.Dispose();

    private WebApplicationFactory<Program> Start() => server.Start(new Dictionary<string, string> { ["Limits:RequestsPerWindow"] = "100000" });

    private static Gen<string> Damaged(string text) =>
        from at in Gen.Int[0, text.Length - 1]
        from kind in Gen.Int[0, 3]
        from c in Gen.OneOf(Gen.Char, Gen.OneOfConst(Hostile).Select(h => h[0]))
        from hostile in Gen.OneOfConst(Hostile)
        select kind switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, c.ToString()),
            2 => text.Insert(at, hostile),
            _ => text[..at] + new string('字', 200_000) + text[at..],
        };

    [Fact]
    public async Task Damaged_uploads_get_2xx_or_4xx_and_a_refused_upload_stores_nothing()
    {
        await using var app = Start();
        var client = await Hosting.Server.ClientAsync(app);
        var bodies = Gen.OneOf(
            Damaged(Observations).Select(b => ("/progress", "text/csv", b)),
            Damaged(Status).Select(b => ("/status", "text/csv", b)),
            Damaged("""{"version": 1, "observations": [{"target": "jilin-2022-county-urbanization/68/t1", "value": 70, "unit": "%", "observedOn": "2025-06-30"}]}""")
                .Select(b => ("/progress", "application/json", b)))
            .Array[60].Single();

        foreach (var (path, type, body) in bodies)
        {
            var before = await Count(app);
            using var content = new StringContent(body, Encoding.UTF8, type);
            var response = await client.PostAsync(path, content);

            ((int)response.StatusCode).Should().BeLessThan(500, $"{path} with {Describe(body)}: {await response.Content.ReadAsStringAsync()}");
            if (!response.IsSuccessStatusCode)
            {
                (await Count(app)).Should().Be(before, "a refused upload stores nothing");
            }
        }
    }

    [Fact]
    public async Task Random_query_strings_get_2xx_or_4xx()
    {
        await using var app = Start();
        var client = await Hosting.Server.ClientAsync(app);
        var queries = Gen.Select(
                Gen.OneOfConst("/reports/implementation", "/reports/departments", "/reports/counties", "/measures", "/targets/due"),
                Gen.OneOf(Gen.OneOfConst(Hostile), Gen.String[0, 40], Gen.OneOfConst("2025-12-31", "9999-12-31", "0001-01-01", "住建厅", "梅河口", "吉林", "jilin-2022-county-urbanization")),
                Gen.OneOfConst("asOf", "document", "department", "subject", "from", "to"))
            .Array[80].Single();

        foreach (var (path, value, name) in queries)
        {
            var url = $"{path}?{name}={Uri.EscapeDataString(value)}&from=2025-01-01&to=2025-12-31";
            var response = await client.GetAsync(url);
            ((int)response.StatusCode).Should().BeLessThan(500, $"{url}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<int> Count(WebApplicationFactory<Program> app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgressDb>();
        return await db.Set<ObservationRow>().CountAsync() + await db.Set<StatusUpdateRow>().CountAsync();
    }

    private static string Describe(string body) => body.Length > 120 ? $"{body[..120]}… ({body.Length} chars)" : body;
}
