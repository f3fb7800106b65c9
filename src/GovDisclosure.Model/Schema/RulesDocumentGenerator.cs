using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Model.Formats;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Schema;

/// <summary>
/// Writes <c>schema/annual-report.rules.json</c>: every arithmetic rule of every format as declarative sums (a total's
/// pointer, its parts' pointers and signs), the cross-year carry-over pairs, the message templates, the cells' names and
/// the reporting order — derived from the same layouts and rule descriptors the .NET validators use, in the spirit of an
/// XBRL calculation linkbase. <c>schema/annual-report.rules.mjs</c> evaluates it in any JavaScript engine; a test runs both
/// over thousands of reports and compares the findings.
/// </summary>
internal static class RulesDocumentGenerator
{
    public const string FileName = "annual-report.rules.json";

    /// <summary>The rules the document carries: the sums of one report, and the carry-over between two.</summary>
    public static readonly ImmutableArray<string> Rules = ImmutableArray.Create(
        RuleIds.T3Balance, RuleIds.T3OutcomeTotal, RuleIds.T3RowTotal, RuleIds.T4GroupTotal, RuleIds.XCarryOver);

    public static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("description", "政府信息公开工作年度报告的勾稽规则（由 GovDisclosure.Model 的规则集生成，请勿手改）：每条等式为“合计 = Σ 符号 × 分项”。 — The arithmetic rules of the annual report, generated from GovDisclosure.Model's rule set (do not edit): each equation is total = Σ sign × part.");
            w.WritePropertyName("rules");
            w.WriteStartArray();
            foreach (var id in Rules)
            {
                var rule = RuleCatalog.Get(id);
                w.WriteStartObject();
                w.WriteString("id", rule.Id);
                w.WriteString("severity", rule.Severity.ToString().ToLowerInvariant());
                w.WriteNumber("order", rule.Order);
                w.WriteString("scope", rule.Scope == RuleScope.CrossYear ? "cross-year" : "report");
                w.WriteString("titleZh", rule.TitleZh);
                w.WriteString("titleEn", rule.TitleEn);
                w.WriteString("templateZh", rule.TemplateZh);
                w.WriteString("templateEn", rule.TemplateEn);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("formats");
            w.WriteStartObject();
            foreach (var format in ReportFormatInfo.All)
            {
                WriteFormat(w, format);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteFormat(Utf8JsonWriter w, ReportFormatInfo format)
    {
        var layout = format.Layout;
        w.WritePropertyName(format.Version);
        w.WriteStartObject();
        w.WritePropertyName("sums");
        w.WriteStartArray();
        for (var r = 0; r < layout.T3Rows; r++)
        {
            Sum(w, RuleIds.T3RowTotal, layout.T3[r][FormatLayout.TotalColumn], layout.RowParts[r], null);
        }

        for (var c = 0; c < FormatLayout.Columns; c++)
        {
            Sum(w, RuleIds.T3OutcomeTotal, layout.T3[layout.RowOutcomeTotal][c], layout.OutcomeParts[c], null);
        }

        for (var c = 0; c < FormatLayout.Columns; c++)
        {
            // 四 = 一 + 二 − （七）: the balance the table's note states, reported on 四.
            Sum(w, RuleIds.T3Balance, layout.T3[layout.RowCarriedForward][c], layout.BalanceParts[c], new[] { 1, 1, -1 });
        }

        for (var g = 0; g < 3; g++)
        {
            Sum(w, RuleIds.T4GroupTotal, layout.T4[g][4], layout.GroupParts[g], null);
        }

        w.WriteEndArray();
        w.WritePropertyName("carryOver");
        w.WriteStartArray();
        for (var c = 0; c < FormatLayout.Columns; c++)
        {
            w.WriteStartObject();
            w.WriteString("rule", RuleIds.XCarryOver);
            w.WriteString("pointer", layout.T3[FormatLayout.RowCarriedOver][c]);
            w.WriteString("previous", layout.CarriedForward[c][0]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("names");
        w.WriteStartObject();
        foreach (var pointer in layout.T3.SelectMany(r => r).Concat(layout.T4.SelectMany(g => g)))
        {
            var (zh, en) = layout.NameOf(pointer);
            w.WritePropertyName(pointer);
            w.WriteStartArray();
            w.WriteStringValue(zh);
            w.WriteStringValue(en);
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WritePropertyName("order");
        w.WriteStartArray();
        foreach (var pointer in layout.T3.SelectMany(r => r).Concat(layout.T4.SelectMany(g => g)).OrderBy(layout.RankOf))
        {
            w.WriteStringValue(pointer);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Sum(Utf8JsonWriter w, string rule, string total, ImmutableArray<string> parts, int[]? signs)
    {
        w.WriteStartObject();
        w.WriteString("rule", rule);
        w.WriteString("total", total);
        w.WritePropertyName("parts");
        w.WriteStartArray();
        foreach (var part in parts)
        {
            w.WriteStringValue(part);
        }

        w.WriteEndArray();
        if (signs is not null)
        {
            w.WritePropertyName("signs");
            w.WriteStartArray();
            foreach (var sign in signs)
            {
                w.WriteNumberValue(sign);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
