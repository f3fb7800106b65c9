using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Model.Documents.Tests.Support;

/// <summary>One table cell of a hand-checked truth file: where it goes in the report, and its value (null = blank).</summary>
internal sealed record TruthCell(string Pointer, string Description, decimal? Value);

/// <summary>
/// Reads the hand-checked truth files of the shared reports as expected cells of the 2021 format. Rows are
/// taken in table order by position (labels carry typos); a 2019-style single （六）其他处理 row stands for
/// （六）3.其他 (spec §7).
/// </summary>
internal static class Truth
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "reports", name);

    public static List<TruthCell> Cells2021(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Fixture(name + ".truth.json")));
        var root = doc.RootElement;
        var catalogue = ReportCells.For(ReportFormat.Format2021);
        var result = new List<TruthCell>();

        var t2 = catalogue.Where(c => c.Pointer.StartsWith("/proactiveDisclosure/", StringComparison.Ordinal)).ToArray();
        var t2Values = root.GetProperty("section2").EnumerateObject()
            .SelectMany(row => row.Value.EnumerateObject().Select(col => (Label: row.Name + " · " + col.Name, col.Value))).ToArray();
        if (t2Values.Length != t2.Length)
        {
            throw new InvalidOperationException($"{name}: table 二 has {t2Values.Length} cells");
        }

        for (var i = 0; i < t2.Length; i++)
        {
            result.Add(new TruthCell(t2[i].Pointer, t2Values[i].Label, Value(t2Values[i].Value)));
        }

        var t3 = catalogue.Where(c => c.Pointer.StartsWith("/applications/", StringComparison.Ordinal)).ToArray();
        var rows = t3.GroupBy(c => c.Pointer.Substring(0, c.Pointer.LastIndexOf('/'))).Select(g => g.ToArray()).ToList();
        var truthRows = root.GetProperty("section3").GetProperty("rows").EnumerateObject().ToList();
        var r = 0;
        foreach (var truthRow in truthRows)
        {
            var label = truthRow.Name.Replace(" ", string.Empty);
            if (truthRows.Count == 23 && label == "（六）其他处理")
            {
                // The 2019-style single row stands for （六）3.其他; 1 and 2 are not printed.
                r += 2;
            }

            var values = truthRow.Value.EnumerateArray().ToArray();
            for (var c = 0; c < 7; c++)
            {
                result.Add(new TruthCell(rows[r][c].Pointer, truthRow.Name + " · " + c, Value(values[c])));
            }

            r++;
        }

        if (r != rows.Count)
        {
            throw new InvalidOperationException($"{name}: table 三 has {r} rows");
        }

        var t4 = catalogue.Where(c => c.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)).ToArray();
        var t4Values = root.GetProperty("section4").EnumerateArray().ToArray();
        for (var i = 0; i < t4.Length; i++)
        {
            result.Add(new TruthCell(t4[i].Pointer, "四 · " + i, Value(t4Values[i])));
        }

        return result;
    }

    /// <summary>The cells of tonggu-county-2021 (no truth file: spec §8 states its numbers; every cell not listed there is 0).</summary>
    public static List<TruthCell> TongguCells()
    {
        var catalogue = ReportCells.For(ReportFormat.Format2021);
        var values = new Dictionary<string, decimal>
        {
            ["/proactiveDisclosure/normativeDocuments/issued"] = 32,
            ["/proactiveDisclosure/normativeDocuments/repealed"] = 97,
            ["/proactiveDisclosure/normativeDocuments/inForce"] = 72,
            ["/proactiveDisclosure/licensing/decisions"] = 18664,
            ["/proactiveDisclosure/penalties/decisions"] = 40007,
            ["/proactiveDisclosure/coerciveMeasures/decisions"] = 413,
            ["/proactiveDisclosure/administrativeFees/amountTenThousandYuan"] = 822.77m,
        };
        foreach (var row in new[] { "/applications/newlyReceived", "/applications/outcomes/disclosed", "/applications/outcomes/total" })
        {
            values[row + "/naturalPersons"] = 7;
            values[row + "/legalServiceAgencies"] = 1;
            values[row + "/total"] = 8;
        }

        return catalogue.Where(c => !c.IsOptional)
            .Select(c => new TruthCell(c.Pointer, c.DisplayName, values.TryGetValue(c.Pointer, out var v) ? v : 0m))
            .ToList();
    }

    private static decimal? Value(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
}
