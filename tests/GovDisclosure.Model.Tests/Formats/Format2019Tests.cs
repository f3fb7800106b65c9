using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Formats;

/// <summary>The 2019 format through the seam: the Shanghai example, its findings, the format's own cells and rules.</summary>
public class Format2019Tests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    private static AnnualReport2019 Shanghai() => Assert.IsType<AnnualReport2019>(ReportJson.Read(TestFiles.ShanghaiBytes()));

    [Fact]
    public void The_descriptor_describes_the_format()
    {
        var info = ReportFormatInfo.Get(ReportFormat.Format2019);
        Assert.Equal("2019", info.Version);
        Assert.Equal(typeof(AnnualReport2019), info.ReportType);
        Assert.Equal("国办公开办函〔2019〕60号", info.Notice);
        Assert.Equal((2019, (int?)2020), (info.FirstReportYear, info.LastReportYear));
        Assert.Same(info, ReportFormatInfo.ForYear(2020));
        Assert.Same(ReportFormatInfo.Get(ReportFormat.Format2021), ReportFormatInfo.ForYear(2021));
        Assert.Null(ReportFormatInfo.ForYear(2018));
        Assert.True(ReportFormatInfo.TryGet("2019", out var byVersion) && byVersion == info);
        Assert.False(ReportFormatInfo.TryGet("2020", out _));

        // 22 cells of table 二, 23 rows × 7 of table 三, 15 of table 四, 3 fee facts of section 六.
        Assert.Equal(22 + 161 + 15 + 3, info.Cells.Length);
        Assert.Equal(22, info.Cells.Count(c => c.Pointer.StartsWith("/proactiveDisclosure/", StringComparison.Ordinal)));
        Assert.Equal(5, info.Cells.Count(c => c.Kind == CellKind.SignedCount));
        var amount = info.Cells.Single(c => c.Labels[c.Labels.Length - 1] == "采购总金额");
        Assert.Equal("/proactiveDisclosure/centralizedProcurement/totalAmount/amount", amount.Pointer);
        Assert.Equal(CellKind.Money, amount.Kind);
        Assert.Equal("政府集中采购 · 采购总金额", amount.DisplayName);
        Assert.True(info.TryFindCell("/applications/outcomes/otherHandling/total", out var other));
        Assert.Equal("三、本年度办理结果（六）其他处理 · 总计", other!.DisplayName);
        Assert.False(info.TryFindCell("/applications/outcomes/otherHandling/other/total", out _));
    }

    [Fact]
    public void Shanghai_example_holds_every_cell_of_the_truth_file()
    {
        var report = Shanghai();
        using var truth = JsonDocument.Parse(File.ReadAllBytes(TestFiles.Fixture("reports/shanghai-gov-office-2019.truth.json")));
        var cells = ReportCells.For(ReportFormat.Format2019);

        var t3 = cells.Where(c => c.Pointer.StartsWith("/applications/", StringComparison.Ordinal)).ToArray();
        var rows = truth.RootElement.GetProperty("section3").GetProperty("rows").EnumerateObject().ToArray();
        Assert.Equal(t3.Length, rows.Length * 7);
        var blanks = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var values = rows[r].Value.EnumerateArray().ToArray();
            for (var c = 0; c < 7; c++)
            {
                var cell = t3[(r * 7) + c];
                Assert.EndsWith(rows[r].Name.Substring(rows[r].Name.IndexOf('、') + 1), cell.Labels[cell.Labels.Length - 2]);
                var blank = values[c].ValueKind == JsonValueKind.Null;
                Assert.Equal(blank ? 0m : values[c].GetDecimal(), cell.GetValue(report));
                Assert.Equal(blank, report.SourceNotes.TryGetValue(cell.Pointer, out var note) && note.Blank);
                blanks += blank ? 1 : 0;
            }
        }

        var t4 = cells.Where(c => c.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)).ToArray();
        var section4 = truth.RootElement.GetProperty("section4").EnumerateArray().ToArray();
        for (var i = 0; i < 15; i++)
        {
            var blank = section4[i].ValueKind == JsonValueKind.Null;
            Assert.Equal(blank ? 0m : section4[i].GetDecimal(), t4[i].GetValue(report));
            Assert.Equal(blank, report.SourceNotes.ContainsKey(t4[i].Pointer));
            blanks += blank ? 1 : 0;
        }

        Assert.Equal(blanks, report.SourceNotes.Count);
        var t2 = report.ProactiveDisclosure;
        Assert.Equal((13u, 13u, 524u), (t2.Regulations.NewlyMade, t2.Regulations.NewlyPublished, t2.Regulations.TotalPublished));
        Assert.Equal((60u, 60u, 368u), (t2.NormativeDocuments.NewlyMade, t2.NormativeDocuments.NewlyPublished, t2.NormativeDocuments.TotalPublished));
        Assert.Equal(6u, t2.CentralizedProcurement.Projects);
        Assert.Equal(new AmountWithUnit { Amount = 251000m, Unit = "元" }, t2.CentralizedProcurement.TotalAmount);
    }

    [Fact]
    public void Shanghai_example_round_trips_byte_for_byte_and_its_narrative_is_verbatim()
    {
        var bytes = TestFiles.ShanghaiBytes();
        Assert.Equal(bytes, ReportJson.WriteToUtf8Bytes(ReportJson.Read(bytes), indented: true));

        var published = WebUtility.HtmlDecode(File.ReadAllText(TestFiles.Fixture("reports/shanghai-gov-office-2019.txt"), Encoding.UTF8)).Replace("\r\n", "\n");
        var report = Shanghai();
        var paragraphs = report.Overview.Paragraphs.Concat(report.ProblemsAndImprovements.Paragraphs).Concat(report.OtherMatters.Paragraphs).ToArray();
        Assert.Equal(1 + 17 + 2 + 1, paragraphs.Length);
        foreach (var p in paragraphs)
        {
            Assert.Contains(p.Heading is null ? p.Text : p.Heading + "\n" + p.Text, published);
        }
    }

    [Fact]
    public void Shanghai_example_gives_the_findings_its_truth_file_implies()
    {
        var findings = ReportValidator.Validate(Shanghai(), null, Options).Findings;

        // The 总计 column is blank for every outcome row: each row with numbers breaks its row total (11 rows), and
        // （七）总计's own 总计 (805) is not the sum of the blank column above it.
        var rowTotals = findings.Where(f => f.RuleId == RuleIds.T3RowTotal).ToArray();
        Assert.Equal(11, rowTotals.Length);
        Assert.All(rowTotals, f => Assert.Equal(0m, f.Actual));
        Assert.Contains(rowTotals, f => f.Pointer == "/applications/outcomes/disclosed/total" && f.Expected == 272m);
        Assert.Contains(rowTotals, f => f.Pointer == "/applications/outcomes/unableToProvide/notHeldByAgency/total" && f.Expected == 265m);
        var outcome = Assert.Single(findings, f => f.RuleId == RuleIds.T3OutcomeTotal);
        Assert.Equal(("/applications/outcomes/total/total", 0m, 805m), (outcome.Pointer, outcome.Expected!.Value, outcome.Actual!.Value));
        Assert.Equal(135, findings.Count(f => f.RuleId == RuleIds.CellBlank));
        Assert.Equal(12, findings.Count(f => f.Severity == Severity.Error));
        // Beside the per-cell notes, one warning for each table with many blanks (126 in table 三, 9 in table 四).
        Assert.Equal(new[] { ("/applications", 126m), ("/reviewAndLitigation", 9m) }, findings.Where(f => f.RuleId == RuleIds.CellBlankMany).Select(f => (f.Pointer, f.Actual!.Value)));
        // The narrative's figures its truth file lists as contradicting the tables: 258 (vs 275), 265 (vs 337), 复议 and 诉讼 均获维持.
        Assert.Equal(
            new[] { "/applications/outcomes/disclosed/total", "/applications/outcomes/unableToProvide/notHeldByAgency/total", "/reviewAndLitigation/administrativeReview/upheld", "/reviewAndLitigation/litigationDirect/upheld" },
            findings.Where(f => f.RuleId == RuleIds.TextTableMismatch).Select(f => f.Pointer));
        Assert.Equal(135 + 12 + 2 + 4, findings.Count);
        Assert.Equal("三、本年度办理结果（一）予以公开 · 总计：应为 272，实为 0（六类申请人之和）", findings.First(f => f.RuleId == RuleIds.T3RowTotal).MessageZh);
    }

    [Theory]
    [InlineData(ReportFormat.Format2019, 2019, false)]
    [InlineData(ReportFormat.Format2019, 2020, false)]
    [InlineData(ReportFormat.Format2019, 2021, true)]
    [InlineData(ReportFormat.Format2019, 2022, true)]
    [InlineData(ReportFormat.Format2021, 2020, true)]
    [InlineData(ReportFormat.Format2021, 2021, false)]
    public void Format_year_fits_each_format_to_its_years(ReportFormat format, int year, bool finding)
    {
        var report = TestReports.Consistent(format);
        report = report with { Metadata = report.Metadata with { ReportYear = year } };

        var found = ReportValidator.Validate(report, null, Options).Findings.Where(f => f.RuleId == RuleIds.FormatYear).ToArray();

        Assert.Equal(finding, found.Length == 1);
        if (finding)
        {
            Assert.Equal("/formatVersion", found[0].Pointer);
            Assert.Equal(year, found[0].Actual);
            Assert.Contains(ReportFormatInfo.Get(format).Notice, found[0].MessageZh);
            Assert.Contains($"报告年度实为 {year}", found[0].MessageZh);
        }
    }

    [Fact]
    public void Signed_changes_may_be_negative_and_a_negative_procurement_amount_is_out_of_range()
    {
        var report = TestReports.Consistent2019();
        Assert.Equal(-3, report.ProactiveDisclosure.OtherExternalServices.ChangeThisYear);
        Assert.Empty(ReportValidator.Validate(report, null, Options).Findings);

        // The strict reader refuses a negative amount; a report built in code can still hold one.
        var procurement = report.ProactiveDisclosure.CentralizedProcurement;
        var negative = report with
        {
            ProactiveDisclosure = report.ProactiveDisclosure with { CentralizedProcurement = procurement with { TotalAmount = procurement.TotalAmount with { Amount = -1m } } },
        };
        var finding = Assert.Single(ReportValidator.Validate(negative, null, Options).Findings);
        Assert.Equal((RuleIds.CellRange, "/proactiveDisclosure/centralizedProcurement/totalAmount/amount", -1m), (finding.RuleId, finding.Pointer, finding.Actual!.Value));
        Assert.Equal("政府集中采购 · 采购总金额：应不小于 0，实为 -1", finding.MessageZh);
    }

    [Fact]
    public void The_2021_only_rules_do_not_apply_to_the_2019_format()
    {
        var rules = RuleCatalog.For(ReportFormat.Format2019).Select(r => r.Id).ToArray();
        Assert.DoesNotContain(RuleIds.FeeAmountUnit, rules);
        Assert.DoesNotContain(RuleIds.FeeUnpaidNoNotice, rules);
        Assert.DoesNotContain(RuleIds.XDocsInForce, rules);
        Assert.Contains(RuleIds.T3OutcomeTotal, rules);
        Assert.Contains(RuleIds.XCarryOver, rules);
        Assert.All(RuleCatalog.All.Where(r => r.Id != RuleIds.X2019Items), r => Assert.Contains(ReportFormat.Format2021, r.Formats));
        Assert.Equal(new[] { ReportFormat.Format2019 }, RuleCatalog.Get(RuleIds.X2019Items).Formats);
    }

    [Fact]
    public void Carry_over_is_checked_across_the_change_of_format_and_documents_in_force_say_why_they_are_not()
    {
        var current = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "某某县人民政府", ReportYear = 2021 } };
        var carriedOver = current.Applications.CarriedOverFromPreviousYear;
        var previous = TestReports.Consistent2019();
        previous = previous with
        {
            Applications = previous.Applications with { CarriedForwardToNextYear = carriedOver with { NaturalPersons = carriedOver.NaturalPersons - 1 } },
        };
        var forward = carriedOver.NaturalPersons - 1;

        var findings = ReportValidator.Validate(current, previous, Options).Findings;

        Assert.Equal(2, findings.Count);
        var carry = findings[1];
        Assert.Equal((RuleIds.XCarryOver, "/applications/carriedOverFromPreviousYear/naturalPersons"), (carry.RuleId, carry.Pointer));
        Assert.Equal((forward, forward + 1m), (carry.Expected!.Value, carry.Actual!.Value));
        Assert.Equal(new[] { "/applications/carriedForwardToNextYear/naturalPersons" }, carry.Related.ToArray());
        var skipped = findings[0];
        Assert.Equal((RuleIds.XSkipped, Severity.Info, "/proactiveDisclosure/regulations/inForce"), (skipped.RuleId, skipped.Severity, skipped.Pointer));
        Assert.Contains("国办公开办函〔2019〕60号", skipped.MessageZh);
        Assert.Contains("X-DOCS-IN-FORCE", skipped.MessageEn);

        // Two 2019-format reports: carry-over applies, documents in force are not part of the format.
        var earlier = previous with { Metadata = previous.Metadata with { ReportYear = 2019 } };
        var pair = ReportValidator.Validate(TestReports.Consistent2019(), earlier, Options).Findings.Where(f => f.RuleId != RuleIds.X2019Items).ToArray();
        Assert.Equal(new[] { "/applications/carriedOverFromPreviousYear/naturalPersons" }, pair.Select(f => f.Pointer));
        Assert.All(pair, f => Assert.Equal(RuleIds.XCarryOver, f.RuleId));
    }

    [Fact]
    public void The_2019_report_reads_strictly()
    {
        var json = Encoding.UTF8.GetString(TestFiles.ShanghaiBytes());

        Assert.False(ReportJson.TryRead(json.Replace("\"unit\": \"元\"", "\"unit\": \"美元\""), out _, out var unit));
        Assert.Equal(("format", "/proactiveDisclosure/centralizedProcurement/totalAmount/unit"), (unit!.Keyword, unit.Pointer));
        Assert.False(ReportJson.TryRead(json.Replace("\"formatVersion\": \"2019\"", "\"formatVersion\": \"2021\""), out _, out var wrongFormat));
        Assert.Equal("unknownProperty", wrongFormat!.Keyword);
        Assert.False(ReportJson.TryRead(json.Replace("\"otherHandling\": {", "\"otherHandling\": {\"other\": {},"), out _, out var extra));
        Assert.Equal("unknownProperty", extra!.Keyword);
        var noUnit = ReportJson.Read(System.Text.RegularExpressions.Regex.Replace(json, ",\\s*\"unit\": \"元\"", string.Empty));
        Assert.Null(((AnnualReport2019)noUnit).ProactiveDisclosure.CentralizedProcurement.TotalAmount.Unit);
        Assert.DoesNotContain("unit", ReportJson.Write(noUnit));
    }
}
