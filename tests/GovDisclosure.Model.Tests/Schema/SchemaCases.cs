using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>
/// Generated JSON documents for the reader/schema agreement: reports our serializer writes, and the same
/// reports with one mutation (a member removed, added, renamed or retyped; a negative, fractional or huge
/// number; a number as a string; null; an odd string; a bad source-note key). Never generated, because only
/// the strict reader can reject them (see <c>ReportSchema</c>): duplicate member names, invalid UTF-8 or
/// unpaired surrogates, money beyond what a decimal holds exactly.
/// </summary>
internal static class SchemaCases
{
    public static readonly Gen<string> Valid = ReportGen.AnyReportOfAnyFormat.Select(r => ReportJson.Write(r));

    public static readonly Gen<(string Json, string Mutation)> Mutated =
        Gen.Select(ReportGen.AnyReportOfAnyFormat, Gen.Int).Select((report, seed) => Mutate(ReportJson.Write(report), new Random(seed)));

    /// <summary>Valid and mutated documents mixed, one in four valid.</summary>
    public static readonly Gen<(string Json, string Mutation)> Any = Gen.Frequency(
        (1, Valid.Select(j => (j, "none"))),
        (3, Mutated));

    private static readonly JsonNode?[] Replacements =
    {
        null, JsonValue.Create("x"), JsonValue.Create(""), JsonValue.Create("12"), JsonValue.Create(true), JsonValue.Create(false),
        JsonValue.Create(-1), JsonValue.Create(-0.5m), JsonValue.Create(1.5m), JsonValue.Create(7.0m), JsonValue.Create(0),
        JsonValue.Create(4294967295L), JsonValue.Create(4294967296L), JsonValue.Create(1e20), JsonValue.Create(2147483648L),
        JsonValue.Create("2021-02-30"), JsonValue.Create("2020-02-29"), JsonValue.Create("0000-01-01"), JsonValue.Create("2021-1-1"),
        JsonValue.Create("123456"), JsonValue.Create("123456\n"), JsonValue.Create("12345６"), JsonValue.Create("http://x y"),
        JsonValue.Create("https://a.gov.cn/\u3000"), JsonValue.Create("https://"), JsonValue.Create("http://政府.cn/年报"), JsonValue.Create("ftp://a"),
        JsonValue.Create("2021"), JsonValue.Create(2021), JsonValue.Create("2019"),
    };

    private static readonly string[] NewNames = { "extra", "Total", "naturalpersons", "subtotal", "$id", "formatversion", "/applications/total", "/reviewAndLitigation/administrativeReview/upheld", "" };

    public static (string Json, string Mutation) Mutate(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var locations = new List<(JsonNode? Parent, string? Name, int Index, JsonNode? Value)>();
        Collect(root, locations);
        var (parent, name, index, value) = locations[random.Next(locations.Count)];
        var kind = random.Next(9);
        string mutation;
        switch (kind)
        {
            case 0 when parent is JsonObject o:
                o.Remove(name!);
                mutation = $"removed {name}";
                break;
            case 1 when value is JsonObject target:
                var added = NewNames[random.Next(NewNames.Length)];
                if (target.ContainsKey(added))
                {
                    return (root.ToJsonString(), "none");
                }

                target[added] = Replacement(random);
                mutation = $"added {added}";
                break;
            case 2 when parent is JsonObject o2:
                var renamed = NewNames[random.Next(NewNames.Length)];
                if (o2.ContainsKey(renamed))
                {
                    return (root.ToJsonString(), "none");
                }

                o2.Remove(name!);
                o2[renamed] = value;
                mutation = $"renamed {name} to {renamed}";
                break;
            case 3 when value is JsonValue v && v.TryGetValue<decimal>(out var number):
                Set(parent, name, index, JsonValue.Create(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                mutation = $"number {name ?? index.ToString()} as a string";
                break;
            case 4 when value is JsonValue v2 && v2.TryGetValue<decimal>(out var n2):
                var text = n2.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var fractional = text.Contains(".");
                Set(parent, name, index, JsonNode.Parse(random.Next(4) switch
                {
                    0 => n2 >= 0 ? "-" + (n2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : (n2 - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    1 => fractional ? text + "1" : text + ".5",
                    2 => fractional ? text + "0" : text + ".0",
                    _ => text + "e0",
                }));
                mutation = $"number {name ?? index.ToString()} changed";
                break;
            case 5:
                Set(parent, name, index, null);
                mutation = $"{name ?? index.ToString()} set to null";
                break;
            case 6 when value is JsonArray array:
                array.Add(random.Next(3) == 0 ? null : random.Next(2) == 0 ? new JsonObject { ["text"] = "t" } : new JsonObject { ["heading"] = "h" });
                mutation = "array item added";
                break;
            case 7 when parent is not null:
                var metadata = root["metadata"]!.AsObject();
                var member = new[] { "publicationDate", "administrativeDivisionCode", "sourceUrl", "reportYear", "agencyName" }[random.Next(5)];
                metadata[member] = Replacement(random);
                mutation = $"metadata {member} replaced";
                break;
            default:
                if (parent is null)
                {
                    return (Replacement(random)?.ToJsonString() ?? "null", "root replaced");
                }

                Set(parent, name, index, Replacement(random));
                mutation = $"{name ?? index.ToString()} retyped";
                break;
        }

        return (root.ToJsonString(), mutation);
    }

    private static JsonNode? Replacement(Random random)
    {
        var r = random.Next(Replacements.Length + 2);
        return r == Replacements.Length ? new JsonObject() : r == Replacements.Length + 1 ? new JsonArray() : Replacements[r]?.DeepClone();
    }

    private static void Set(JsonNode? parent, string? name, int index, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[name!] = value;
        }
        else if (parent is JsonArray a)
        {
            a[index] = value;
        }
    }

    private static void Collect(JsonNode? node, List<(JsonNode?, string?, int, JsonNode?)> into, JsonNode? parent = null, string? name = null, int index = -1)
    {
        into.Add((parent, name, index, node));
        switch (node)
        {
            case JsonObject o:
                foreach (var p in o.ToList())
                {
                    Collect(p.Value, into, o, p.Key);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], into, a, null, i);
                }

                break;
        }
    }
}
