using System;
using System.Linq;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Validation;

/// <summary>The rules a reviewing office checks beyond the sums, each at its boundary.</summary>
public class ReviewRuleTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    private static Finding[] Find(AnnualReport report, string rule, AnnualReport? previous = null, ReportValidationOptions? options = null) =>
        ReportValidator.Validate(report, previous, options ?? Options).Findings.Where(f => f.RuleId == rule).ToArray();

    private static AnnualReport2021 WithProblems(params string[] paragraphs) =>
        TestReports.Consistent() with { ProblemsAndImprovements = new Narrative { Paragraphs = paragraphs.Select(p => NarrativeParagraph.Of(p)).ToArray() } };

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "无" }, 1)]
    [InlineData(new[] { "暂无。" }, 2)]
    [InlineData(new[] { " 没有 。", "" }, 2)]
    [InlineData(new[] { "一二三四五六七八九十一二三四五六七八九" }, 19)]
    [InlineData(new[] { "一二三四五六七八九十，", "一二三四五六七八九" }, 19)]
    public void Section_five_shorter_than_twenty_characters_is_empty(string[] paragraphs, int length)
    {
        var finding = Assert.Single(Find(WithProblems(paragraphs), RuleIds.Sec5Empty));
        Assert.Equal(("/problemsAndImprovements", Severity.Warning, (decimal)length), (finding.Pointer, finding.Severity, finding.Actual!.Value));
        Assert.StartsWith("五、存在的主要问题及改进情况：", finding.MessageZh);
    }

    [Theory]
    [InlineData("一二三四五六七八九十一二三四五六七八九十")]
    [InlineData("一二三四五六七八九十，　一二三四五六七八九十。")]
    public void Section_five_of_twenty_characters_is_not(string text) =>
        Assert.Empty(Find(WithProblems(text), RuleIds.Sec5Empty));

    [Theory]
    [InlineData("某某县人民政府", 2024, "2025-03-31", null)]
    [InlineData("某某县人民政府", 2024, "2025-04-01", Severity.Warning)]
    [InlineData("某某县人民政府（汇总）", 2024, "2025-04-01", Severity.Warning)]
    [InlineData("某某县教育局", 2024, "2025-01-31", null)]
    [InlineData("某某县教育局", 2024, "2025-02-01", Severity.Warning)]
    [InlineData("上海市人民政府办公厅", 2019, "2020-01-31", null)]
    [InlineData("某某县教育局", 2024, "2024-12-31", Severity.Error)]
    [InlineData("某某县人民政府", 2024, "2024-06-30", Severity.Error)]
    [InlineData("某某县教育局", 2024, "2025-01-01", null)]
    [InlineData("平潭综合实验区（党工委管委会；汇总全区各单位）", 2022, "2023-02-20", null)]
    [InlineData("某某经济开发区管理委员会", 2022, "2023-03-31", null)]
    [InlineData("平潭综合实验区", 2022, "2023-02-20", null)]
    [InlineData("某某县", 2022, "2023-04-01", Severity.Warning)]
    [InlineData("淮安市人民政府（办公室编制，全市汇总）", 2024, "2025-04-01", Severity.Warning)]
    public void Publication_after_the_deadline_warns_and_before_the_year_ended_is_an_error(string agency, int year, string published, Severity? severity)
    {
        var report = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = agency, ReportYear = year, PublicationDate = DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture) } };

        var found = Find(report, RuleIds.MetaLate);

        Assert.Equal(severity, found.SingleOrDefault()?.Severity);
        if (severity is not null)
        {
            Assert.Equal("/metadata/publicationDate", found[0].Pointer);
            Assert.Contains(published, found[0].MessageZh);
        }
    }

    [Fact]
    public void The_kind_of_agency_and_the_deadlines_are_options_and_no_date_is_not_checked()
    {
        var report = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "某某县教育局", ReportYear = 2024, PublicationDate = new DateTime(2025, 3, 1) } };
        Assert.Single(Find(report, RuleIds.MetaLate));
        Assert.Empty(Find(report, RuleIds.MetaLate, options: new ReportValidationOptions { CurrentYear = 2025, AgencyKind = AgencyKind.Government }));
        Assert.Empty(Find(report, RuleIds.MetaLate, options: new ReportValidationOptions { CurrentYear = 2025, DepartmentDeadline = (3, 15) }));
        Assert.Single(Find(report, RuleIds.MetaLate, options: new ReportValidationOptions { CurrentYear = 2025, DepartmentDeadline = (2, 28) }));
        Assert.Empty(Find(report with { Metadata = report.Metadata with { PublicationDate = null } }, RuleIds.MetaLate));
    }

    [Theory]
    [InlineData(5u, 2u, 3u, false)]
    [InlineData(5u, 2u, 2u, true)]
    [InlineData(0u, 9u, 0u, false)]
    public void Documents_in_force_below_issued_less_repealed_warn(uint issued, uint repealed, uint inForce, bool warns)
    {
        var report = TestReports.Consistent();
        report = report with { ProactiveDisclosure = report.ProactiveDisclosure with { NormativeDocuments = new DocumentCounts { Issued = issued, Repealed = repealed, InForce = inForce } } };

        var found = Find(report, RuleIds.T2InForceLtNet);

        Assert.Equal(warns, found.Length == 1);
        if (warns)
        {
            Assert.Equal(("/proactiveDisclosure/normativeDocuments/inForce", (decimal)inForce), (found[0].Pointer, found[0].Actual!.Value));
            Assert.Contains($"= {issued - repealed}", found[0].MessageZh);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void More_unpaid_fee_applications_than_notices_warn(int more, bool warns)
    {
        var report = TestReports.Consistent();
        var unpaid = report.Applications.Outcomes.OtherHandling.FeeUnpaid.Total;
        report = report with { OtherMatters = report.OtherMatters with { Fees = report.OtherMatters.Fees! with { NoticesIssued = (uint)(unpaid - more) } } };

        var found = Find(report, RuleIds.FeeUnpaidGtNotices);

        Assert.Equal(warns, found.Length == 1);
        if (warns)
        {
            Assert.Equal(("/applications/outcomes/otherHandling/feeUnpaid/total", (decimal)unpaid), (found[0].Pointer, found[0].Actual!.Value));
            Assert.Equal(new[] { "/otherMatters/fees/noticesIssued" }, found[0].Related.ToArray());
        }
    }

    [Theory]
    [InlineData("100", "100", false)]
    [InlineData("100", "100.01", true)]
    [InlineData(null, "100", false)]
    public void More_fees_collected_than_noticed_warn(string? noticed, string collected, bool warns)
    {
        var report = TestReports.Consistent();
        var fees = new InformationProcessingFees { NoticesIssued = 40, AmountNoticedYuan = noticed is null ? null : decimal.Parse(noticed, System.Globalization.CultureInfo.InvariantCulture), AmountCollectedYuan = decimal.Parse(collected, System.Globalization.CultureInfo.InvariantCulture) };
        report = report with { OtherMatters = report.OtherMatters with { Fees = fees } };

        Assert.Equal(warns, Find(report, RuleIds.FeeCollectedGtNoticed).Length == 1);
    }

    [Theory]
    [InlineData(9, 4, 0)]
    [InlineData(10, 4, 1)]
    [InlineData(9, 5, 1)]
    [InlineData(10, 5, 2)]
    public void Many_blank_cells_give_one_warning_per_table(int table3, int table4, int warnings)
    {
        var cells = ReportCells.For(ReportFormat.Format2021);
        var notes = cells.Where(c => c.Pointer.StartsWith("/applications/", StringComparison.Ordinal)).Take(table3)
            .Concat(cells.Where(c => c.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)).Take(table4))
            .Aggregate(SourceNotes.Empty, (n, c) => n.With(c.Pointer, CellNote.BlankCell));
        var report = TestReports.Consistent() with { SourceNotes = notes };

        var found = Find(report, RuleIds.CellBlankMany);

        Assert.Equal(warnings, found.Length);
        Assert.All(found, f => Assert.Equal(f.Pointer == "/applications" ? table3 : table4, (int)f.Actual!.Value));
        Assert.Equal(table3 + table4, ReportValidator.Validate(report, null, Options).Findings.Count(f => f.RuleId == RuleIds.CellBlank));
    }

    private const string Base = "本机关坚持以公开为常态、不公开为例外，围绕中心工作推进决策、执行、管理、服务、结果公开，持续做好政策解读和回应关切，规范依申请公开办理流程，加强政府网站和政务新媒体建设管理。";

    [Fact]
    public void A_narrative_copied_with_only_its_numbers_changed_is_a_copy()
    {
        var previous = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "某某县人民政府", ReportYear = 2022 }, Overview = Narrative.Of(NarrativeParagraph.Of("2022年共主动公开信息1532条。" + Base)) };
        var current = TestReports.Consistent() with { Overview = Narrative.Of(NarrativeParagraph.Of("2023年共主动公开信息2871条。" + Base)) };

        var finding = Assert.Single(Find(current, RuleIds.XTextCopy, previous));

        Assert.Equal(("/overview", Severity.Warning), (finding.Pointer, finding.Severity));
        Assert.Equal(100m, finding.Actual);
        Assert.Contains("相似度为 100%", finding.MessageZh);
    }

    [Fact]
    public void Copying_is_reported_from_ninety_percent_similarity_on()
    {
        // Replace ever more characters of the text with other text: the rule fires exactly while the resemblance is ≥ 90 %.
        var seen89 = false;
        var seen90 = false;
        for (var changed = 0; changed < 40; changed++)
        {
            var text = Base.Substring(0, Base.Length - changed) + new string('乙', changed);
            var similarity = TextSimilarity.Resemblance(Base, text)!.Value;
            var previous = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "某某县人民政府", ReportYear = 2022 }, ProblemsAndImprovements = Narrative.Of(NarrativeParagraph.Of(Base)) };
            var current = TestReports.Consistent() with { ProblemsAndImprovements = Narrative.Of(NarrativeParagraph.Of(text)) };
            var found = Find(current, RuleIds.XTextCopy, previous);
            Assert.Equal(similarity >= 0.90, found.Length == 1);
            seen89 |= similarity is >= 0.88 and < 0.90;
            seen90 |= similarity is >= 0.90 and < 0.92;
        }

        Assert.True(seen89 && seen90, "the sweep crosses the boundary closely");
        Assert.Null(TextSimilarity.Resemblance("无", "无"));
    }

    [Theory]
    [InlineData(4u, 20u, false)]
    [InlineData(4u, 21u, true)]
    [InlineData(21u, 4u, true)]
    [InlineData(3u, 19u, false)]
    [InlineData(0u, 19u, false)]
    [InlineData(0u, 20u, true)]
    public void A_more_than_fivefold_change_is_noted(uint before, uint now, bool noted)
    {
        static AnnualReport2021 WithReview(AnnualReport2021 r, uint total, int year) => r with
        {
            Metadata = r.Metadata with { ReportYear = year },
            ReviewAndLitigation = r.ReviewAndLitigation with { AdministrativeReview = CaseOutcomes.FromParts(total, 0, 0, 0) },
        };

        var previous = WithReview(TestReports.Consistent(), before, 2022);
        var current = WithReview(TestReports.Consistent(), now, 2023);

        var found = Find(current, RuleIds.XYoySpike, previous);

        Assert.Equal(noted, found.Length == 1);
        if (noted)
        {
            Assert.Equal(("/reviewAndLitigation/administrativeReview/total", Severity.Info, (decimal)now), (found[0].Pointer, found[0].Severity, found[0].Actual!.Value));
            Assert.Equal(new[] { "/reviewAndLitigation/administrativeReview/total" }, found[0].Related.ToArray());
        }
    }

    [Fact]
    public void Items_of_the_previous_year_follow_from_last_years_report_in_the_2019_format()
    {
        var previous = TestReports.Consistent2019() with { Metadata = new ReportMetadata { AgencyName = "某某县人民政府", ReportYear = 2019 } };
        var t2 = previous.ProactiveDisclosure;
        ItemCounts2019 Next(ItemCounts2019 row) => row with { PreviousYearItems = (uint)(row.PreviousYearItems + row.ChangeThisYear) };
        var current = TestReports.Consistent2019() with
        {
            ProactiveDisclosure = t2 with
            {
                Licensing = Next(t2.Licensing),
                OtherExternalServices = Next(t2.OtherExternalServices),
                Penalties = Next(t2.Penalties),
                CoerciveMeasures = Next(t2.CoerciveMeasures),
                AdministrativeFees = t2.AdministrativeFees with { PreviousYearItems = (uint)(t2.AdministrativeFees.PreviousYearItems + t2.AdministrativeFees.ChangeThisYear) },
            },
        };
        Assert.Empty(Find(current, RuleIds.X2019Items, previous));

        var broken = TestReports.Add(current, "/proactiveDisclosure/otherExternalServices/previousYearItems", 1);
        var finding = Assert.Single(Find(broken, RuleIds.X2019Items, previous));
        Assert.Equal(("/proactiveDisclosure/otherExternalServices/previousYearItems", 28m, 29m), (finding.Pointer, finding.Expected!.Value, finding.Actual!.Value));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("其他对外管理服务事项 · 上一年项目数量：应为 28，实为 29", finding.MessageZh);
    }
}
