using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CsCheck;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Documents.Writing;
using GovDisclosure.Model.Serialization;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests.Publishing;

/// <summary>The Word writer: what it writes reads back as the same report, opens without repair, and looks like the template.</summary>
public sealed class DocxWriterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TheoryData<string> Examples => new() { "tonggu-county-2021.json", "shanghai-gov-office-2019.json" };

    internal static AnnualReport Example(string name) => ReportJson.Read(File.ReadAllBytes(Path.Combine(Samples.RepoRoot, "schema", "examples", name)));

    internal static byte[] Docx(AnnualReport report)
    {
        using var stream = new MemoryStream();
        ReportPublisher.Write(report, stream, PublishFormat.Docx);
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_report_reads_back_as_the_same_report(string name)
    {
        var report = Example(name);
        var result = PublishedReport.Read(Docx(report), "report.docx");

        Assert.Equal(DocumentKind.Docx, result.Source.Kind);
        Assert.Equal(report, result.Report);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Validation.Severity.Error && f.RuleId.StartsWith("READ-", StringComparison.Ordinal));
    }

    [Fact]
    public void Any_printable_report_of_either_format_reads_back_as_the_same_report()
    {
        PrintableGen.Report.Sample(report =>
        {
            var read = PublishedReport.Read(Docx(report), "report.docx").Report;
            Assert.NotNull(read);
            Assert.Equal(ReportJson.Write(report, indented: true), ReportJson.Write(read!, indented: true));
            Assert.Equal(report, read);
        }, iter: 150);
    }

    [Fact]
    public void Awkward_narrative_text_and_source_notes_read_back_exactly()
    {
        var report = (AnnualReport2021)Example("tonggu-county-2021.json");
        var cells = ReportCells.For(ReportFormat.Format2021);
        var licensing = cells.Single(c => c.Pointer == "/proactiveDisclosure/licensing/decisions");
        var naturalPersons = cells.Single(c => c.Pointer == "/applications/carriedOverFromPreviousYear/naturalPersons");
        report = report with
        {
            Overview = Narrative.Of(
                NarrativeParagraph.Of("a < b && c > d | e\n第二行\t制表符\u3000全角空格。", heading: "（一）<标题> & “引号”"),
                NarrativeParagraph.Of("（二）看似小标题的正文")),
            SourceNotes = SourceNotes.Empty
                .With(naturalPersons.Pointer, CellNote.BlankCell)
                .With(licensing.Pointer, new CellNote { Annotation = "其中<新增>&调整|3项", SourceText = "18664（其中<新增>&调整|3项）" }),
        };

        var bytes = Docx(report);
        var read = PublishedReport.Read(bytes, "report.docx").Report!;

        Assert.Equal(report.Overview, read.Overview);
        Assert.Equal(report.SourceNotes, read.SourceNotes);
        Assert.Equal(report, read);
        var texts = CellTexts(bytes);
        Assert.Contains("18664（其中<新增>&调整|3项）", texts);
    }

    [Fact]
    public void A_word_document_marking_only_its_section_headings_has_its_sub_headings_told_by_their_numbering()
    {
        var report = Example("tonggu-county-2021.json");
        report = report with
        {
            Overview = Narrative.Of(
                NarrativeParagraph.Of("2021年，我县积极推进政务公开。"),
                NarrativeParagraph.Of("坚持以提升公开质量为“主线”。", heading: "（一）主动公开政府信息方面"),
                NarrativeParagraph.Of("坚持以民众需求为导向。", heading: "（二）依申请公开方面")),
        };
        var bytes = Docx(report);

        // As many Word reports are: sections in Heading 1, sub-headings typed as body text, no style below Heading 1.
        var edited = Replace(Replace(bytes, "word/document.xml", "w:val=\"Heading2\"", "w:val=\"Normal\""), "word/styles.xml", "<w:outlineLvl w:val=\"1\" />", string.Empty);
        Assert.DoesNotContain("Heading2\"", new StreamReader(Part(edited, "word/document.xml")).ReadToEnd(), StringComparison.Ordinal);

        Assert.Equal(report, PublishedReport.Read(edited, "r.docx").Report);
    }

    [Fact]
    public void Metadata_is_in_the_document_properties_and_the_date_is_printed_under_the_title()
    {
        var report = Example("tonggu-county-2021.json");
        report = report with
        {
            Metadata = report.Metadata with { PublicationDate = new DateTime(2022, 1, 20), AdministrativeDivisionCode = "360926", SourceUrl = "http://www.tonggu.gov.cn/xxgk/2022.html" },
        };
        var bytes = Docx(report);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

        Assert.Equal("铜鼓县人民政府2021年政府信息公开工作年度报告", document.PackageProperties.Title);
        Assert.Equal("铜鼓县人民政府", document.PackageProperties.Creator);
        Assert.Equal(new DateTime(2022, 1, 20), document.PackageProperties.Created!.Value.Date);
        var custom = document.CustomFilePropertiesPart!.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        Assert.Equal("铜鼓县人民政府", custom["/metadata/agencyName"]);
        Assert.Equal("2021", custom["/metadata/reportYear"]);
        Assert.Equal("2022-01-20", custom["/metadata/publicationDate"]);
        Assert.Equal("360926", custom["/metadata/administrativeDivisionCode"]);
        Assert.Equal("http://www.tonggu.gov.cn/xxgk/2022.html", custom["/metadata/sourceUrl"]);

        var paragraphs = Paragraphs(bytes);
        Assert.Equal("铜鼓县人民政府2021年政府信息公开工作年度报告", paragraphs[0]);
        Assert.Equal("发布日期：2022年1月20日", paragraphs[1]);
        Assert.Equal(report, PublishedReport.Read(bytes, "r.docx").Report);

        // Without its properties, the document still states its agency, year and date in print.
        var bare = WithoutPart(bytes, "docProps/custom.xml");
        var printed = PublishedReport.Read(bare, "r.docx").Report!;
        Assert.Equal(("铜鼓县人民政府", 2021, new DateTime(2022, 1, 20)), (printed.Metadata.AgencyName, printed.Metadata.ReportYear, printed.Metadata.PublicationDate));
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes_with_times_from_the_report()
    {
        var report = Example("tonggu-county-2021.json");
        report = report with { Metadata = report.Metadata with { PublicationDate = new DateTime(2022, 1, 20) } };
        var first = Docx(report);
        System.Threading.Thread.Sleep(2100); // zip times have a resolution of two seconds
        var second = Docx(report);

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2022, 1, 20), e.LastWriteTime.DateTime));

        var undated = report with { Metadata = report.Metadata with { PublicationDate = null } };
        using var undatedZip = new ZipArchive(new MemoryStream(Docx(undated)), ZipArchiveMode.Read);
        Assert.All(undatedZip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.NotEqual(first, Docx(report with { Overview = Narrative.Of(NarrativeParagraph.Of("另一段")) }));
    }

    [Fact]
    public void Examples_and_random_reports_are_valid_open_xml()
    {
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        void Validate(AnnualReport report)
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(Docx(report)), false);
            var errors = validator.Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        foreach (var name in Examples)
        {
            Validate(Example(name));
        }

        PrintableGen.Report.Sample(Validate, iter: 25);
    }

    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Format2019)]
    public void Tables_merge_their_cells_as_the_official_layout(ReportFormat format)
    {
        var report = Example(format == ReportFormat.Format2021 ? "tonggu-county-2021.json" : "shanghai-gov-office-2019.json");
        var document = XDocument.Load(Part(Docx(report), "word/document.xml"));
        var tables = document.Descendants(W + "tbl").ToList();
        var layout = PublishedTables.For(format);
        Assert.Equal(layout.Count, tables.Count);

        for (var t = 0; t < layout.Count; t++)
        {
            var grid = layout[t];
            var rows = tables[t].Elements(W + "tr").ToList();
            Assert.Equal(grid.Rows.Count, rows.Count);
            Assert.Equal(grid.ColumnCount, tables[t].Element(W + "tblGrid")!.Elements(W + "gridCol").Count());
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].Elements(W + "tc").ToList();
                Assert.Equal(grid.ColumnCount, cells.Sum(Span)); // every row covers the grid
                var starting = cells.Where(c => Merge(c) != "continue").ToList();
                Assert.Equal(grid.Rows[r].Count, starting.Count);
                for (var c = 0; c < starting.Count; c++)
                {
                    var expected = grid.Rows[r][c];
                    Assert.Equal(expected.ColumnSpan, Span(starting[c]));
                    Assert.Equal(expected.RowSpan > 1 ? "restart" : null, Merge(starting[c]));
                    if (expected.Text is { } text)
                    {
                        Assert.Equal(text, Text(starting[c]));
                    }
                }
            }
        }

        // Table 三's corner: the balance note over three label columns and three header rows.
        var corner = tables[1].Elements(W + "tr").First().Elements(W + "tc").First();
        Assert.Equal((3, "restart"), (Span(corner), Merge(corner)));
        Assert.StartsWith("（本列数据的勾稽关系为", Text(corner), StringComparison.Ordinal);
        Assert.All(tables[1].Elements(W + "tr").Skip(1).Take(2), row => Assert.Equal("continue", Merge(row.Elements(W + "tc").First())));
    }

    [Fact]
    public void Blank_cells_print_nothing_and_annotations_print_as_published()
    {
        var report = Example("shanghai-gov-office-2019.json");
        Assert.Contains(report.SourceNotes, n => n.Value.Blank);
        var bytes = Docx(report);
        var cells = ReportCells.For(ReportFormat.Format2019);
        var table = XDocument.Load(Part(bytes, "word/document.xml")).Descendants(W + "tbl").ElementAt(1);
        var values = table.Elements(W + "tr").Skip(3).SelectMany(r => r.Elements(W + "tc").Where(c => Merge(c) != "continue").Reverse().Take(7).Reverse()).Select(Text).ToList();
        var pointers = cells.Where(c => c.Pointer.StartsWith("/applications/", StringComparison.Ordinal)).Select(c => c.Pointer).ToList();
        Assert.Equal(pointers.Count, values.Count);
        for (var i = 0; i < pointers.Count; i++)
        {
            var blank = report.SourceNotes.TryGetValue(pointers[i], out var note) && note.Blank;
            Assert.Equal(blank, values[i].Length == 0);
        }

        var annotated = report with
        {
            SourceNotes = report.SourceNotes.With("/applications/newlyReceived/total", new CellNote { Annotation = "含转办2件" }),
        };
        Assert.Contains(((AnnualReport2019)report).Applications.NewlyReceived.Total + "（含转办2件）", CellTexts(Docx(annotated)));
    }

    [Fact]
    public void The_page_is_a4_portrait_with_government_document_margins_page_numbers_and_official_fonts()
    {
        var bytes = Docx(Example("tonggu-county-2021.json"));
        var document = XDocument.Load(Part(bytes, "word/document.xml"));
        var section = document.Descendants(W + "sectPr").Single();
        Assert.Equal(("11906", "16838"), ((string)section.Element(W + "pgSz")!.Attribute(W + "w")!, (string)section.Element(W + "pgSz")!.Attribute(W + "h")!));
        var margins = section.Element(W + "pgMar")!;
        Assert.Equal(new[] { "2098", "1474", "1984", "1587" }, new[] { "top", "right", "bottom", "left" }.Select(a => (string)margins.Attribute(W + a)!));

        Assert.Equal("default", (string)section.Element(W + "footerReference")!.Attribute(W + "type")!);
        using (var document2 = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var footer = document2.MainDocumentPart!.FooterParts.Single().Footer!;
            Assert.Equal(" PAGE ", footer.Descendants<DocumentFormat.OpenXml.Wordprocessing.SimpleField>().Single().Instruction!.Value);
            Assert.Equal("— 1 —", footer.InnerText);
        }

        var styles = XDocument.Load(Part(bytes, "word/styles.xml"));
        string EastAsia(string style) => (string)styles.Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == style).Descendants(W + "rFonts").Single().Attribute(W + "eastAsia")!;
        Assert.Equal("方正小标宋简体", EastAsia("Title"));
        Assert.Equal("黑体", EastAsia("Heading1"));
        Assert.Equal("楷体_GB2312", EastAsia("Heading2"));
        Assert.Equal("仿宋_GB2312", (string)styles.Descendants(W + "docDefaults").Descendants(W + "rFonts").Single().Attribute(W + "eastAsia")!);
        Assert.Equal("32", (string)styles.Descendants(W + "docDefaults").Descendants(W + "sz").Single().Attribute(W + "val")!);
        var body = styles.Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == "Normal");
        Assert.Equal("200", (string)body.Descendants(W + "ind").Single().Attribute(W + "firstLineChars")!);

        var fonts = XDocument.Load(Part(bytes, "word/fontTable.xml")).Descendants(W + "font")
            .ToDictionary(f => (string)f.Attribute(W + "name")!, f => (string?)f.Element(W + "altName")?.Attribute(W + "val"));
        Assert.Equal("黑体", fonts["方正小标宋简体"]);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);

        var paragraphs = Paragraphs(bytes);
        Assert.Equal(new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" },
            document.Descendants(W + "p").Where(p => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") == "Heading1").Select(Text));
        Assert.True(paragraphs.Count > 8);
    }

    [Theory]
    [InlineData(0x0001)]
    [InlineData(0xD800)]
    [InlineData(0xFFFF)]
    public void Text_a_word_document_cannot_hold_is_refused(int character)
    {
        var text = ((char)character).ToString();
        var report = Example("tonggu-county-2021.json");
        report = report with { Overview = Narrative.Of(NarrativeParagraph.Of("前" + text + "后")) };
        using var stream = new MemoryStream();
        var error = Assert.Throws<ArgumentException>(() => ReportPublisher.Write(report, stream, PublishFormat.Docx));
        Assert.Contains("U+", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    // ---- Helpers ----------------------------------------------------------------------------------

    internal static Stream Part(byte[] docx, string name)
    {
        var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var buffer = new MemoryStream();
        using (var entry = zip.GetEntry(name)!.Open())
        {
            entry.CopyTo(buffer);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static byte[] Replace(byte[] docx, string name, string from, string to)
    {
        var text = new StreamReader(Part(docx, name)).ReadToEnd();
        Assert.Contains(from, text, StringComparison.Ordinal);
        using var buffer = new MemoryStream();
        buffer.Write(docx, 0, docx.Length);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text.Replace(from, to));
        }

        return buffer.ToArray();
    }

    private static byte[] WithoutPart(byte[] docx, string name)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx, 0, docx.Length);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
        }

        return buffer.ToArray();
    }

    private static List<string> Paragraphs(byte[] docx) =>
        XDocument.Load(Part(docx, "word/document.xml")).Root!.Element(W + "body")!.Elements(W + "p").Select(Text).ToList();

    private static List<string> CellTexts(byte[] docx) =>
        XDocument.Load(Part(docx, "word/document.xml")).Descendants(W + "tc").Select(Text).ToList();

    private static string Text(XElement element) => string.Concat(element.Descendants(W + "t").Select(t => t.Value));

    private static int Span(XElement cell) => (int?)cell.Element(W + "tcPr")?.Element(W + "gridSpan")?.Attribute(W + "val") ?? 1;

    private static string? Merge(XElement cell) =>
        cell.Element(W + "tcPr")?.Element(W + "vMerge") is { } merge ? (string?)merge.Attribute(W + "val") ?? "continue" : null;
}
