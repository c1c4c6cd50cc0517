using System.Text.Json;
using Jilin.Urbanization.WebApi.Tests.Hosting;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// Issue 25, point 5: <c>ConfigureDomainJson()</c> on ASP.NET Core's options composes with the app's own types — a
/// record of the sample's (<c>Cards/TargetCards.cs</c>) holding the library's id, enum and date next to a string array,
/// through the app's source-generated context chained after the library's — and writes Chinese as text.
/// </summary>
public sealed class AppTypeJsonTests : IDisposable
{
    private const string ElderlyHome = "jilin-2022-county-urbanization/43/t1";
    private readonly Server server = new(StoreKind.Sqlite);

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task The_apps_own_type_is_written_next_to_the_librarys_types_with_the_librarys_conventions()
    {
        await using var app = server.Start();
        var client = app.CreateClient();

        var response = await client.GetAsync($"/cards/targets/{ElderlyHome}");
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var card = json.RootElement;

        card.GetProperty("id").GetString().Should().Be(ElderlyHome, "the library's id is written as its text");
        card.GetProperty("binding").GetString().Should().Be("eachCounty", "the library's enum by its camelCase name");
        card.GetProperty("deadline").GetString().Should().Be("2022-12-31", "a NodaTime date as an ISO string");
        card.GetProperty("departments").ValueKind.Should().Be(JsonValueKind.Array, "the app's string array");
        card.GetProperty("departments").EnumerateArray().Select(d => d.GetString()).Should().Contain("省民政厅");
        text.Should().Contain("省民政厅").And.NotContain("\\u", "Chinese is written as UTF-8 text");
    }
}
