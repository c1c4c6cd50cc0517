using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Jilin.Urbanization.WebApi.Tests.Hosting;

namespace Jilin.Urbanization.WebApi.Tests;

/// <summary>
/// The README's "Run it for a province" calls, run against the server: each <c>curl</c> line of the section's call
/// block (tokens from the development issuer, headers, bodies from files or inline) is sent, and its answer must have
/// the status the line's <c># →</c> comment states, so the README and the behaviour agree.
/// </summary>
public sealed partial class ReadmeTests : IDisposable
{
    private readonly Server server = new(StoreKind.Sqlite);

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task The_readme_calls_for_a_province_answer_the_statuses_it_states()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md"));
        var section = readme[readme.IndexOf("### Run it for a province", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", 10, StringComparison.Ordinal)];
        var block = ShellBlock().Matches(section).Select(m => m.Groups[1].Value).Single(b => b.Contains("/dev/tokens", StringComparison.Ordinal));
        var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().HaveCountGreaterThan(8);

        await using var app = server.Start();
        var client = app.CreateClient();
        var tokens = new Dictionary<string, string>();
        var calls = 0;
        foreach (var line in lines)
        {
            if (TokenLine().Match(line) is { Success: true } token)
            {
                tokens[token.Groups[1].Value] = await Server.TokenAsync(client, token.Groups[2].Value);
                continue;
            }

            var expected = Expected().Match(line);
            expected.Success.Should().BeTrue($"every call states its answer: {line}");
            var response = await client.SendAsync(Request(line[..expected.Index], tokens));
            ((int)response.StatusCode).Should().Be(int.Parse(expected.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), $"{line}\n{await response.Content.ReadAsStringAsync()}");
            if (expected.Groups[2].Value.Contains("CSV", StringComparison.Ordinal))
            {
                response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
            }

            if (expected.Groups[2].Value.Contains("HTML", StringComparison.Ordinal))
            {
                response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
            }

            if ((int)response.StatusCode >= 400)
            {
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
                var words = expected.Groups[2].Value.Trim();
                if (words.Length > 0 && !words.StartsWith("no token", StringComparison.Ordinal) && !words.StartsWith("another", StringComparison.Ordinal))
                {
                    (await response.Content.ReadAsStringAsync()).Should().Contain(words, "the README quotes the problem's words");
                }
            }

            calls++;
        }

        calls.Should().Be(lines.Length - tokens.Count);
    }

    // curl's arguments, as the README writes them: -X, -H, --data-binary @file or $'…', the URL "$S/…".
    private static HttpRequestMessage Request(string line, Dictionary<string, string> tokens)
    {
        var args = Words(line).Skip(1).ToList();
        var method = HttpMethod.Get;
        HttpContent? content = null;
        var headers = new List<(string, string)>();
        string? uri = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-s":
                    break;
                case "-X":
                    method = new HttpMethod(args[++i]);
                    break;
                case "-H":
                    var header = Expand(args[++i], tokens);
                    headers.Add((header[..header.IndexOf(':', StringComparison.Ordinal)].Trim(), header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()));
                    break;
                case "--data-binary":
                    var data = args[++i];
                    content = new ByteArrayContent(data.StartsWith('@') ? File.ReadAllBytes(Path.Combine(Repository.Root, data[1..])) : Encoding.UTF8.GetBytes(data));
                    method = method == HttpMethod.Get ? HttpMethod.Post : method;
                    break;
                default:
                    uri = Expand(args[i], tokens).Replace("$S", string.Empty, StringComparison.Ordinal);
                    break;
            }
        }

        var request = new HttpRequestMessage(method, uri ?? throw new InvalidOperationException($"No URL in: {line}")) { Content = content };
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                content!.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    private static string Expand(string text, Dictionary<string, string> tokens) =>
        tokens.Aggregate(text, (t, token) => t.Replace("$" + token.Key, token.Value, StringComparison.Ordinal));

    // Shell words: '…' literal, "…" literal here (only $ variables, expanded later), $'…' with \n.
    private static IEnumerable<string> Words(string line)
    {
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    yield return word.ToString();
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            if (c == '$' && i + 1 < line.Length && line[i + 1] == '\'')
            {
                var end = line.IndexOf('\'', i + 2);
                word.Append(line[(i + 2)..end].Replace("\\n", "\n", StringComparison.Ordinal));
                i = end;
            }
            else if (c is '\'' or '"')
            {
                var end = line.IndexOf(c, i + 1);
                word.Append(line[(i + 1)..end]);
                i = end;
            }
            else
            {
                word.Append(c);
            }
        }

        if (inWord)
        {
            yield return word.ToString();
        }
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"^(\w+)=\$\(curl -s -X POST ""\$S/dev/tokens\?subject=([^""]+)"" \| jq -r \.token\)$")]
    private static partial Regex TokenLine();

    [GeneratedRegex(@"#\s*→\s*(\d{3})(.*)$")]
    private static partial Regex Expected();
}
