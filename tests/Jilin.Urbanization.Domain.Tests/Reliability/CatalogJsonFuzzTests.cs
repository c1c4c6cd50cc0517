using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// <see cref="PolicyCatalog.ReadJson"/> on hostile input: random bytes, byte-level damage to valid JSON, and
/// structural mutations of valid JSON (nulls, wrong types, removed, duplicated and swapped members, strings
/// borrowed from elsewhere in the file, out-of-range numbers). It either returns a whole, usable catalog that
/// round-trips, or throws <see cref="PolicyDataException"/> with a location; nothing else, and never hangs.
/// </summary>
public class CatalogJsonFuzzTests
{
    private static readonly byte[] ValidJson = Documented.Write(PolicyCatalog.Default);
    private static readonly JsonNode Template = JsonNode.Parse(ValidJson)!;
    private static readonly JsonPathIndex Index = new(Template);

    [Fact]
    public void Random_bytes_give_a_catalog_or_a_PolicyDataException()
    {
        var gen = Gen.OneOf(
            Gen.Byte.Array[0, 64],
            Gen.Char.Array[0, 64].Select(c => Encoding.UTF8.GetBytes(new string(c))),
            Gen.Int[0, 2000].Select(n => ValidJson[..n]));

        Documented.WithinTimeLimit(() => gen.Sample(bytes => Documented.ResultOrPolicyDataException(() => Documented.Read(bytes)), iter: 2000));
    }

    [Fact]
    public void Valid_json_damaged_byte_by_byte_gives_a_usable_catalog_or_a_PolicyDataException()
    {
        var gen = from kind in Gen.Int[0, 4]
                  from at in Gen.Int[0, ValidJson.Length - 1]
                  from length in Gen.Int[1, 64]
                  from noise in Gen.Byte.Array[1, 8]
                  select Damage(kind, at, length, noise);

        Documented.WithinTimeLimit(() => gen.Sample(
            bytes =>
            {
                if (Documented.ResultOrPolicyDataException(() => Documented.Read(bytes)) is { } catalog)
                {
                    Documented.Exercise(catalog);
                    RoundTrips(catalog);
                }
            },
            iter: 150));
    }

    [Fact]
    public void Valid_json_mutated_in_its_structure_gives_a_usable_catalog_or_a_PolicyDataException()
    {
        var gen = Mutation.Gen(Index).Array[1, 3];
        var accepted = 0;

        Documented.WithinTimeLimit(() => gen.Sample(
            mutations =>
            {
                var root = Template.DeepClone();
                foreach (var mutation in mutations)
                {
                    mutation.Apply(root);
                }

                var bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
                if (Documented.ResultOrPolicyDataException(() => Documented.Read(bytes)) is { } catalog)
                {
                    Interlocked.Increment(ref accepted);
                    Documented.Exercise(catalog);
                    RoundTrips(catalog);
                }
            },
            iter: 600,
            print: m => string.Join("; ", m.Select(x => x.ToString()))));

        // Some mutations are harmless (a text changed for another text), so the accepted branch is really exercised.
        accepted.Should().BePositive();
    }

    [Theory]
    [InlineData("null")]
    [InlineData("1")]
    [InlineData("\"x\"")]
    [InlineData("\"\\u0000\"")]
    [InlineData("-2147483648")]
    [InlineData("99999999999")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("[null]")]
    [InlineData("{\"unknown\":1}")]
    public void Every_member_replaced_by_a_wrong_value_is_refused_or_read_whole(string replacement)
    {
        // Systematic rather than random: each distinct member name of the format, at its first occurrence.
        Documented.WithinTimeLimit(() =>
        {
            foreach (var path in Index.FirstOfEachKey)
            {
                var root = Template.DeepClone();
                JsonPathIndex.Replace(root, path, JsonNode.Parse(replacement));
                var bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
                try
                {
                    if (Documented.ResultOrPolicyDataException(() => Documented.Read(bytes)) is { } catalog)
                    {
                        Documented.Exercise(catalog);
                        RoundTrips(catalog);
                    }
                }
                catch (Exception e) when (e is not PolicyDataException)
                {
                    throw new InvalidOperationException($"Replacing {JsonPathIndex.Format(path)} by {replacement} threw {e.GetType().Name}: {e.Message}", e);
                }
            }
        });
    }

    [Theory]
    [InlineData("\\uD800")]
    [InlineData("\\uDC00x")]
    [InlineData("\\u0000")]
    [InlineData("\\uFFFF")]
    public void A_string_with_an_ill_formed_or_odd_escape_is_refused_or_read_whole(string escape)
    {
        var text = Encoding.UTF8.GetString(ValidJson);
        foreach (var target in new[] { "\"省发展改革委\"", "\"development-reform-commission\"", "\"jilin-2022-county-urbanization\"", "\"sole\"" })
        {
            var damaged = Encoding.UTF8.GetBytes(text.Replace(target, target.Insert(1, escape), StringComparison.Ordinal));

            if (Documented.ResultOrPolicyDataException(() => Documented.Read(damaged)) is { } catalog)
            {
                Documented.Exercise(catalog);
                RoundTrips(catalog);
            }
        }
    }

    [Fact]
    public void Every_mode_with_every_rule_is_refused_unless_they_agree()
    {
        string[] rules = ["soleResponsibility", "firstListedLeads", "noLeadByDivisionOfDuties", "noLeadRespectively"];
        var measures = Template["documents"]!.AsArray()
            .SelectMany((d, di) => d!["measures"]!.AsArray().Select((m, mi) => (di, mi, mode: m!["responsibility"]!["mode"]!.GetValue<string>(), rule: m["responsibility"]!["rule"]!.GetValue<string>())))
            .DistinctBy(m => m.mode)
            .ToList();
        measures.Should().HaveCountGreaterThanOrEqualTo(3, "the documents use sole, lead-first and no-lead modes");

        foreach (var (di, mi, mode, rule) in measures)
        {
            foreach (var other in rules)
            {
                var root = Template.DeepClone();
                root["documents"]![di]!["measures"]![mi]!["responsibility"]!["rule"] = other;
                var read = () => Documented.Read(Encoding.UTF8.GetBytes(root.ToJsonString()));

                if (other == rule)
                {
                    read.Should().NotThrow();
                }
                else
                {
                    read.Should().Throw<PolicyDataException>($"mode {mode} contradicts rule {other}")
                        .Which.Location.Should().Be($"$.documents[{di}].measures[{mi}].responsibility.rule");
                }
            }
        }
    }

    [Fact]
    public void The_embedded_catalog_round_trips_byte_for_byte_and_by_value()
    {
        var read = Documented.Read(ValidJson);

        read.Should().Be(PolicyCatalog.Default);
        Documented.Write(read).Should().Equal(ValidJson);
    }

    [Fact]
    public void A_refusal_leaves_the_stream_usable_and_returns_no_catalog()
    {
        var truncated = ValidJson[..(ValidJson.Length - 10)];
        using var stream = new MemoryStream(truncated);
        PolicyCatalog? result = null;

        var read = () => result = PolicyCatalog.ReadJson(stream);

        read.Should().Throw<PolicyDataException>().Which.Location.Should().NotBeNullOrWhiteSpace();
        result.Should().BeNull();
        stream.CanRead.Should().BeTrue("ReadJson leaves the stream open");
    }

    /// <summary>write → read → write is byte-identical and read(write(c)) equals c.</summary>
    internal static void RoundTrips(PolicyCatalog catalog)
    {
        var first = Documented.Write(catalog);
        var read = Documented.Read(first);
        read.Should().Be(catalog, Difference(catalog, read));
        Documented.Write(read).Should().Equal(first);
    }

    /// <summary>Names the first document member that differs, so a round-trip failure says what was lost.</summary>
    private static string Difference(PolicyCatalog expected, PolicyCatalog actual)
    {
        if (expected.Equals(actual))
        {
            return string.Empty;
        }

        if (!expected.Departments.Equals(actual.Departments))
        {
            return "the departments differ";
        }

        foreach (var (e, a) in expected.Documents.Zip(actual.Documents))
        {
            foreach (var property in typeof(Jilin.Urbanization.Domain.Documents.PolicyDocument).GetProperties())
            {
                var (x, y) = (property.GetValue(e), property.GetValue(a));
                if (!Equals(x, y))
                {
                    var detail = x is System.Collections.IEnumerable xs && y is System.Collections.IEnumerable ys
                        ? xs.Cast<object>().Zip(ys.Cast<object>()).Where(p => !Equals(p.First, p.Second)).Select(p => $"{p.First} != {p.Second}").FirstOrDefault()
                        : $"{x} != {y}";
                    return $"document {e.Id} differs in {property.Name}: {detail}";
                }
            }
        }

        return "the documents differ";
    }

    private static byte[] Damage(int kind, int at, int length, byte[] noise)
    {
        var bytes = ValidJson.ToList();
        length = Math.Min(length, bytes.Count - at);
        switch (kind)
        {
            case 0: // flip bits
                bytes[at] ^= noise[0] == 0 ? (byte)1 : noise[0];
                break;
            case 1: // delete a slice
                bytes.RemoveRange(at, length);
                break;
            case 2: // insert noise
                bytes.InsertRange(at, noise);
                break;
            case 3: // truncate
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default: // duplicate a slice
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
        }

        return [.. bytes];
    }

    /// <summary>One structural change to the JSON tree.</summary>
    internal sealed record Mutation(object[] Path, int Kind, JsonNode? Payload, string Borrowed, int Delta)
    {
        private static readonly JsonNode?[] WrongValues =
        [
            null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(int.MaxValue), JsonValue.Create(int.MinValue),
            JsonValue.Create(long.MaxValue), JsonValue.Create(1.5), JsonValue.Create(1e300), JsonValue.Create(true),
            JsonValue.Create(string.Empty), JsonValue.Create(" "), JsonValue.Create("x"), new JsonArray(), new JsonObject(),
            new JsonArray(JsonValue.Create(1)), new JsonObject { ["unexpected"] = 1 },
        ];

        public static Gen<Mutation> Gen(JsonPathIndex index) =>
            from key in CsCheck.Gen.Int[0, index.Keys.Count - 1]
            from which in CsCheck.Gen.Int[0, int.MaxValue]
            from kind in CsCheck.Gen.Int[0, 8]
            from wrong in CsCheck.Gen.Int[0, WrongValues.Length - 1]
            from random in CsCheck.Gen.String[0, 12]
            from borrowed in CsCheck.Gen.Int[0, int.MaxValue]
            from delta in CsCheck.Gen.OneOfConst(1, -1, 2, -1000, 1000, int.MaxValue / 2)
            let paths = index.PathsByKey[index.Keys[key]]
            let siblings = index.StringsByKey.GetValueOrDefault(index.Keys[key], index.Strings)
            select new Mutation(
                paths[which % paths.Count],
                kind,
                kind == 8 ? JsonValue.Create(random) : WrongValues[wrong]?.DeepClone(),
                kind == 4 ? siblings[borrowed % siblings.Count] : index.Strings[borrowed % index.Strings.Count],
                delta);

        public void Apply(JsonNode root)
        {
            // An earlier mutation may have removed or replaced this path: then there is nothing to mutate.
            var parent = JsonPathIndex.Navigate(root, Path.AsSpan(0, Path.Length - 1));
            var last = Path[^1];
            if (!JsonPathIndex.Exists(parent, last))
            {
                return;
            }

            var node = JsonPathIndex.Navigate(root, Path);
            switch (Kind)
            {
                case 0 or 8: // a wrong or random value
                    JsonPathIndex.Replace(root, Path, Payload);
                    break;
                case 1: // remove the member or element
                    if (parent is JsonObject o)
                    {
                        o.Remove((string)last);
                    }
                    else if (parent is JsonArray a)
                    {
                        a.RemoveAt((int)last);
                    }

                    break;
                case 2: // duplicate it (an array element) or add an unknown member
                    if (parent is JsonArray array)
                    {
                        array.Insert((int)last, node?.DeepClone());
                    }
                    else if (parent is JsonObject obj && !obj.ContainsKey("x-extra"))
                    {
                        obj["x-extra"] = node?.DeepClone();
                    }

                    break;
                case 3: // swap with the next element
                    if (parent is JsonArray list && (int)last + 1 < list.Count)
                    {
                        var next = list[(int)last + 1];
                        list[(int)last + 1] = null;
                        list[(int)last] = null;
                        list[(int)last] = next;
                        list[(int)last + 1] = node;
                    }

                    break;
                case 4 or 5: // a string borrowed from the same member elsewhere (4) or from anywhere (5): another enum value, a duplicated or dangling reference
                    JsonPathIndex.Replace(root, Path, JsonValue.Create(Borrowed));
                    break;
                case 6: // a number moved out of range
                    if (node is JsonValue v && v.TryGetValue<int>(out var n))
                    {
                        JsonPathIndex.Replace(root, Path, JsonValue.Create(unchecked(n + Delta)));
                    }

                    break;
                default: // an empty container of the same kind
                    JsonPathIndex.Replace(root, Path, node is JsonArray ? new JsonArray() : node is JsonObject ? new JsonObject() : null);
                    break;
            }
        }

        public override string ToString() =>
            $"{JsonPathIndex.Format(Path)} kind {Kind} payload {Payload?.ToJsonString() ?? "null"} borrowed '{Borrowed}' delta {Delta}";
    }

    /// <summary>Every node of a JSON tree by path, grouped by member name so each member of the format is hit as often as any other.</summary>
    internal sealed class JsonPathIndex
    {
        public JsonPathIndex(JsonNode root)
        {
            var byKey = new Dictionary<string, List<object[]>>(StringComparer.Ordinal);
            var strings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            Walk(root, [], "$", byKey, strings);
            StringsByKey = strings.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Order(StringComparer.Ordinal)], StringComparer.Ordinal);
            PathsByKey = byKey;
            Keys = [.. byKey.Keys.Order(StringComparer.Ordinal)];
            Strings = [.. strings.Values.SelectMany(v => v).Where(s => s.Length < 80).Distinct().Order(StringComparer.Ordinal)];
            FirstOfEachKey = [.. Keys.Select(k => byKey[k][0])];
        }

        public IReadOnlyDictionary<string, List<object[]>> PathsByKey { get; }

        public IReadOnlyList<string> Keys { get; }

        public IReadOnlyList<string> Strings { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<string>> StringsByKey { get; }

        public IReadOnlyList<object[]> FirstOfEachKey { get; }

        public static bool Exists(JsonNode? parent, object segment) => (parent, segment) switch
        {
            (JsonObject o, string name) => o.ContainsKey(name),
            (JsonArray a, int i) => i < a.Count,
            _ => false,
        };

        public static JsonNode? Navigate(JsonNode? node, ReadOnlySpan<object> path)
        {
            foreach (var segment in path)
            {
                if (!Exists(node, segment))
                {
                    return null;
                }

                node = segment is string name ? node![name] : node![(int)segment];
            }

            return node;
        }

        public static void Replace(JsonNode root, object[] path, JsonNode? value)
        {
            if (path.Length == 0)
            {
                return;
            }

            var parent = Navigate(root, path.AsSpan(0, path.Length - 1))!;
            if (path[^1] is string name)
            {
                parent.AsObject()[name] = value;
            }
            else
            {
                parent.AsArray()[(int)path[^1]] = value;
            }
        }

        public static string Format(object[] path) =>
            "$" + string.Concat(path.Select(s => s is string name ? "." + name : $"[{s}]"));

        private static void Walk(JsonNode? node, object[] path, string key, Dictionary<string, List<object[]>> byKey, Dictionary<string, HashSet<string>> strings)
        {
            if (path.Length > 0)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(path);
            }

            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o)
                    {
                        Walk(child, [.. path, name], name, byKey, strings);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], [.. path, i], key + "[]", byKey, strings);
                    }

                    break;
                case JsonValue v when v.TryGetValue<string>(out var s):
                    if (!strings.TryGetValue(key, out var set))
                    {
                        strings[key] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(s);
                    break;
            }
        }
    }
}
