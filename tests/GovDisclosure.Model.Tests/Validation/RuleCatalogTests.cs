using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Validation;

public class RuleCatalogTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    private static string[] RuleIdConstants() =>
        typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

    [Fact]
    public void Every_rule_id_has_one_descriptor_with_texts_in_both_languages()
    {
        var ids = RuleIdConstants();

        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), RuleCatalog.All.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal));
        foreach (var id in ids)
        {
            var rule = RuleCatalog.Get(id);
            Assert.Equal(id, rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleZh), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleEn), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.DescriptionZh), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.DescriptionEn), id);
        }

        Assert.False(RuleCatalog.TryGet("NO-SUCH-RULE", out _));
        Assert.Throws<ArgumentException>(() => RuleCatalog.Get("NO-SUCH-RULE"));
    }

    [Fact]
    public void Severities_are_those_of_the_format_reference()
    {
        var expected = new Dictionary<string, Severity>
        {
            [RuleIds.Json] = Severity.Error, [RuleIds.Schema] = Severity.Error,
            [RuleIds.T3Balance] = Severity.Error, [RuleIds.T3OutcomeTotal] = Severity.Error, [RuleIds.T3RowTotal] = Severity.Error,
            [RuleIds.T4GroupTotal] = Severity.Error, [RuleIds.CellRange] = Severity.Error, [RuleIds.FormatYear] = Severity.Error,
            [RuleIds.MetaRequired] = Severity.Error, [RuleIds.FeeAmountUnit] = Severity.Warning, [RuleIds.FeeUnpaidNoNotice] = Severity.Warning,
            [RuleIds.TextTableMismatch] = Severity.Warning, [RuleIds.FormatTemplateDeviation] = Severity.Warning, [RuleIds.CellBlank] = Severity.Info,
            [RuleIds.XCarryOver] = Severity.Warning, [RuleIds.XDocsInForce] = Severity.Info,
        };

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), RuleCatalog.All.Select(r => new KeyValuePair<string, Severity>(r.Id, r.Severity)).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>Every rule this library's validators implement fires on some report, with a message in both languages that names the value.</summary>
    [Fact]
    public void Every_implemented_rule_produces_messages_in_both_languages()
    {
        var findings = new List<Finding>();
        var base_ = TestReports.Consistent();
        var broken = TestReports.Add(base_, "/applications/outcomes/disclosed/naturalPersons", 1);
        broken = TestReports.Add(broken, "/reviewAndLitigation/administrativeReview/upheld", 1);
        broken = TestReports.Add(broken, "/applications/carriedForwardToNextYear/naturalPersons", 1);
        broken = broken with
        {
            Metadata = new ReportMetadata { AgencyName = "", ReportYear = 2017 },
            ProactiveDisclosure = broken.ProactiveDisclosure with { AdministrativeFees = new FeeAmount { AmountTenThousandYuan = -0.0000001m } },
            OtherMatters = new OtherMatters(),
            SourceNotes = SourceNotes.Empty.With("/applications/carriedOverFromPreviousYear/otherOrganizations", CellNote.BlankCell),
        };
        findings.AddRange(ReportValidator.Validate(broken, null, Options).Findings);
        var previous = TestReports.Add(base_, "/proactiveDisclosure/regulations/inForce", 1) with { Metadata = base_.Metadata with { ReportYear = 2022 } };
        previous = TestReports.Add(previous, "/applications/carriedForwardToNextYear/otherOrganizations", 1);
        findings.AddRange(ReportValidator.Validate(base_, previous, Options).Findings);

        var implemented = new[]
        {
            RuleIds.T3Balance, RuleIds.T3OutcomeTotal, RuleIds.T3RowTotal, RuleIds.T4GroupTotal, RuleIds.CellRange, RuleIds.FormatYear,
            RuleIds.MetaRequired, RuleIds.FeeAmountUnit, RuleIds.FeeUnpaidNoNotice, RuleIds.CellBlank, RuleIds.XCarryOver, RuleIds.XDocsInForce,
        };
        Assert.Equal(implemented.OrderBy(i => i, StringComparer.Ordinal), findings.Select(f => f.RuleId).Distinct().OrderBy(i => i, StringComparer.Ordinal));
        foreach (var finding in findings)
        {
            var (zh, en) = FindingFactory.NameOf(finding.Pointer);
            Assert.NotEqual(finding.Pointer, zh);
            Assert.StartsWith(zh + "：", finding.MessageZh);
            Assert.StartsWith(en + ": ", finding.MessageEn);
            Assert.DoesNotContain("{", finding.MessageZh + finding.MessageEn);
            Assert.Equal(RuleCatalog.Get(finding.RuleId).Severity, finding.Severity);
            if (finding.Expected is { } e && finding.Actual is { } a)
            {
                Assert.Contains($"：应为 {e}，实为 {a}", finding.MessageZh);
                Assert.Contains($": expected {e}, actual {a}", finding.MessageEn);
            }
        }
    }

    /// <summary>docs/rules.md lists exactly the catalogue: id, severity and meaning.</summary>
    [Fact]
    public void The_rules_document_matches_the_catalogue()
    {
        var path = Path.Combine(TestFiles.RepoRoot, "docs", "rules.md");
        var expected = RulesDocument();
        if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.Equal(expected, File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n"));
    }

    internal static string RulesDocument()
    {
        var text = new StringBuilder();
        text.Append("# Consistency rules\n\n");
        text.Append("Every finding carries one of these rule ids (a public contract), a severity, the JSON Pointer of the\n");
        text.Append("offending value, the contributing cells (`related`), the expected and actual numbers where there are\n");
        text.Append("numbers, and a message in Chinese and English. This table is generated from `RuleCatalog` and checked\n");
        text.Append("by a test (`GOVDISCLOSURE_UPDATE_FIXTURES=1 dotnet test` rewrites it).\n\n");
        text.Append("Severity: **error** — the report breaks the format or its own arithmetic; **warning** — almost certainly\n");
        text.Append("a mistake worth a human look; **info** — worth knowing, often legitimate.\n\n");
        text.Append("| id | severity | meaning | 含义 |\n|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            text.Append($"| `{rule.Id}` | {rule.Severity.ToString().ToLowerInvariant()} | {rule.DescriptionEn} | {rule.DescriptionZh} |\n");
        }

        text.Append("\n`JSON` and `SCHEMA` come from reading the JSON; `FORMAT-TEMPLATE-DEVIATION` from reading published reports.\n");
        text.Append("`TEXT-TABLE-MISMATCH` compares the figures the narrative states (`NarrativeFigures.Extract`) with the tables;\n");
        text.Append("its message quotes the sentence. The others are checked on the model by the FluentValidation validators\n");
        text.Append("(`AnnualReport2021Validator`, and `ReportPairValidator` for `X-CARRY-OVER` and `X-DOCS-IN-FORCE`, which\n");
        text.Append("apply only when the previous report is the same format and for the year before; their `related`\n");
        text.Append("pointers refer to the previous report).\n");
        return text.ToString();
    }
}
