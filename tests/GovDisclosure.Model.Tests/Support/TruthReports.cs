using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>
/// Builds <see cref="AnnualReport2021"/> from the hand-checked truth files of real reports (table numbers as
/// published, errors included). Rows are taken in table order by position (labels contain typos and variants);
/// a blank cell (<c>null</c>) becomes 0 with a blank <see cref="CellNote"/>; a 2019-style single （六）其他处理 row
/// goes into （六）3.其他 (spec §7).
/// </summary>
internal static class TruthReports
{
    /// <summary>The 2021-format truth files.</summary>
    public static readonly string[] Names = ["hongze-district-2023", "huaian-city-2024", "pingtan-zone-2021", "pingtan-zone-2022"];

    /// <summary>
    /// Fee facts the reports state in words (section 六 / overview), which the truth files quote as narrative claims:
    /// 洪泽区 “全年收取政府信息公开信息处理费0元”, 淮安市 “全年收取政府信息公开信息处理费3940元”.
    /// </summary>
    private static readonly Dictionary<string, InformationProcessingFees> StatedFees = new()
    {
        ["hongze-district-2023"] = new InformationProcessingFees { AmountCollectedYuan = 0m },
        ["huaian-city-2024"] = new InformationProcessingFees { AmountCollectedYuan = 3940m },
    };

    public static string TruthPath(string name) => TestFiles.Fixture($"reports/{name}.truth.json");

    /// <summary>The committed JSON fixture of a truth report, in the source tree.</summary>
    public static string SourceJsonPath(string name) =>
        Path.Combine(TestFiles.RepoRoot, "tests", "GovDisclosure.Model.Tests", "Fixtures", "reports", name + ".json");

    /// <summary>The JSON fixture as copied to the test output.</summary>
    public static string JsonPath(string name) => TestFiles.Fixture($"reports/{name}.json");

    public static AnnualReport2021 Build(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(TruthPath(name)));
        var root = doc.RootElement;
        if (root.GetProperty("formatVersion").GetString() != "2021")
        {
            throw new InvalidOperationException($"{name} is not in the 2021 format.");
        }

        var notes = new List<KeyValuePair<string, CellNote>>();
        var cells = ReportCells.For(ReportFormat.Format2021);
        string Cell(string prefix, int index) => cells.Where(c => c.Pointer.StartsWith(prefix, StringComparison.Ordinal)).ElementAt(index).Pointer;

        uint Count(JsonElement value, string pointer)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                notes.Add(new(pointer, CellNote.BlankCell));
                return 0;
            }

            return value.GetUInt32();
        }

        // Table 二: rows and columns by position.
        var t2 = root.GetProperty("section2").EnumerateObject().Select(p => p.Value.EnumerateObject().Select(c => c.Value).ToArray()).ToArray();
        var t2Cells = cells.Where(c => c.Pointer.StartsWith("/proactiveDisclosure/", StringComparison.Ordinal)).ToArray();
        var t2Values = t2.SelectMany(v => v).ToArray();
        if (t2Values.Length != t2Cells.Length)
        {
            throw new InvalidOperationException($"{name}: table 二 has {t2Values.Length} cells.");
        }

        uint T2(int i) => Count(t2Values[i], t2Cells[i].Pointer);
        decimal fee;
        if (t2Values[9].ValueKind == JsonValueKind.Null)
        {
            notes.Add(new(t2Cells[9].Pointer, CellNote.BlankCell));
            fee = 0m;
        }
        else
        {
            fee = t2Values[9].GetDecimal();
        }

        // Table 三: 25 rows, or 23 with the 2019-style single （六） row.
        var published = root.GetProperty("section3").GetProperty("rows").EnumerateObject().Select(p => p.Value).ToList();
        var rows = new List<ApplicantCounts>();
        if (published.Count == 23)
        {
            // Rows 一 … （五）5 stay in place; the single （六） goes to （六）3.其他, its other sub-rows are 0.
            var aligned = published.Take(20).Select(v => (JsonElement?)v).ToList();
            aligned.Add(null);
            aligned.Add(null);
            aligned.Add(published[20]);
            aligned.Add(published[21]);
            aligned.Add(published[22]);
            rows.AddRange(aligned.Select((v, r) => v is { } row ? Row(row, r) : ApplicantCounts.Zero));
        }
        else if (published.Count == 25)
        {
            rows.AddRange(published.Select(Row));
        }
        else
        {
            throw new InvalidOperationException($"{name}: table 三 has {published.Count} rows.");
        }

        ApplicantCounts Row(JsonElement row, int r)
        {
            var v = row.EnumerateArray().Select((x, c) => Count(x, Cell("/applications/", (r * 7) + c))).ToArray();
            return new ApplicantCounts
            {
                NaturalPersons = v[0], CommercialEnterprises = v[1], ResearchInstitutions = v[2], PublicWelfareOrganizations = v[3],
                LegalServiceAgencies = v[4], OtherOrganizations = v[5], Total = v[6],
            };
        }

        var t4 = root.GetProperty("section4").EnumerateArray().Select((x, i) => Count(x, Cell("/reviewAndLitigation/", i))).ToArray();
        CaseOutcomes Group(int g) => new() { Upheld = t4[g * 5], Corrected = t4[(g * 5) + 1], Other = t4[(g * 5) + 2], Pending = t4[(g * 5) + 3], Total = t4[(g * 5) + 4] };

        return new AnnualReport2021
        {
            Metadata = new ReportMetadata { AgencyName = root.GetProperty("agency").GetString()!, ReportYear = root.GetProperty("year").GetInt32() },
            Overview = new Narrative(),
            ProactiveDisclosure = new ProactiveDisclosure2021
            {
                Regulations = new DocumentCounts { Issued = T2(0), Repealed = T2(1), InForce = T2(2) },
                NormativeDocuments = new DocumentCounts { Issued = T2(3), Repealed = T2(4), InForce = T2(5) },
                Licensing = new DecisionCount { Decisions = T2(6) },
                Penalties = new DecisionCount { Decisions = T2(7) },
                CoerciveMeasures = new DecisionCount { Decisions = T2(8) },
                AdministrativeFees = new FeeAmount { AmountTenThousandYuan = fee },
            },
            Applications = new Applications2021
            {
                NewlyReceived = rows[0],
                CarriedOverFromPreviousYear = rows[1],
                Outcomes = Tables.Outcomes(rows.Skip(2).Take(22)),
                CarriedForwardToNextYear = rows[24],
            },
            ReviewAndLitigation = new ReviewAndLitigation { AdministrativeReview = Group(0), LitigationDirect = Group(1), LitigationAfterReview = Group(2) },
            ProblemsAndImprovements = new Narrative(),
            OtherMatters = new OtherMatters { Fees = StatedFees.TryGetValue(name, out var fees) ? fees : null },
            SourceNotes = SourceNotes.Create(notes),
        };
    }
}
