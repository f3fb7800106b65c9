using System;
using System.Linq;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;
using Xunit.Abstractions;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>The findings the shared reports' README describes appear, and no unexpected error does.</summary>
public sealed class ReportFindingsTests
{
    private readonly ITestOutputHelper _output;

    public ReportFindingsTests(ITestOutputHelper output) => _output = output;

    private PublishedReportResult Read(string file)
    {
        var result = PublishedReport.ReadFile(Truth.Fixture(file));
        foreach (var finding in result.Findings)
        {
            _output.WriteLine(finding.ToString());
        }

        return result;
    }

    [Fact]
    public void Hongze_2023_gives_the_two_group_total_errors_the_template_deviation_and_the_label_typo()
    {
        var result = Read("hongze-district-2023.pdf");

        var groupTotals = result.Findings.Where(f => f.RuleId == RuleIds.T4GroupTotal).Select(f => f.Pointer).ToArray();
        Assert.Equal(["/reviewAndLitigation/administrativeReview/total", "/reviewAndLitigation/litigationAfterReview/total"], groupTotals);
        var deviation = Assert.Single(result.Findings, f => f.RuleId == RuleIds.FormatTemplateDeviation);
        Assert.Equal("/applications/outcomes/otherHandling/other", deviation.Pointer);
        Assert.Contains("（六）其他处理", deviation.MessageZh, StringComparison.Ordinal);
        var typo = Assert.Single(result.Findings, f => f.RuleId == ReadingRules.LabelVariant);
        Assert.Equal("/applications/outcomes/notDisclosed/prohibitedByLawOrRegulation", typo.Pointer);
        Assert.Contains("2.其他法律行政止公开", typo.MessageZh, StringComparison.Ordinal);

        Assert.Equal(groupTotals, result.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Pointer).ToArray());
        Assert.Equal(2023, result.Report!.Metadata.ReportYear);
        Assert.Equal("洪泽区人民政府", result.Report.Metadata.AgencyName);
    }

    [Theory]
    [InlineData("huaian-city-2024.pdf", "淮安市人民政府", 2024)]
    [InlineData("pingtan-zone-2021.html", "平潭综合实验区", 2021)]
    [InlineData("pingtan-zone-2022.html", "平潭综合实验区", 2022)]
    [InlineData("pingtan-zone-2022.docx", "平潭综合实验区", 2022)]
    [InlineData("tonggu-county-2021.txt", "铜鼓县", 2021)]
    public void The_clean_reports_read_without_errors_or_reading_warnings(string file, string agency, int year)
    {
        var result = Read(file);

        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.Empty(result.ReadingFindings);
        Assert.Equal(agency, result.Report!.Metadata.AgencyName);
        Assert.Equal(year, result.Report.Metadata.ReportYear);
    }

    [Fact]
    public void Tonggu_narrative_is_split_into_the_sections()
    {
        var result = Read("tonggu-county-2021.txt");

        Assert.StartsWith("2021年，我县按照", result.Report!.Overview.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(6, result.Report.Overview.Paragraphs.Count);
        Assert.Equal("无其他需要报告事项。", Assert.Single(result.Report.OtherMatters.Paragraphs).Text);
        var problems = result.Report.ProblemsAndImprovements.Paragraphs;
        Assert.Equal(new string?[] { "（一）存在的主要问题", "（二）下一步改进计划", null, null, null }, problems.Select(p => p.Heading).ToArray());
        Assert.StartsWith("一是思想认识不够高。", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("一是加大公开力度", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("四是严格审核制度", problems[4].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("huaian-city-2024.pdf", 3940)]
    [InlineData("hongze-district-2023.pdf", 0)]
    public void Fee_facts_stated_in_section_six_are_read(string file, int collected)
    {
        var result = Read(file);

        Assert.Equal(collected, result.Report!.OtherMatters.Fees!.AmountCollectedYuan);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.FeeUnpaidNoNotice);
    }

    [Fact]
    public void The_same_page_as_html_and_as_docx_gives_the_same_report()
    {
        var html = PublishedReport.ReadFile(Truth.Fixture("pingtan-zone-2022.html"));
        var docx = PublishedReport.ReadFile(Truth.Fixture("pingtan-zone-2022.docx"));

        Assert.Equal(DocumentKind.Html, html.Source.Kind);
        Assert.Equal(DocumentKind.Docx, docx.Source.Kind);
        Assert.Equal(html.Report!.Metadata with { PublicationDate = null }, docx.Report!.Metadata with { PublicationDate = null });
        Assert.Equal(html.Report.Overview, docx.Report.Overview);
        Assert.Equal(html.Report.ProblemsAndImprovements, docx.Report.ProblemsAndImprovements);
        Assert.Equal(html.Report.OtherMatters, docx.Report.OtherMatters);
        Assert.Equal(html.Report with { Metadata = docx.Report.Metadata }, docx.Report);
        Assert.Equal(html.Findings.Select(f => f.ToString()), docx.Findings.Select(f => f.ToString()));
    }
}
