using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;

namespace GovDisclosure.Model.Documents.Tests.Support;

/// <summary>
/// Reports to publish and read back: the core's random reports of both formats (<see cref="ReportGen"/>) with narrative
/// text full of awkward characters, agency names as agencies write them, and source notes a published table can hold
/// (a blank cell holds 0; an annotation or a printed form reads as the cell's own value).
/// </summary>
internal static class PublishGen
{
    /// <summary>Pieces that break naive writers: markup, escapes, line breaks, full-width spaces, look-alike headings.</summary>
    private static readonly string[] Awkward =
    {
        "<", ">", "&", "&amp;", "&#13;", "<br>", "</p>", "<script>", "|", " | ", "\\", "\\|", "\n", "\n\n", "\r\n", "\r", "\t", " ", "  ",
        "\u3000", "\u3000\u3000", "\u00A0", "*", "**", "_", "#", "## ", "- ", "+ ", "1. ", "2) ", "> ", "`", "```", "[a](b)", "---", "===",
        "~~", "~", "=", "-", "（一）", "一、", "五、存在的主要问题及改进情况", "二、主动公开政府信息情况", "发布机关：", "上一篇", "😀", "𠀀",
        "\u0001", "\u001f", "\u007f", "\u0085", "\u2028", "\"", "'", "22（其中修订16件）", "收费", "a", "中文", "2021年", "0",
    };

    public static readonly Gen<string> Text = Gen.Frequency(
        (1, Gen.Const(string.Empty)),
        (3, Gen.Char['\u4e00', '\u9fa5'].Array[1, 40].Select(c => new string(c))),
        (4, Gen.Int[0, Awkward.Length - 1].Array[1, 12].Select(Gen.Char['\u4e00', '\u9fa5'].Array[0, 6])
            .Select((pieces, cjk) => string.Concat(pieces.Select(i => Awkward[i])) + new string(cjk))));

    public static readonly Gen<NarrativeParagraph> Paragraph =
        Gen.Select(Text, Text, Gen.Int[0, 2]).Select((t, h, kind) => new NarrativeParagraph { Text = t, Heading = kind == 0 ? h : null });

    public static readonly Gen<Narrative> Narrative = Paragraph.Array[0, 5].Select(p => new Narrative { Paragraphs = p });

    /// <summary>Agency names as published: CJK characters, sometimes digits or a bracketed remark.</summary>
    public static readonly Gen<string> Agency = Gen.Select(Gen.Char['\u4e00', '\u9fa5'].Array[2, 20], Gen.Int[0, 3], Gen.Int[0, 2030])
        .Select((name, variant, n) => new string(name) + variant switch
        {
            0 => "人民政府",
            1 => "（" + new string(name.Take(3).ToArray()) + "）",
            2 => n.ToString(CultureInfo.InvariantCulture) + "号",
            _ => string.Empty,
        });

    /// <summary>Annotations as published inside brackets: trimmed, not empty, anything else.</summary>
    private static readonly Gen<string> Annotation = Text.Select(t => t.Trim()).Where(t => t.Length > 0);

    public static Gen<AnnualReport> Report =>
        Gen.Select(ReportGen.AnyReportOfAnyFormat, Agency, Gen.Select(Narrative, Narrative, Narrative), Gen.Int[0, 199].Array[0, 8], Gen.Int[0, 3].Array[8], Annotation)
            .Select((report, agency, narratives, cells, kinds, annotation) =>
            {
                report = report with
                {
                    Metadata = report.Metadata with { AgencyName = agency },
                    Overview = narratives.Item1,
                    ProblemsAndImprovements = narratives.Item2,
                    OtherMatters = report.OtherMatters with { Paragraphs = narratives.Item3.Paragraphs },
                };
                return WithNotes(report, cells, kinds, annotation);
            });

    /// <summary>Source notes on some table cells, with each cell's value set so that the note is what a published table shows.</summary>
    private static AnnualReport WithNotes(AnnualReport report, int[] indexes, int[] kinds, string annotation)
    {
        var cells = ReportCells.For(report.Format).Where(c => !c.IsOptional && !c.Pointer.EndsWith("/totalAmount/amount", StringComparison.Ordinal)).ToArray();
        var json = JsonNode.Parse(ReportJson.Write(report))!.AsObject();
        var notes = new JsonObject();
        var k = 0;
        foreach (var index in indexes.Distinct())
        {
            var cell = cells[index % cells.Length];
            var kind = kinds[k++ % kinds.Length];
            var value = cell.GetValue(report) ?? 0m;
            var number = cell.Kind == CellKind.Money ? value.ToString(CultureInfo.InvariantCulture) : decimal.Truncate(value).ToString(CultureInfo.InvariantCulture);
            JsonObject note;
            switch (kind)
            {
                case 0:
                    value = 0m;
                    note = new JsonObject { ["blank"] = true };
                    break;
                case 1:
                    value = 0m;
                    note = new JsonObject { ["blank"] = true, ["sourceText"] = "—" };
                    break;
                case 2:
                    note = new JsonObject { ["annotation"] = annotation, ["sourceText"] = number + "（" + annotation + "）" };
                    break;
                default:
                    if (cell.Kind != CellKind.Count)
                    {
                        continue;
                    }

                    note = new JsonObject { ["sourceText"] = decimal.Truncate(value).ToString(CultureInfo.InvariantCulture) + "件" };
                    break;
            }

            Set(json, cell.Pointer, cell.Kind == CellKind.Money ? JsonValue.Create(value) : JsonValue.Create((long)value));
            notes[cell.Pointer] = note;
        }

        json.Remove("sourceNotes");
        if (notes.Count > 0)
        {
            json["sourceNotes"] = notes;
        }

        return ReportJson.Read(json.ToJsonString());
    }

    private static void Set(JsonObject json, string pointer, JsonNode value)
    {
        var parts = pointer.Split('/').Skip(1).ToArray();
        var node = json;
        foreach (var part in parts.Take(parts.Length - 1))
        {
            node = node[part]!.AsObject();
        }

        node[parts[parts.Length - 1]] = value;
    }
}
