using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Model.Narratives;
using Xunit;

namespace GovDisclosure.Model.Tests.Narratives;

/// <summary>What the extraction reads from single sentences: numerals, units, subjects, and every wording trap.</summary>
public class NarrativeFiguresTests
{
    private const string Pointer = "/overview/paragraphs/0/text";

    internal static List<NarrativeFigure> Figures(string text, int year = 2021)
    {
        List<NarrativeFigure>? found = null;
        NarrativeFigures.Paragraph(text, Pointer, year, ref found);
        return found ?? new List<NarrativeFigure>();
    }

    private static NarrativeFigure One(string text, int year = 2021) => Assert.Single(Figures(text, year));

    [Theory]
    [InlineData("全年共受理政府信息公开申请九件。", 9)]
    [InlineData("全年共受理政府信息公开申请十二件。", 12)]
    [InlineData("全年共受理政府信息公开申请一百零三件。", 103)]
    [InlineData("全年共受理政府信息公开申请两千件。", 2000)]
    [InlineData("全年共受理政府信息公开申请三千零五十件。", 3050)]
    [InlineData("全年共受理政府信息公开申请一万二千件。", 12000)]
    [InlineData("全年共受理政府信息公开申请3119件。", 3119)]
    [InlineData("全年共受理政府信息公开申请3,119件。", 3119)]
    [InlineData("全年共受理政府信息公开申请１２件。", 12)]
    [InlineData("全年共受理政府信息公开申请 21 件，均在法定期限答复。", 21)]
    public void Chinese_and_arabic_numerals_are_read(string text, int value)
    {
        var figure = One(text);
        Assert.Equal((FigureSubject.ApplicationsReceived, (decimal)value, "件", FigureKind.Exact), (figure.Subject, figure.Value, figure.Unit, figure.Kind));
        Assert.False(figure.AboutAnotherYear);
    }

    [Fact]
    public void The_quoted_text_and_its_range_are_where_the_figure_is()
    {
        const string text = "2021年共受理依申请公开9件，其中自然人8件，商业企业0件。";
        var figures = Figures(text);

        Assert.Equal(new[] { "受理依申请公开9件", "自然人8件", "商业企业0件" }, figures.Select(f => f.Text).ToArray());
        Assert.All(figures, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
        Assert.All(figures, f => Assert.Equal(text, f.Sentence));
        Assert.All(figures, f => Assert.Equal(Pointer, f.Pointer));
        Assert.Equal(new ApplicantKind?[] { null, ApplicantKind.NaturalPersons, ApplicantKind.CommercialEnterprises }, figures.Select(f => f.Applicant).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureSubject.ApplicationsReceived, f.Subject));
    }

    [Theory]
    [InlineData("全年受理申请12件，同比增加3件。", 12, FigureKind.Exact, false, 3, FigureKind.Change, true)]
    [InlineData("全年受理申请12件，较上年减少2件。", 12, FigureKind.Exact, false, 2, FigureKind.Change, true)]
    [InlineData("全年受理申请12件，上年受理申请9件。", 12, FigureKind.Exact, false, 9, FigureKind.Exact, true)]
    [InlineData("全年受理申请约30件，办结28件。", 30, FigureKind.Approximate, false, 28, FigureKind.Exact, false)]
    [InlineData("全年受理申请30余件，办结28件。", 30, FigureKind.Approximate, false, 28, FigureKind.Exact, false)]
    [InlineData("全年受理申请30件以上，办结28件。", 30, FigureKind.Approximate, false, 28, FigureKind.Exact, false)]
    [InlineData("全年受理申请近30件，办结28件。", 30, FigureKind.Approximate, false, 28, FigureKind.Exact, false)]
    [InlineData("全年受理申请20-30件，办结28件。", 20, FigureKind.Range, false, 28, FigureKind.Exact, false)]
    [InlineData("全年受理申请30件，办结率95.5%。", 30, FigureKind.Exact, false, 95.5, FigureKind.Percentage, false)]
    public void Last_year_changes_approximations_ranges_and_percentages_are_marked(string text, double first, FigureKind firstKind, bool firstOther, double second, FigureKind secondKind, bool secondOther)
    {
        var figures = Figures(text);
        Assert.Equal(2, figures.Count);
        Assert.Equal(((decimal)first, firstKind, firstOther), (figures[0].Value, figures[0].Kind, figures[0].AboutAnotherYear));
        Assert.Equal(((decimal)second, secondKind, secondOther), (figures[1].Value, figures[1].Kind, figures[1].AboutAnotherYear));
    }

    [Fact]
    public void A_figure_in_a_sentence_about_another_year_is_marked()
    {
        Assert.True(One("2020年，全区受理申请40件。", 2021).AboutAnotherYear);
        Assert.False(One("2021年，全区受理申请40件。", 2021).AboutAnotherYear);
    }

    [Theory]
    [InlineData("本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。")]
    [InlineData("全年新收申请70件，办结69件，结转下年度1件。")]
    public void Received_finished_and_carried_forward_are_told_apart(string text)
    {
        var figures = Figures(text);
        Assert.Equal(
            new[] { FigureSubject.ApplicationsReceived, FigureSubject.ApplicationsHandled, FigureSubject.ApplicationsCarriedForward },
            figures.Select(f => f.Subject == FigureSubject.ApplicationsNewlyReceived ? FigureSubject.ApplicationsReceived : f.Subject).ToArray());
        Assert.Equal(new[] { 70m, 69m, 1m }, figures.Select(f => f.Value).ToArray());
    }

    [Fact]
    public void Carried_over_inside_a_parenthesis_and_postponed_applications_are_read()
    {
        var figures = Figures("全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。");
        Assert.Equal(
            new[] { (FigureSubject.ApplicationsReceived, 3119m), (FigureSubject.ApplicationsHandled, 3050m), (FigureSubject.ApplicationsCarriedOver, 34m), (FigureSubject.ApplicationsCarriedForward, 103m) },
            figures.Select(f => (f.Subject, f.Value)).ToArray());
    }

    [Fact]
    public void Cases_and_their_outcomes_are_read_and_all_upheld_is_implied()
    {
        var figures = Figures("政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件。");
        Assert.Equal(
            new CaseResult?[] { null, CaseResult.Upheld, CaseResult.Corrected, CaseResult.Other, CaseResult.Pending },
            figures.Select(f => f.CaseResult).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureSubject.AdministrativeReviews, f.Subject));

        var implied = Figures("信息公开类行政复议7件，诉讼9件，均获维持。");
        Assert.Equal(
            new[] { (FigureSubject.AdministrativeReviews, (CaseResult?)null, 7m, false), (FigureSubject.Lawsuits, null, 9m, false), (FigureSubject.AdministrativeReviews, CaseResult.Upheld, 7m, true), (FigureSubject.Lawsuits, CaseResult.Upheld, 9m, true) },
            implied.Select(f => (f.Subject, f.CaseResult, f.Value, f.IsImplied)).ToArray());
        Assert.Equal("均获维持", implied[3].Text);

        var closed = Figures("共有行政诉讼案件1件、行政复议案件2件，均已结案。");
        Assert.Equal(new[] { (CaseResult.Pending, 0m), (CaseResult.Pending, 0m) }, closed.Where(f => f.IsImplied).Select(f => (f.CaseResult!.Value, f.Value)).ToArray());
    }

    [Theory]
    [InlineData("未经复议直接起诉的行政诉讼3件。", FigureSubject.LawsuitsDirect)]
    [InlineData("复议后起诉2件。", FigureSubject.LawsuitsAfterReview)]
    [InlineData("行政诉讼5件。", FigureSubject.Lawsuits)]
    [InlineData("被申请行政复议4件。", FigureSubject.AdministrativeReviews)]
    public void Lawsuits_are_read_as_the_sentence_says(string text, FigureSubject subject) => Assert.Equal(subject, One(text).Subject);

    [Theory]
    [InlineData("集中公开现行有效行政规范性文件698件。", FigureSubject.NormativeDocumentsInForce, 698)]
    [InlineData("动态更新本年度制发的规范性文件88件。", FigureSubject.NormativeDocumentsIssued, 88)]
    [InlineData("全年新增公开市政府规章 1 件。", FigureSubject.RegulationsIssued, 1)]
    [InlineData("废止行政规范性文件5件。", FigureSubject.NormativeDocumentsRepealed, 5)]
    [InlineData("全年作出行政处罚决定2113件。", FigureSubject.PenaltyDecisions, 2113)]
    [InlineData("全年收取政府信息公开信息处理费 3940 元。", FigureSubject.InformationProcessingFees, 3940)]
    [InlineData("全年行政事业性收费822.77万元。", FigureSubject.AdministrativeFees, 822.77)]
    public void Documents_decisions_and_fees_are_read(string text, FigureSubject subject, double value)
    {
        var figure = One(text);
        Assert.Equal((subject, (decimal)value), (figure.Subject, figure.Value));
    }

    [Theory]
    [InlineData("全年主动公开我区各级单位政府信息2645条。")]
    [InlineData("市政府及市政府办政策性文件 11 件。")]
    [InlineData("刊登政府规章、规范性文件等112件，部门规范性文件45件。")]
    [InlineData("统一受理平台接入53个部门2261项事项。")]
    [InlineData("坚持第一时间登记受理、第一时间回复申请的“三个一”工作机制。")]
    [InlineData("公示行政许可信息1234条。")]
    [InlineData("梳理行政许可事项56项。")]
    [InlineData("新增社保等8个便民主题。")]
    [InlineData("申请人应在15个工作日内补正。")]
    [InlineData("2021我县投资20余万元。")]
    [InlineData("开展政务公开工作培训2次，听取汇报一次。")]
    [InlineData("制定规章制度3项。")]
    [InlineData("收到群众来信12件。")]
    public void Numbers_that_count_something_else_are_not_figures(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_part_by_agency_within_the_sentence_is_not_a_figure_of_the_tables()
    {
        var figures = Figures("全县共受理政府信息公开申请20件，其中县政府办公室受理3件，自然人18件。");
        Assert.Equal(new[] { (ApplicantKind?)null, ApplicantKind.NaturalPersons }, figures.Select(f => f.Applicant).ToArray());
        Assert.Equal(new[] { 20m, 18m }, figures.Select(f => f.Value).ToArray());
    }

    [Fact]
    public void Other_is_an_applicant_kind_only_in_a_list_of_applicant_kinds()
    {
        Assert.Equal(ApplicantKind.OtherOrganizations, Figures("受理申请9件，其中自然人8件，其他1件。")[2].Applicant);
        Assert.Equal(FigureSubject.OutcomeOtherHandling, One("其他处理0件。").Subject);
    }

    [Fact]
    public void Every_narrative_section_is_read_with_its_pointer()
    {
        var report = Support.TestReports.Consistent() with
        {
            Overview = Narrative.Of(NarrativeParagraph.Of("概述。"), NarrativeParagraph.Of("全年受理申请9件。")),
            ProblemsAndImprovements = Narrative.Of(NarrativeParagraph.Of("办结率100%。")),
        };

        var figures = NarrativeFigures.Extract(report);

        Assert.Equal(
            new[] { "/overview/paragraphs/1/text", "/otherMatters/paragraphs/0/text" },
            figures.Select(f => f.Pointer).ToArray());
        Assert.Equal(FigureSubject.FeeNoticesIssued, figures[1].Subject);
        Assert.Equal(figures, NarrativeFigures.Extract(report));
    }
}
