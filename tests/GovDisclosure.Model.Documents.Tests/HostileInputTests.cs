using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using GovDisclosure.Model.Documents.Reading;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Validation;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>Hostile and broken input: each is answered with a clear finding, never an exception. The inputs are made here.</summary>
public sealed class HostileInputTests
{
    private static Finding OnlyError(PublishedReportResult result, string ruleId)
    {
        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.True(result.HasErrors);
        return finding;
    }

    [Fact]
    public void An_empty_file_is_unsupported()
    {
        var finding = OnlyError(PublishedReport.Read(Array.Empty<byte>(), "empty.html"), ReadingRules.Unsupported);
        Assert.Contains("文件为空", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("empty", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_unsupported()
    {
        var bytes = new byte[100_000];
        new Random(8).NextBytes(bytes);
        var result = PublishedReport.Read(bytes, "garbage.bin");

        OnlyError(result, ReadingRules.Unsupported);
        Assert.Equal(DocumentKind.Unknown, result.Source.Kind);
        Assert.Equal(100_000, result.Source.Length);
        Assert.Equal(64, result.Source.Sha256.Length);
    }

    [Fact]
    public void A_50_MB_page_gets_a_size_finding_without_being_parsed()
    {
        var page = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>政府信息公开</p>", 50 * 1024 * 1024 / 24)) + "</body></html>");
        Assert.True(page.Length > 50_000_000);

        var finding = OnlyError(PublishedReport.Read(page, "big.html"), ReadingRules.Damaged);
        Assert.Contains("大小限制", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_stream_is_not_read_past_the_limit()
    {
        using var stream = new MemoryStream(new byte[50 * 1024 * 1024]);
        var result = PublishedReport.ReadStream(stream, "big.html", new PublishedReportOptions { MaxDocumentBytes = 1024 * 1024 });

        OnlyError(result, ReadingRules.Damaged);
        Assert.True(stream.Position < 2 * 1024 * 1024);
    }

    [Fact]
    public void A_page_of_100000_nested_tags_is_refused_before_parsing()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "政府信息公开工作年度报告" + "</body></html>";
        var finding = OnlyError(PublishedReport.Read(Encoding.UTF8.GetBytes(page), "nested.html"), ReadingRules.Damaged);
        Assert.Contains("嵌套过深", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_page_nests_far_less_than_the_limit()
    {
        foreach (var file in new[] { "pingtan-zone-2021.html", "pingtan-zone-2022.html" })
        {
            var depth = GovDisclosure.Model.Documents.Reading.HtmlReader.NestingDepth(File.ReadAllBytes(Truth.Fixture(file)));
            Assert.InRange(depth, 5, 200);
        }
    }

    [Fact]
    public void Nesting_just_under_the_limit_is_parsed_and_reported_as_not_a_report()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 1000)) + "<table><tr><td>序号</td><td>标题</td></tr></table></body></html>";
        OnlyError(PublishedReport.Read(Encoding.UTF8.GetBytes(page), "deep.html"), ReadingRules.NotAReport);
    }

    [Fact]
    public void A_page_with_a_table_but_no_report_says_so()
    {
        var page = "<html><body><h1>通知公告</h1><table><tr><td>序号</td><td>标题</td></tr><tr><td>1</td><td>关于开展某项工作的通知</td></tr></table></body></html>";
        var finding = OnlyError(PublishedReport.Read(Encoding.UTF8.GetBytes(page), "list.html"), ReadingRules.NotAReport);
        Assert.Contains("1 个表格", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_cut_off_halfway_names_every_missing_row_and_table()
    {
        var page = File.ReadAllBytes(Truth.Fixture("pingtan-zone-2022.html"));
        var text = Encoding.UTF8.GetString(page);
        var cut = text.IndexOf("4.保护第三方合法权益", StringComparison.Ordinal);
        Assert.True(cut > 0);

        var result = PublishedReport.Read(Encoding.UTF8.GetBytes(text.Substring(0, cut)), "cut.html");

        Assert.NotNull(result.Report);
        var missing = result.Findings.Where(f => f.RuleId == ReadingRules.TableMissing).Select(f => f.Pointer).ToList();
        Assert.Contains("/applications/outcomes/notDisclosed/thirdPartyRights", missing);
        Assert.Contains("/applications/carriedForwardToNextYear", missing);
        Assert.Contains("/reviewAndLitigation", missing);
        Assert.DoesNotContain("/applications/outcomes/notDisclosed/endangersSecurityOrStability", missing);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_broken_pdf_is_damaged()
    {
        var pdf = File.ReadAllBytes(Truth.Fixture("hongze-district-2023.pdf"));
        var broken = pdf.Take(pdf.Length / 3).ToArray();
        var result = PublishedReport.Read(broken, "broken.pdf");

        Assert.Equal(DocumentKind.Pdf, result.Source.Kind);
        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error && (f.RuleId == ReadingRules.Damaged || f.RuleId == ReadingRules.NotAReport));
    }

    [Fact]
    public void A_pdf_header_over_garbage_is_damaged()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))).ToArray();
        OnlyError(PublishedReport.Read(bytes, "garbage.pdf"), ReadingRules.Damaged);
    }

    [Fact]
    public void An_encrypted_pdf_is_damaged_or_encrypted()
    {
        var result = PublishedReport.Read(EncryptedPdf(), "encrypted.pdf");

        var finding = OnlyError(result, ReadingRules.Damaged);
        Assert.Equal(DocumentKind.Pdf, result.Source.Kind);
        Assert.False(string.IsNullOrEmpty(finding.MessageEn));
    }

    [Fact]
    public void An_image_only_pdf_has_no_text()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600, 2, fill: true);
        var bytes = builder.Build();

        var finding = OnlyError(PublishedReport.Read(bytes, "scan.pdf"), ReadingRules.NoText);
        Assert.Contains("OCR", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_zip_bomb_stops_at_the_size_limit()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var head = Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
            entry.Write(head, 0, head.Length);
            var block = Encoding.ASCII.GetBytes(new string('A', 1 << 20));
            for (var i = 0; i < 256; i++)
            {
                entry.Write(block, 0, block.Length);
            }
        }

        var bytes = zipped.ToArray();
        Assert.True(bytes.Length < 2 * 1024 * 1024);

        var result = PublishedReport.Read(bytes, "bomb.docx", new PublishedReportOptions { MaxUncompressedBytes = 16 * 1024 * 1024 });
        var finding = OnlyError(result, ReadingRules.Damaged);
        Assert.Equal(DocumentKind.Docx, result.Source.Kind);
        Assert.Contains("zip bomb", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_doc_says_how_to_convert_it()
    {
        var bytes = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[4096]).ToArray();
        var result = PublishedReport.Read(bytes, "report.doc");

        var finding = OnlyError(result, ReadingRules.Unsupported);
        Assert.Equal(DocumentKind.Doc, result.Source.Kind);
        Assert.Contains("soffice --headless --convert-to docx", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("soffice --headless --convert-to docx", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_file_is_unsupported()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        OnlyError(PublishedReport.Read(zipped.ToArray(), "archive.zip"), ReadingRules.Unsupported);
    }

    [Theory]
    [InlineData("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>平潭<b/>报告</dc:title></cp:coreProperties>")]
    [InlineData("<cp:coreProperties><dc:title>不是 XML")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"a\">]><x>&a;</x>")]
    public void A_docx_with_unreadable_properties_is_still_read(string core)
    {
        var original = File.ReadAllBytes(Truth.Fixture("pingtan-zone-2022.docx"));
        using var copy = new MemoryStream();
        copy.Write(original, 0, original.Length);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("docProps/core.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("docProps/core.xml").Open());
            writer.Write(core);
        }

        var result = PublishedReport.Read(copy.ToArray(), "report.docx");

        Assert.NotNull(result.Report);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ReadingRules.Damaged);
        Assert.Equal(PublishedReport.Read(original, "report.docx").Cells, result.Cells);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_page_whose_meta_tags_name_two_encodings_is_decoded_once()
    {
        // Found by fuzzing (186 bytes, Fixtures/fuzz/html-meta-charset-flip.html): given the bytes, the parser switched to
        // UTF-8 at the first <meta charset>, to GBK at the second, and parsed the page again from the start each time —
        // back and forth without end. The page's text is now decoded before it is parsed.
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz", "html-meta-charset-flip.html"));
        var reading = System.Threading.Tasks.Task.Run(() => PublishedReport.Read(bytes, "page.html"));

        var ended = await System.Threading.Tasks.Task.WhenAny(reading, System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.True(ended == reading, "reading the page did not end");
        var result = await reading;
        Assert.Equal(DocumentKind.Html, result.Source.Kind);
        Assert.Equal("gb18030", result.Source.Encoding);
    }

    [Fact]
    public void A_gbk_page_that_says_it_is_utf8_is_read_as_gb18030()
    {
        // A CMS template's <meta charset="utf-8"> on a page saved in GBK, and a second declaration further on.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = File.ReadAllText(Truth.Fixture("pingtan-zone-2022.html"));
        Assert.Contains("<meta charset=\"utf-8\"", page, StringComparison.Ordinal);
        var conflicting = page.Insert(page.IndexOf("<table", StringComparison.Ordinal), "<meta charset=\"gbk\">");

        var result = PublishedReport.Read(Encoding.GetEncoding("gb18030").GetBytes(conflicting), "page.html");

        Assert.Equal("gb18030", result.Source.Encoding);
        Assert.Equal(PublishedReport.ReadFile(Truth.Fixture("pingtan-zone-2022.html")).Report, result.Report);
    }

    [Theory]
    [InlineData("<meta charset=\"big5\">", "big5")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">", "big5")]
    [InlineData("<meta charset=\"gb2312\">", "gb18030")]
    [InlineData("<meta charset=\"utf-8\">", "gb18030")]
    [InlineData("<meta charset=\"no-such-encoding\">", "gb18030")]
    [InlineData("<meta charset=\"us-ascii\">", "gb18030")]
    [InlineData("", "gb18030")]
    public void A_page_that_is_not_utf8_is_decoded_as_its_head_declares_else_as_gb18030(string meta, string expected)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = $"<!DOCTYPE html><html><head>{meta}<title>報告</title></head><body><p>政府信息公開</p></body></html>";
        var bytes = Encoding.GetEncoding(expected == "big5" ? "big5" : "gb18030").GetBytes(html);

        var text = DocumentDetector.DecodePage(bytes, out var encoding);

        Assert.Equal(expected, encoding);
        Assert.Contains("政府信息公開", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_continued_over_400000_lines_is_read_in_linear_time()
    {
        // One cell per line, then 400,000 lines continuing it (a header cell broken over lines): each line
        // once copied the whole cell so far, minutes for this 800 KB file.
        var text = "\t信息内容\n" + string.Concat(Enumerable.Repeat("x\n", 400_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = PublishedReport.Read(Encoding.UTF8.GetBytes(text), "report.txt");

        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_report_400_levels_deep_in_site_chrome_is_read_as_at_the_top()
    {
        // Finding the part of the page that holds the report once built the text of every enclosing element:
        // 400 levels of a 1 MB page cost 400 MB of text.
        var page = File.ReadAllText(Truth.Fixture("pingtan-zone-2022.html"), Encoding.UTF8);
        var start = page.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        start = page.IndexOf('>', start) + 1;
        var end = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var deep = page.Substring(0, start)
            + string.Concat(Enumerable.Repeat("<div>", 400)) + "<p>站点导航</p>" + page.Substring(start, end - start) + string.Concat(Enumerable.Repeat("</div>", 400))
            + page.Substring(end);

        var expected = PublishedReport.Read(Encoding.UTF8.GetBytes(page), "report.html");
        var result = PublishedReport.Read(Encoding.UTF8.GetBytes(deep), "report.html");

        Assert.NotNull(result.Report);
        Assert.Equal(expected.Cells, result.Cells);
        Assert.Equal(expected.Report!.Overview, result.Report!.Overview);
    }

    /// <summary>A minimal PDF whose trailer names a standard security handler with made-up keys.</summary>
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 44 >>\nstream\n" + new string('x', 44) + "\nendstream",
            "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <" + new string('1', 64) + "> /U <" + new string('2', 64) + "> >>",
        };
        var builder = new StringBuilder("%PDF-1.6\n");
        var offsets = new int[objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            offsets[i] = builder.Length;
            builder.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = builder.Length;
        builder.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            builder.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        builder.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(builder.ToString());
    }
}
