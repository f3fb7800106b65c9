using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Model.Narratives;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Narratives;

/// <summary>The narratives of the real reports, as published, against their tables: the figures read, and the findings.</summary>
public class RealNarrativeTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    private static List<Finding> TextFindings(AnnualReport report) =>
        ReportValidator.Validate(report, null, Options).Findings.Where(f => f.RuleId == RuleIds.TextTableMismatch).ToList();

    private static string Describe(NarrativeFigure f) =>
        $"{f.Subject}{(f.Applicant is { } a ? "/" + a : string.Empty)}{(f.CaseResult is { } c ? "/" + c : string.Empty)}={f.Value}{f.Unit}{(f.Kind == FigureKind.Exact ? string.Empty : " " + f.Kind)}{(f.AboutAnotherYear ? " other-year" : string.Empty)}{(f.IsImplied ? " implied" : string.Empty)}";

    [Fact]
    public void Tonggu_2021_says_9_applications_8_from_natural_persons_where_the_table_has_8_and_7_one_finding()
    {
        var report = ReportJson.Read(TestFiles.TongguBytes());

        var finding = Assert.Single(TextFindings(report));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/applications/newlyReceived/total", finding.Pointer);
        Assert.Equal((9m, 8m), (finding.Expected!.Value, finding.Actual!.Value));
        Assert.Equal(new[] { "/overview/paragraphs/2/text", "/applications/newlyReceived/naturalPersons" }, finding.Related.ToArray());
        Assert.Equal(
            "一、本年新收政府信息公开申请数量 · 总计：正文为 9，表格为 8；一、本年新收政府信息公开申请数量 · 自然人：正文为 8，表格为 7。"
            + "原文：“2021年共受理依申请公开9件，其中自然人8件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构1件，其他0件。”",
            finding.MessageZh);
        Assert.StartsWith("I. New applications received this year · Total: the narrative says 9, the tables say 8; I. New applications received this year · Natural persons: the narrative says 8, the tables say 7. Text: “2021年共受理依申请公开9件", finding.MessageEn);

        // The figures: the total and the six applicant kinds, each where the page has it.
        var figures = NarrativeFigures.Extract(report);
        Assert.Equal(
            new[]
            {
                "ApplicationsReceived=9件", "ApplicationsReceived/NaturalPersons=8件", "ApplicationsReceived/CommercialEnterprises=0件",
                "ApplicationsReceived/ResearchInstitutions=0件", "ApplicationsReceived/PublicWelfareOrganizations=0件",
                "ApplicationsReceived/LegalServiceAgencies=1件", "ApplicationsReceived/OtherOrganizations=0件",
            },
            figures.Select(Describe).ToArray());
        var text = ((AnnualReport2021)report).Overview.Paragraphs[2].Text;
        Assert.All(figures, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void Tonggu_2021_with_its_narrative_corrected_has_no_finding_at_all()
    {
        var report = (AnnualReport2021)ReportJson.Read(TestFiles.TongguBytes());
        var paragraphs = report.Overview.Paragraphs.Items;
        var corrected = paragraphs.SetItem(2, NarrativeParagraph.Of(paragraphs[2].Text.Replace("受理依申请公开9件，其中自然人8件", "受理依申请公开8件，其中自然人7件")));

        Assert.Empty(ReportValidator.Validate(report with { Overview = new Narrative { Paragraphs = corrected } }, null, Options).Findings);
    }

    public static TheoryData<string, string[]> RealFigures() => new()
    {
        {
            "pingtan-zone-2021",
            ["ApplicationsReceived=70件", "ApplicationsHandled=69件", "ApplicationsCarriedForward=1件"]
        },
        {
            "pingtan-zone-2022",
            [
                "NormativeDocumentsInForce=698件", "NormativeDocumentsIssued=88件", "ApplicationsReceived=75件",
                "ApplicationsReceived/NaturalPersons=72件", "ApplicationsReceived/CommercialEnterprises=3件", "ApplicationsHandled=100% Percentage",
                "Lawsuits=1件", "AdministrativeReviews=2件", "Lawsuits/Pending=0件 implied", "AdministrativeReviews/Pending=0件 implied",
            ]
        },
        {
            "hongze-district-2023",
            ["ApplicationsReceived=21件", "InformationProcessingFees=0元"]
        },
        {
            "huaian-city-2024",
            [
                "RegulationsIssued=1件", "ApplicationsReceived=3119件", "ApplicationsHandled=3050件", "ApplicationsCarriedOver=34件",
                "ApplicationsCarriedForward=103件", "AdministrativeReviews=351件", "AdministrativeReviews/Upheld=72件",
                "AdministrativeReviews/Corrected=64件", "AdministrativeReviews/Other=178件", "AdministrativeReviews/Pending=37件",
                "Lawsuits=46件", "Lawsuits/Upheld=25件", "Lawsuits/Corrected=5件", "Lawsuits/Other=9件", "Lawsuits/Pending=7件",
                "InformationProcessingFees=3940元",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(RealFigures))]
    public void The_published_narratives_give_these_figures_and_no_false_alarm(string name, string[] expected)
    {
        var report = NarrativeFixtures.Report(name);

        Assert.Equal(expected, NarrativeFigures.Extract(report).Select(Describe).ToArray());
        Assert.Empty(TextFindings(report));
    }

    [Fact]
    public void Pingtan_2022_received_75_is_new_74_plus_carried_over_1_not_a_mismatch()
    {
        var report = NarrativeFixtures.Report("pingtan-zone-2022");
        Assert.Equal((74u, 1u), (report.Applications.NewlyReceived.Total, report.Applications.CarriedOverFromPreviousYear.Total));
        Assert.Equal((71u, 1u), (report.Applications.NewlyReceived.NaturalPersons, report.Applications.CarriedOverFromPreviousYear.NaturalPersons));

        Assert.Empty(TextFindings(report));

        // Had the report carried nothing over, 75 would contradict the table (and 72 too).
        var none = report with { Applications = report.Applications with { CarriedOverFromPreviousYear = ApplicantCounts.Zero } };
        var finding = Assert.Single(TextFindings(none));
        Assert.Equal(("/applications/newlyReceived/total", 75m, 74m), (finding.Pointer, finding.Expected!.Value, finding.Actual!.Value));
        Assert.Contains("自然人：正文为 72，表格为 71", finding.MessageZh);
    }

    [Fact]
    public void Huaian_2024_lawsuits_46_are_26_direct_plus_20_after_reconsideration()
    {
        var report = NarrativeFixtures.Report("huaian-city-2024");
        Assert.Equal((26u, 20u), (report.ReviewAndLitigation.LitigationDirect.Total, report.ReviewAndLitigation.LitigationAfterReview.Total));
        Assert.Empty(TextFindings(report));

        // The narrative's 11 政策性文件 are not the table's 8 行政规范性文件: no figure, no finding.
        Assert.DoesNotContain(NarrativeFigures.Extract(report), f => f.Value == 11m);
    }

    /// <summary>
    /// The Shanghai 2019 report (2019 format, whose model comes later): its narrative read as is, its tables put into
    /// <see cref="TableFacts"/> by hand from the truth file (blank cells as 0, the single （六）其他处理 row, 2019 table 二's
    /// 本年新制作/本年新公开/对外公开总数量). The text-vs-table mismatches its truth file lists are found, and nothing else.
    /// </summary>
    [Fact]
    public void Shanghai_2019_mismatches_of_its_truth_file_are_found_and_nothing_else()
    {
        var sections = NarrativeFixtures.Load("shanghai-gov-office-2019");
        var carrier = TestReports.Consistent() with
        {
            Metadata = new ReportMetadata { AgencyName = "上海市人民政府办公厅", ReportYear = 2019 },
            Overview = sections.Overview,
            ProblemsAndImprovements = sections.ProblemsAndImprovements,
            OtherMatters = new OtherMatters { Paragraphs = sections.OtherMatters.ToArray() },
        };
        List<NarrativeFigure>? figures = null;
        NarrativeFigures.ExtractAll(carrier, ref figures);

        List<Finding>? reported = null;
        TextTableCheck.Run(ShanghaiFacts(), figures!, ref reported);
        var found = Assert.IsType<List<Finding>>(reported);

        Assert.Equal(
            new[]
            {
                ("/applications/outcomes/disclosed/total", 258m),
                ("/applications/outcomes/unableToProvide/notHeldByAgency/total", 265m),
                ("/reviewAndLitigation/administrativeReview/upheld", 7m),
                ("/reviewAndLitigation/litigationDirect/upheld", 9m),
            },
            found.Select(f => (f.Pointer, f.Expected!.Value)).ToArray());
        Assert.StartsWith("三、本年度办理结果（一）予以公开 + （二）部分公开", found[0].MessageZh);
        Assert.Contains("正文为 258，表格为 275", found[0].MessageZh);
        Assert.Contains("正文为 265，表格为 337", found[1].MessageZh);
        Assert.Contains("行政复议 · 结果维持：正文为 7，表格为 5", found[2].MessageZh);
        Assert.Contains("结果维持：正文为 9，表格为 8", found[3].MessageZh);
        Assert.All(found, f => Assert.Contains("原文：“", f.MessageZh));

        // The exact figures compared; those that agree: 规章13, 规范性文件60, 受理859 (新收), 答复805 (（七）总计), 上年度结转18,
        // 顺延72, 不予公开35 and 不予处理158 (sums of the reasons: the 总计 column is blank), 其他处理0, 复议7, 诉讼9 (7 = 5 + 2 pending).
        var exact = figures!.Where(f => f.Kind == FigureKind.Exact && !f.AboutAnotherYear).Select(f => f.Value).ToArray();
        Assert.Equal(new[] { 13m, 60m, 859m, 805m, 18m, 72m, 258m, 35m, 265m, 158m, 0m, 7m, 9m, 7m, 9m }, exact);
    }

    /// <summary>The tables of the Shanghai 2019 report: the bundled example (its cells equal the truth file), read by the 2019 format's filler.</summary>
    private static TableFacts ShanghaiFacts() => TableFacts.For(GovDisclosure.Model.Serialization.ReportJson.Read(TestFiles.ShanghaiBytes()))!;

    [Fact]
    public void The_pointers_the_check_names_are_cells_of_the_format()
    {
        var cells = ReportCells.For(ReportFormat.Format2021).Select(c => c.Pointer).ToHashSet();
        foreach (var pointer in Pointers.Regulations.Concat(Pointers.NormativeDocuments).Concat([Pointers.Licensing, Pointers.Penalties, Pointers.Coercive, Pointers.FeeNotices]))
        {
            Assert.Contains(pointer, cells);
        }
    }
}
