using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Model.Documents.Reading;
using GovDisclosure.Model.Documents.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>The same report in other encodings and text forms reads the same; detection goes by bytes before names.</summary>
public sealed class DocumentFormsTests
{
    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("gb18030");
        }
    }

    [Fact]
    public void A_gb2312_copy_of_a_page_reads_the_same_report()
    {
        var page = File.ReadAllText(Truth.Fixture("pingtan-zone-2022.html"));
        Assert.Contains("<meta charset=\"utf-8\"", page, StringComparison.Ordinal);
        var gb = Gb18030.GetBytes(page.Replace("<meta charset=\"utf-8\"", "<meta charset=\"gb2312\""));

        var original = PublishedReport.ReadFile(Truth.Fixture("pingtan-zone-2022.html"));
        var copy = PublishedReport.Read(gb, "page.htm");

        Assert.Equal("utf-8", original.Source.Encoding);
        Assert.Equal("gb18030", copy.Source.Encoding);
        Assert.Equal(original.Report, copy.Report);
    }

    [Fact]
    public void A_gbk_text_copy_reads_the_same_report()
    {
        var text = File.ReadAllText(Truth.Fixture("tonggu-county-2021.txt"));
        var original = PublishedReport.ReadFile(Truth.Fixture("tonggu-county-2021.txt"));
        var copy = PublishedReport.Read(Gb18030.GetBytes(text), "report.txt");

        Assert.Equal(DocumentKind.Text, copy.Source.Kind);
        Assert.Equal("gb18030", copy.Source.Encoding);
        Assert.Equal(original.Report, copy.Report);
    }

    [Fact]
    public void Cells_joined_by_bars_and_markdown_tables_read_the_same_report_as_one_cell_per_line()
    {
        var original = PublishedReport.ReadFile(Truth.Fixture("tonggu-county-2021.txt"));
        var lines = File.ReadAllLines(Truth.Fixture("tonggu-county-2021.txt"));
        var bars = new StringBuilder();
        var markdown = new StringBuilder();
        var row = new System.Collections.Generic.List<string>();
        void EndRow()
        {
            if (row.Count > 0)
            {
                bars.AppendLine(string.Join(" | ", row) + (row[row.Count - 1].Length == 0 ? " " : string.Empty));
                markdown.AppendLine("| " + string.Join(" | ", row) + " |");
                if (row.Count > 1 && markdown.ToString().Split('\n').Count(l => l.StartsWith("|---", StringComparison.Ordinal)) == 0)
                {
                    markdown.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", row.Count)));
                }

                row.Clear();
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("\t", StringComparison.Ordinal))
            {
                var cell = line.Substring(1).Trim();
                while (i + 1 < lines.Length && lines[i + 1].Length > 0 && !lines[i + 1].StartsWith("\t", StringComparison.Ordinal) && row.Count >= 0 && IsContinuation(lines, i + 1))
                {
                    cell += lines[++i].Trim();
                }

                row.Add(cell);
                continue;
            }

            EndRow();
            if (line.Trim().Length > 0)
            {
                bars.AppendLine(line.Trim());
                markdown.AppendLine().AppendLine(line.Trim()).AppendLine();
            }
        }

        EndRow();
        var fromBars = PublishedReport.Read(Encoding.UTF8.GetBytes(bars.ToString()), "report.txt");
        var fromMarkdown = PublishedReport.Read(Encoding.UTF8.GetBytes(markdown.ToString()), "report.md");

        Assert.Equal(DocumentKind.Markdown, fromMarkdown.Source.Kind);
        Assert.Equal(original.Report, fromBars.Report);
        Assert.Equal(original.Report, fromMarkdown.Report);
    }

    /// <summary>In the one-cell-per-line copy, a line without a tab right after a cell line continues that cell.</summary>
    private static bool IsContinuation(string[] lines, int index) => lines[index - 1].StartsWith("\t", StringComparison.Ordinal);

    [Theory]
    [InlineData("report.pdf", DocumentKind.Html)]
    [InlineData("report.docx", DocumentKind.Html)]
    [InlineData(null, DocumentKind.Html)]
    public void The_bytes_decide_before_the_file_name(string? name, DocumentKind expected)
    {
        var bytes = File.ReadAllBytes(Truth.Fixture("pingtan-zone-2021.html"));
        Assert.Equal(expected, PublishedReport.Read(bytes, name).Source.Kind);
    }

    [Fact]
    public void A_text_file_quoting_markup_is_read_as_text_and_a_page_with_text_before_its_first_tag_as_a_page()
    {
        var text = File.ReadAllText(Truth.Fixture("tonggu-county-2021.txt"));
        var overview = text.IndexOf("一、总体情况", StringComparison.Ordinal);
        var paragraphStart = text.IndexOf('\n', overview) + 1;
        var quoted = text.Insert(paragraphStart, "网站改版后，公开目录页面不再以 <table> 排版。\n");
        var bytes = Encoding.UTF8.GetBytes(quoted);

        Assert.Equal(DocumentKind.Text, PublishedReport.Detect(bytes, "report.txt"));
        var read = PublishedReport.Read(bytes, "report.txt");
        Assert.Equal(DocumentKind.Text, read.Source.Kind);
        Assert.Contains(read.Report!.Overview.Paragraphs, p => p.Text.Contains("<table>"));
        var original = PublishedReport.Read(Encoding.UTF8.GetBytes(text), "report.txt").Report!;
        Assert.Equal(original, read.Report with { Overview = original.Overview });

        var page = Encoding.UTF8.GetBytes("保存自网站\n" + File.ReadAllText(Truth.Fixture("pingtan-zone-2021.html")));
        Assert.Equal(DocumentKind.Html, PublishedReport.Detect(page, "report.htm"));
        Assert.Equal(DocumentKind.Html, PublishedReport.Detect(page, null));
    }

    [Theory]
    [InlineData("huaian-city-2024.pdf", DocumentKind.Pdf)]
    [InlineData("pingtan-zone-2022.docx", DocumentKind.Docx)]
    [InlineData("pingtan-zone-2022.html", DocumentKind.Html)]
    [InlineData("tonggu-county-2021.txt", DocumentKind.Text)]
    public void Detect_tells_the_kind_without_reading(string file, DocumentKind expected)
    {
        Assert.Equal(expected, PublishedReport.Detect(File.ReadAllBytes(Truth.Fixture(file)), file));
        Assert.Equal(DocumentKind.Markdown, PublishedReport.Detect(Encoding.UTF8.GetBytes("# 报告\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"), "report.md"));
        Assert.Equal(DocumentKind.Unknown, PublishedReport.Detect(Array.Empty<byte>()));
    }

    [Fact]
    public void The_source_records_the_file_name_and_its_sha256()
    {
        var result = PublishedReport.ReadFile(Truth.Fixture("huaian-city-2024.pdf"));

        Assert.Equal("huaian-city-2024.pdf", result.Source.FileName);
        using var sha = System.Security.Cryptography.SHA256.Create();
        var expected = string.Concat(sha.ComputeHash(File.ReadAllBytes(Truth.Fixture("huaian-city-2024.pdf"))).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, result.Source.Sha256);
        Assert.Null(result.Source.Encoding);
    }

    [Fact]
    public void Pdf_cells_carry_page_and_box()
    {
        var result = PublishedReport.ReadFile(Truth.Fixture("huaian-city-2024.pdf"));
        var cell = Assert.Single(result.Cells, c => c.Pointer == "/applications/newlyReceived/naturalPersons");

        Assert.NotNull(cell.Page);
        Assert.NotNull(cell.Box);
        Assert.True(cell.Box!.Left < cell.Box.Right && cell.Box.Bottom < cell.Box.Top);
        Assert.Equal(200, result.Cells.Count);
        Assert.All(result.Cells, c => Assert.NotNull(c.Page));
    }

    [Fact]
    public void Options_override_what_the_page_states()
    {
        var options = new PublishedReportOptions { AgencyName = "平潭综合实验区管委会", ReportYear = 2022, PublicationDate = new DateTime(2023, 1, 31), SourceUrl = "https://www.pingtan.gov.cn/report.htm" };
        var result = PublishedReport.ReadFile(Truth.Fixture("pingtan-zone-2022.html"), options);

        Assert.Equal("平潭综合实验区管委会", result.Report!.Metadata.AgencyName);
        Assert.Equal(new DateTime(2023, 1, 31), result.Report.Metadata.PublicationDate);
        Assert.Equal("https://www.pingtan.gov.cn/report.htm", result.Report.Metadata.SourceUrl);
        Assert.Equal(new DateTime(2023, 2, 20), PublishedReport.ReadFile(Truth.Fixture("pingtan-zone-2022.html")).Report!.Metadata.PublicationDate);
    }

    [Fact]
    public void Annotations_blanks_and_units_are_kept_in_source_notes()
    {
        var page = File.ReadAllText(Truth.Fixture("pingtan-zone-2022.html"));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var cells = doc.QuerySelectorAll("td").Where(td => td.TextContent.Replace("\u00A0", string.Empty).Trim() == "74").ToList();
        Assert.NotEmpty(cells);
        cells[0].InnerHtml = "74（其中线上申请60件）";
        var blank = doc.QuerySelectorAll("td").First(td => td.TextContent.Replace("\u00A0", string.Empty).Trim() == "0" && td.ParentElement!.TextContent.Contains("规章", StringComparison.Ordinal));
        blank.InnerHtml = "&nbsp;";

        var result = PublishedReport.Read(Encoding.UTF8.GetBytes(doc.DocumentElement.OuterHtml), "page.html");

        var notes = result.Report!.SourceNotes;
        var annotated = Assert.Single(notes, n => n.Value.Annotation is not null);
        Assert.Equal("其中线上申请60件", annotated.Value.Annotation);
        Assert.Equal("74（其中线上申请60件）", annotated.Value.SourceText);
        Assert.Equal(74m, ReportCells.For(ReportFormat.Format2021).Single(c => c.Pointer == annotated.Key).GetValue(result.Report));
        Assert.Contains(result.Findings, f => f.RuleId == ReadingRules.Annotation && f.Pointer == annotated.Key);
        var blankNote = Assert.Single(notes, n => n.Value.Blank);
        Assert.Equal("/proactiveDisclosure/regulations/issued", blankNote.Key);
        Assert.Contains(result.Findings, f => f.RuleId == GovDisclosure.Model.Validation.RuleIds.CellBlank && f.Pointer == blankNote.Key);
    }

    [Fact]
    public void An_extra_local_row_is_kept_and_reported()
    {
        var text = File.ReadAllText(Truth.Fixture("tonggu-county-2021.txt"));
        var extra = text.Replace("\t行政规范性文件\n\t32\n\t97\n\t72\n", "\t行政规范性文件\n\t32\n\t97\n\t72\n\n\t其他主动公开文件\n\t5\n\t0\n\t5\n");
        Assert.NotEqual(text, extra);

        var result = PublishedReport.Read(Encoding.UTF8.GetBytes(extra), "report.txt");

        var row = Assert.Single(result.ExtraRows);
        Assert.Equal("二", row.Table);
        Assert.Equal("其他主动公开文件", row.Label);
        Assert.Equal(new[] { "5", "0", "5" }, row.Cells.ToArray());
        Assert.Contains(result.Findings, f => f.RuleId == GovDisclosure.Model.Validation.RuleIds.FormatTemplateDeviation && f.MessageZh.Contains("其他主动公开文件", StringComparison.Ordinal));
        Assert.Equal(PublishedReport.ReadFile(Truth.Fixture("tonggu-county-2021.txt")).Report, result.Report);
    }

    [Fact]
    public void The_2019_text_copy_is_read_into_grids_with_its_blank_cells()
    {
        var layout = PlainTextReader.Read(File.ReadAllText(Truth.Fixture("shanghai-gov-office-2019.txt")), markdown: false);
        var rows = layout.Blocks.Where(b => b.Table is not null).SelectMany(b => b.Table!.Rows).ToList();

        var outcome = rows.Single(r => r[0].Text == "三、本年度办理结果");
        Assert.Equal(new[] { "三、本年度办理结果", "（一）予以公开", "258", "12", "", "", "1", "1", "" }, outcome.Select(c => c.Text).ToArray());
        var other = rows.Single(r => r[0].Text == "（六）其他处理");
        Assert.Equal(8, other.Count);
        Assert.All(other.Skip(1), c => Assert.Equal(string.Empty, c.Text));
        var review = rows.Single(r => r[0].Text == "5");
        Assert.Equal(new[] { "5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", "" }, review.Select(c => c.Text).ToArray());
        Assert.Equal("251000元", rows.Single(r => r[0].Text == "政府集中采购")[2].Text);
        var procurement = TextForms.ReadCell("251000元");
        Assert.Equal(251000m, procurement.Number);
        Assert.Equal("元", procurement.Unit);
        Assert.Equal(-3m, TextForms.ReadCell("-3").Number);
        Assert.Equal(14m, TextForms.ReadCell("+14").Number);
    }
}
