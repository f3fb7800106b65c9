using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests.Publishing;

/// <summary>What the writers print: blank and annotated cells as published, metadata, the fragment, text they refuse.</summary>
public class ReportPublisherTests
{
    private static AnnualReport Shanghai() => ReportJson.Read(File.ReadAllBytes(TestFiles.ShanghaiExamplePath));

    private static AnnualReport Tonggu() => ReportJson.Read(File.ReadAllBytes(TestFiles.TonggoExamplePath));

    [Fact]
    public void Blank_source_cells_print_blank_and_zeros_print_zero()
    {
        var report = Shanghai();
        var html = ReportPublisher.ToText(report, PublishFormat.Html);
        var table3 = Regex.Match(html, "<table data-table=\"三\">.*?</table>", RegexOptions.Singleline).Value;
        var values = Regex.Matches(table3, "<td>(.*?)</td>").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(23 * 7, values.Count);
        var blanks = report.SourceNotes.Count(n => n.Key.StartsWith("/applications/", StringComparison.Ordinal) && n.Value.Blank);
        Assert.Equal(blanks, values.Count(v => v.Length == 0));
        // （一）予以公开: 258, 12, blank, blank, 1, 1 and a blank 总计, as published.
        Assert.Equal(new[] { "258", "12", "", "", "1", "1", "" }, values.Skip(2 * 7).Take(7));

        var plain = report with { SourceNotes = SourceNotes.Empty };
        var zeros = Regex.Matches(Regex.Match(ReportPublisher.ToText(plain, PublishFormat.Html), "<table data-table=\"三\">.*?</table>", RegexOptions.Singleline).Value, "<td>(.*?)</td>");
        Assert.DoesNotContain(zeros, m => m.Groups[1].Value.Length == 0);
    }

    [Fact]
    public void Annotations_print_as_published_and_a_note_that_contradicts_its_cell_does_not_hide_the_number()
    {
        var report = Tonggu();
        var pointer = "/proactiveDisclosure/normativeDocuments/issued"; // 32
        var annotated = report with { SourceNotes = SourceNotes.Empty.With(pointer, new CellNote { Annotation = "其中修订16件", SourceText = "32（其中修订16件）" }) };
        var wrong = report with { SourceNotes = SourceNotes.Empty.With(pointer, new CellNote { Blank = true }) };
        var annotationOnly = report with { SourceNotes = SourceNotes.Empty.With(pointer, new CellNote { Annotation = "含废止后重新制发" }) };

        foreach (var format in new[] { PublishFormat.Html, PublishFormat.Markdown, PublishFormat.Text })
        {
            Assert.Contains("32（其中修订16件）", ReportPublisher.ToText(annotated, format));
            Assert.Contains("32（含废止后重新制发）", ReportPublisher.ToText(annotationOnly, format));
        }

        Assert.Contains("<td>32</td>", ReportPublisher.ToText(wrong, PublishFormat.Html));
    }

    [Fact]
    public void Every_metadata_field_survives_every_format()
    {
        var report = Tonggu() with
        {
            Metadata = new ReportMetadata
            {
                AgencyName = "平潭综合实验区（党工委管委会；汇总全区各单位）2号",
                ReportYear = 2023,
                PublicationDate = new DateTime(2024, 1, 26),
                AdministrativeDivisionCode = "350128",
                SourceUrl = "https://www.pingtan.gov.cn/zwgk/ndbg/2024/t1.html?a=1&b=2",
            },
        };

        foreach (var publish in RoundTrip.Cases)
        {
            var read = RoundTrip.Read(report, publish).Report!;
            Assert.Equal(report.Metadata, read.Metadata);
        }

        var page = ReportPublisher.ToText(report, PublishFormat.Html);
        Assert.Contains("<meta name=\"PubDate\" content=\"2024-01-26\">", page);
        Assert.Contains("<meta name=\"Url\" content=\"https://www.pingtan.gov.cn/zwgk/ndbg/2024/t1.html?a=1&amp;b=2\">", page);
        Assert.Contains("<p class=\"report-meta\">行政区划代码：350128</p>", page);
        Assert.Contains("<h1>平潭综合实验区（党工委管委会；汇总全区各单位）2号2023年政府信息公开工作年度报告</h1>", page);
    }

    [Fact]
    public void A_fragment_is_the_article_alone_and_a_page_wraps_it()
    {
        var report = Tonggu();
        var fragment = ReportPublisher.ToText(report, PublishFormat.Html, new PublishOptions { Fragment = true });
        var page = ReportPublisher.ToText(report, PublishFormat.Html);

        Assert.StartsWith("<article class=\"disclosure-report\" lang=\"zh-CN\" data-format=\"2021\">", fragment);
        Assert.EndsWith("</article>\n", fragment);
        Assert.DoesNotContain("<style", fragment);
        Assert.DoesNotContain("<meta", fragment);
        Assert.Contains(fragment, page);
        Assert.Contains("@media print", page);
        Assert.Equal(6, Regex.Matches(fragment, "<h2>|<caption>[二三四]、").Count);
    }

    [Fact]
    public void Accessible_tables_have_captions_and_scoped_headers()
    {
        var html = ReportPublisher.ToText(Tonggu(), PublishFormat.Html);

        Assert.Equal(3, Regex.Matches(html, "<table data-table=\"[二三四]\">\n<caption>").Count);
        Assert.Contains("<th scope=\"rowgroup\" rowspan=\"22\">三、本年度办理结果</th>", html);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"5\">法人或其他组织</th>", html);
        Assert.Contains("<th scope=\"colgroup\" class=\"band\" colspan=\"4\">第二十条第（一）项</th>", html);
        Assert.DoesNotContain("<th>", html);
    }

    [Theory]
    [InlineData(PublishFormat.Html)]
    [InlineData(PublishFormat.Markdown)]
    [InlineData(PublishFormat.Text)]
    public void Text_no_document_can_carry_is_refused_with_an_argument_exception(PublishFormat format)
    {
        var report = Tonggu();
        var nul = report with { Overview = Narrative.Of(NarrativeParagraph.Of("a\0b")) };
        var surrogate = report with { Metadata = report.Metadata with { AgencyName = "县\uD800政府" } };

        Assert.Contains("U+0000", Assert.Throws<ArgumentException>(() => ReportPublisher.ToText(nul, format)).Message);
        Assert.Contains("surrogate", Assert.Throws<ArgumentException>(() => ReportPublisher.Write(surrogate, new MemoryStream(), format)).Message);

        // The metadata lines print the source URL too: it is checked like every other text, before anything is written.
        var url = report with { Metadata = report.Metadata with { SourceUrl = "https://example.gov.cn/\uDC00" } };
        Assert.StartsWith("The source URL holds a lone UTF-16 surrogate", Assert.Throws<ArgumentException>(() => ReportPublisher.ToText(url, format)).Message);
    }

    [Fact]
    public void Markdown_and_text_print_merged_cells_as_full_path_labels()
    {
        var report = Tonggu();
        var markdown = ReportPublisher.ToText(report, PublishFormat.Markdown);
        var text = ReportPublisher.ToText(report, PublishFormat.Text);

        Assert.Contains("\n| 三、本年度办理结果 / （六）其他处理 / 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n", markdown);
        Assert.Contains("\n| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 / 自然人 | 申请人情况 / 法人或其他组织 / 商业企业 |", markdown);
        Assert.Contains("\n三、本年度办理结果 / （一）予以公开 | 7 | 0 | 0 | 0 | 1 | 0 | 8\n", text);
        Assert.Contains("\n信息内容 | 第二十条第（八）项 / 本年收费金额（单位：万元）\n行政事业性收费 | 822.77\n", text);
        Assert.StartsWith("铜鼓县人民政府2021年政府信息公开工作年度报告\n==========", text);
    }
}
