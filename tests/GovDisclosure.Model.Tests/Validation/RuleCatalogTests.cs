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
            [RuleIds.XCarryOver] = Severity.Warning, [RuleIds.XDocsInForce] = Severity.Info, [RuleIds.XSkipped] = Severity.Info,
            [RuleIds.Sec5Empty] = Severity.Warning, [RuleIds.MetaLate] = Severity.Warning, [RuleIds.T2InForceLtNet] = Severity.Warning,
            [RuleIds.FeeUnpaidGtNotices] = Severity.Warning, [RuleIds.FeeCollectedGtNoticed] = Severity.Warning, [RuleIds.CellBlankMany] = Severity.Warning,
            [RuleIds.XTextCopy] = Severity.Warning, [RuleIds.XYoySpike] = Severity.Info, [RuleIds.X2019Items] = Severity.Info,
            [RuleIds.XSeriesDuplicate] = Severity.Warning, [RuleIds.XSeriesGap] = Severity.Info,
            [RuleIds.ReadUnsupported] = Severity.Error, [RuleIds.ReadDamaged] = Severity.Error, [RuleIds.ReadNoText] = Severity.Error,
            [RuleIds.ReadNotAReport] = Severity.Error, [RuleIds.ReadTableMissing] = Severity.Error, [RuleIds.ReadCellUnreadable] = Severity.Error,
            [RuleIds.ReadLabelVariant] = Severity.Warning, [RuleIds.ReadMetadata] = Severity.Warning, [RuleIds.ReadAnnotation] = Severity.Info,
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
            Metadata = new ReportMetadata { AgencyName = "", ReportYear = 2017, PublicationDate = new DateTime(2018, 6, 1) },
            ProblemsAndImprovements = Narrative.Of(NarrativeParagraph.Of("无。")),
            ProactiveDisclosure = broken.ProactiveDisclosure with { AdministrativeFees = new FeeAmount { AmountTenThousandYuan = -0.0000001m } },
            OtherMatters = new OtherMatters(),
            SourceNotes = SourceNotes.Empty.With("/applications/carriedOverFromPreviousYear/otherOrganizations", CellNote.BlankCell),
        };
        findings.AddRange(ReportValidator.Validate(broken, null, Options).Findings);
        var previous = TestReports.Add(base_, "/proactiveDisclosure/regulations/inForce", 1) with { Metadata = base_.Metadata with { ReportYear = 2022 } };
        previous = TestReports.Add(previous, "/applications/carriedForwardToNextYear/otherOrganizations", 1);
        findings.AddRange(ReportValidator.Validate(base_, previous, Options).Findings);

        // Section 六 and table 二 of another report: fees that contradict table 三, documents in force below the net, many blanks.
        var fees = base_ with
        {
            ProactiveDisclosure = base_.ProactiveDisclosure with { Regulations = new DocumentCounts { Issued = 5, Repealed = 0, InForce = 1 } },
            OtherMatters = new OtherMatters { Fees = new InformationProcessingFees { NoticesIssued = 1, AmountNoticedYuan = 10m, AmountCollectedYuan = 20m } },
            SourceNotes = ReportCells.For(ReportFormat.Format2021).Where(c => c.Pointer.StartsWith("/reviewAndLitigation/litigationAfterReview/", StringComparison.Ordinal))
                .Aggregate(SourceNotes.Empty, (notes, c) => notes.With(c.Pointer, CellNote.BlankCell)),
        };
        findings.AddRange(ReportValidator.Validate(fees, null, Options).Findings);

        // Pairs: copied narrative and a spike; a pair that cannot be compared; two 2019-format reports.
        var text = Narrative.Of(NarrativeParagraph.Of(string.Concat(Enumerable.Repeat("本机关坚持以公开为常态、不公开为例外，扎实推进政务公开工作。", 4))));
        var copied = base_ with { Overview = text };
        var before = TestReports.Add(copied with { Metadata = base_.Metadata with { ReportYear = 2022 } }, "/reviewAndLitigation/administrativeReview/upheld", 100);
        before = TestReports.Add(before, "/reviewAndLitigation/administrativeReview/total", 100);
        findings.AddRange(ReportValidator.Validate(copied, before, Options).Findings.Where(f => f.RuleId != RuleIds.XCarryOver && f.RuleId != RuleIds.XDocsInForce));
        findings.AddRange(ReportValidator.Validate(base_, base_, Options).Findings);
        var report2019 = TestReports.Consistent2019();
        var before2019 = TestReports.Add(report2019 with { Metadata = report2019.Metadata with { ReportYear = 2019 } }, "/proactiveDisclosure/licensing/changeThisYear", 1);
        findings.AddRange(ReportValidator.Validate(report2019, before2019, Options).Findings.Where(f => f.RuleId != RuleIds.XCarryOver));

        var implemented = new[]
        {
            RuleIds.T3Balance, RuleIds.T3OutcomeTotal, RuleIds.T3RowTotal, RuleIds.T4GroupTotal, RuleIds.CellRange, RuleIds.FormatYear,
            RuleIds.MetaRequired, RuleIds.FeeAmountUnit, RuleIds.FeeUnpaidNoNotice, RuleIds.CellBlank, RuleIds.XCarryOver, RuleIds.XDocsInForce,
            RuleIds.XSkipped, RuleIds.Sec5Empty, RuleIds.MetaLate, RuleIds.T2InForceLtNet, RuleIds.FeeUnpaidGtNotices, RuleIds.FeeCollectedGtNoticed,
            RuleIds.CellBlankMany, RuleIds.XTextCopy, RuleIds.XYoySpike, RuleIds.X2019Items,
        };
        Assert.Equal(implemented.OrderBy(i => i, StringComparer.Ordinal), findings.Select(f => f.RuleId).Distinct().OrderBy(i => i, StringComparer.Ordinal));
        foreach (var finding in findings)
        {
            var format = finding.RuleId == RuleIds.X2019Items ? ReportFormat.Format2019 : ReportFormat.Format2021;
            var (zh, en) = ReportFormatInfo.Get(format).Layout.NameOf(finding.Pointer);
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
        text.Append("Scope: **document** — raised while reading JSON; **report** — checked on one report; **cross-year** —\n");
        text.Append("checked on a report and the same agency's report for the year before (their `related` pointers refer to\n");
        text.Append("the previous report); **reading** — raised while reading a published document; **series** — raised\n");
        text.Append("when many reports are validated together (`ReportSeries`).\n\n");
        text.Append("| id | severity | scope | formats | meaning | 含义 |\n|---|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            var scope = rule.Scope switch { RuleScope.CrossYear => "cross-year", var s => s.ToString().ToLowerInvariant() };
            var formats = string.Join(", ", rule.Formats.Select(f => ReportFormatInfo.Get(f).Version));
            text.Append($"| `{rule.Id}` | {rule.Severity.ToString().ToLowerInvariant()} | {scope} | {formats} | {rule.DescriptionEn} | {rule.DescriptionZh} |\n");
        }

        text.Append("\nThe rules of scope report and cross-year run in the FluentValidation validators (`AnnualReportValidator`,\n");
        text.Append("`AnnualReport2021Validator`, `AnnualReport2019Validator`, `ReportPairValidator`) and in `ReportValidator`.\n");
        text.Append("`TEXT-TABLE-MISMATCH` compares the figures the narrative states (`NarrativeFigures.Extract`) with the tables;\n");
        text.Append("its message quotes the sentence.\n");
        return text.ToString();
    }
}
