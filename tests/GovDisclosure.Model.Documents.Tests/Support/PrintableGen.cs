using System;
using System.Linq;
using CsCheck;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;

namespace GovDisclosure.Model.Documents.Tests.Support;

/// <summary>
/// Reports as a printed document can carry them, from the core tests' generators (<see cref="ReportGen"/>): any numbers of
/// either format, narrative with awkward characters, and source notes that say what the printed cell says.
/// Printed text has no invisible parts: a paragraph has text, starts and ends with a visible character, and holds
/// no control characters but line breaks and tabs; a blank cell holds 0; an annotated cell prints its number.
/// </summary>
internal static class PrintableGen
{
    private static readonly Gen<char> Visible = Gen.Frequency(
        (6, Gen.Char['\u4e00', '\u9fa5']),
        (2, Gen.Char['!', '~']),
        (2, ReportGen.OneOf('<', '&', '|', '>', '"', '\'', '（', '）', '，', '。', '“', '”', '：', '；', '、', '%', '-', '\u00b7')));

    private static readonly Gen<string> Gap = ReportGen.OneOf(" ", "\u3000", "\t", "\n", "\u3000\u3000", " | ", "\t\t", "\u00a0");

    /// <summary>Text with awkward characters — markup and table characters, full-width spaces, tabs, line breaks — inside.</summary>
    public static readonly Gen<string> Text =
        Gen.Select(Visible.Array[1, 12], Gen.Select(Gap, Visible.Array[1, 12]).Array[0, 4]).Select((first, rest) =>
            new string(first) + string.Concat(rest.Select(p => p.Item1 + new string(p.Item2))));

    public static readonly Gen<NarrativeParagraph> Paragraph =
        Gen.Select(Text, Text, Gen.Int[0, 2]).Select((text, heading, kind) => new NarrativeParagraph
        {
            Text = text,
            Heading = kind == 0 ? heading : kind == 1 ? "（" + "一二三四五"[heading.Length % 5] + "）" + heading : null,
        });

    public static readonly Gen<Narrative> Narrative = Paragraph.Array[0, 4].Select(p => new Narrative { Paragraphs = p });

    /// <summary>An annotation as printed inside brackets after a number (a table cell's spaces are not kept: none).</summary>
    private static readonly Gen<string> Annotation =
        Visible.Where(c => c != '（' && c != '）').Array[1, 10].Select(chars => new string(chars));

    /// <summary>Any report of either format, made printable.</summary>
    public static Gen<AnnualReport> Report =>
        Gen.Select(
            ReportGen.AnyReportOfAnyFormat,
            Gen.Select(Narrative, Narrative, Narrative),
            Gen.Select(Text, Gen.Int[0, 1000].Array[0, 8], Annotation, Gen.Int[0, 2])).Select((report, narrative, rest) =>
        {
            var (agency, cellIndexes, annotation, kind) = rest;
            var cells = ReportCells.For(report.Format).Where(c => !c.Pointer.StartsWith("/otherMatters/", StringComparison.Ordinal)).ToArray();
            var notes = SourceNotes.Empty;
            foreach (var index in cellIndexes.Distinct())
            {
                var cell = cells[index % cells.Length];
                switch ((index + kind) % 3)
                {
                    case 0:
                        report = SetCell(report, cell, 0m);
                        notes = notes.With(cell.Pointer, CellNote.BlankCell);
                        break;
                    case 1:
                        var value = cell.GetValue(report) ?? 0m;
                        notes = notes.With(cell.Pointer, new CellNote { Annotation = annotation, SourceText = Printed(report, cell, value) + "（" + annotation + "）" });
                        break;
                    default:
                        report = SetCell(report, cell, 0m);
                        notes = notes.With(cell.Pointer, new CellNote { Blank = true, SourceText = "—" });
                        break;
                }
            }

            return report with
            {
                Metadata = report.Metadata with { AgencyName = agency },
                Overview = narrative.Item1,
                ProblemsAndImprovements = narrative.Item2,
                OtherMatters = report.OtherMatters with { Paragraphs = narrative.Item3.Paragraphs },
                SourceNotes = notes,
            };
        });

    private static string Printed(AnnualReport report, ReportCell cell, decimal value) =>
        value.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (report is AnnualReport2019 r && cell.Pointer.EndsWith("/totalAmount/amount", StringComparison.Ordinal) ? r.ProactiveDisclosure.CentralizedProcurement.TotalAmount.Unit : string.Empty);

    /// <summary>The report with one cell's value replaced, through its JSON (the cell's pointer names the member).</summary>
    private static AnnualReport SetCell(AnnualReport report, ReportCell cell, decimal value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ReportJson.WriteToUtf8Bytes(report))!;
        var parts = cell.Pointer.Split('/').Skip(1).ToArray();
        var parent = node;
        foreach (var part in parts.Take(parts.Length - 1))
        {
            parent = parent[part]!;
        }

        parent[parts[parts.Length - 1]] = value;
        if (parent is System.Text.Json.Nodes.JsonObject amount && amount.ContainsKey("unit"))
        {
            amount.Remove("unit"); // a blank cell prints no unit
        }

        return ReportJson.Read(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));
    }
}
