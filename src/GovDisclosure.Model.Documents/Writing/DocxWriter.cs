using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;
using TextForms = GovDisclosure.Model.Documents.Reading.TextForms;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>
/// Writes a report as a Word document in the official template's look: A4 portrait with the margins of government
/// documents (GB/T 9704: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; the page number centred at the foot), the title centred in 方正小标宋简体 (黑体
/// where it is missing), the body in 仿宋_GB2312 (仿宋) 三号 with a first-line indent of two characters, section headings
/// in 黑体 (Word headings of outline level 1), sub-headings in 楷体_GB2312 (楷体, level 2), and tables 二, 三 and 四 ruled,
/// their cells merged as <see cref="PublishedTables"/> lays them out. The metadata is in the document properties —
/// the core properties (title, agency as author, publication date) and one custom property per member, named by its
/// JSON Pointer — and the publication date is printed under the title. The same report always gives the same bytes:
/// the parts are zipped in a fixed order with the publication date (or 1 January 1980) as their time.
/// </summary>
internal static class DocxWriter
{
    /// <summary>The custom document properties are named by the JSON Pointer of the member they hold.</summary>
    internal const string PropertyFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    private const string BodyFont = "仿宋_GB2312";
    private const string BodyFontFallback = "仿宋";
    private const string TitleFont = "方正小标宋简体";
    private const string HeadingFont = "黑体";
    private const string SubHeadingFont = "楷体_GB2312";
    private const string SubHeadingFontFallback = "楷体";
    private const string LatinFont = "Times New Roman";
    private const string PageNumberFont = "宋体";

    private const string BodyStyle = "Normal";
    private const string TitleStyle = "Title";
    private const string DateStyle = "Date";
    private const string HeadingStyle = "Heading1";
    private const string SubHeadingStyle = "Heading2";
    private const string TableTextStyle = "TableText";

    private const string FooterId = "rId4";

    /// <summary>The text width of an A4 page with the margins below, in twentieths of a point.</summary>
    private const int TextWidth = 11906 - 1587 - 1474;

    public static void Write(AnnualReport report, Stream output, PublishOptions options)
    {
        ReportTexts.CheckWritable(report, xml: true);
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = Styles();
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = Settings();
            main.AddNewPart<FontTablePart>("rId3").Fonts = Fonts();
            main.AddNewPart<FooterPart>(FooterId).Footer = PageNumberFooter();
            main.Document = new Document(Body(report));
            document.AddNewPart<CustomFilePropertiesPart>("rId2").Properties = CustomProperties(report);

            // The core properties are written as a part of a fixed name (the package's own writer names it at random).
            using var core = document.AddNewPart<CoreFilePropertiesPart>("rId3").GetStream(FileMode.Create);
            CoreProperties(report, core);
        }

        Rezip(package, output, report.Metadata.PublicationDate?.Date ?? new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
    }

    // ---- Text -------------------------------------------------------------------------------------

    /// <summary>A run of text: line breaks become Word line breaks, tabs Word tabs.</summary>
    private static Run Run(string text)
    {
        var run = new Run();
        var part = new StringBuilder();
        void Flush()
        {
            if (part.Length > 0)
            {
                run.AppendChild(new Text(part.ToString()) { Space = SpaceProcessingModeValues.Preserve });
                part.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                Flush();
                run.AppendChild(new Break());
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\t')
            {
                Flush();
                run.AppendChild(new TabChar());
            }
            else
            {
                part.Append(c);
            }
        }

        Flush();
        return run;
    }

    private static Paragraph Paragraph(string style, string text, JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (justification is { } j)
        {
            properties.AppendChild(new Justification { Val = j });
        }

        return new Paragraph(properties, Run(text));
    }

    // ---- Body -------------------------------------------------------------------------------------

    private static Body Body(AnnualReport report)
    {
        var body = new Body();
        body.AppendChild(Paragraph(TitleStyle, ReportTexts.For(report.Format).Title(report.Metadata)));
        if (ReportTexts.DateLine(report.Metadata) is { } dateLine)
        {
            body.AppendChild(Paragraph(DateStyle, dateLine));
        }

        foreach (var section in ReportTexts.SectionsOf(report))
        {
            body.AppendChild(Paragraph(HeadingStyle, section.Heading));
            if (section.Table is { } table)
            {
                body.AppendChild(Table(report, table));
                continue;
            }

            foreach (var paragraph in section.Paragraphs!)
            {
                if (paragraph.Heading is { } heading)
                {
                    body.AppendChild(Paragraph(SubHeadingStyle, heading));
                }

                if (paragraph.Text.Length > 0 || paragraph.Heading is null)
                {
                    body.AppendChild(Paragraph(BodyStyle, paragraph.Text));
                }
            }
        }

        body.AppendChild(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1587U, Header = 851U, Footer = 992U, Gutter = 0U }));
        return body;
    }

    /// <summary>The column widths of a table, in twentieths of a point, filling the text width.</summary>
    private static int[] Widths(GridTable table)
    {
        var widths = new int[table.ColumnCount];
        switch (table.Key)
        {
            case "三":
                // Three label columns (the group label narrow, printed a character or two a line), then the numbers.
                widths[0] = 567;
                widths[1] = 1134;
                widths[2] = 2400;
                break;
            case "二":
                widths[0] = 2300;
                break;
        }

        var fixedWidth = widths.Sum();
        var rest = widths.Count(w => w == 0);
        for (int i = 0, k = 0; i < widths.Length; i++)
        {
            if (widths[i] == 0)
            {
                widths[i] = ((TextWidth - fixedWidth) / rest) + (k++ < (TextWidth - fixedWidth) % rest ? 1 : 0);
            }
        }

        return widths;
    }

    private static Table Table(AnnualReport report, GridTable grid)
    {
        var widths = Widths(grid);
        var small = grid.ColumnCount > 10;
        var border = new Func<BorderType>[]
        {
            () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(),
            () => new InsideHorizontalBorder(), () => new InsideVerticalBorder(),
        };
        var borders = new TableBorders();
        foreach (var make in border)
        {
            var b = make();
            b.Val = BorderValues.Single;
            b.Size = 4U;
            b.Space = 0U;
            b.Color = "000000";
            borders.AppendChild(b);
        }

        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            borders,
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }));
        var tableGrid = new TableGrid();
        foreach (var width in widths)
        {
            tableGrid.AppendChild(new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
        }

        table.AppendChild(tableGrid);

        // Vertical merges: a cell spanning rows starts (restart) in its first row and continues in the rows below.
        var covering = new GridCell?[grid.ColumnCount];
        var coveredUntil = new int[grid.ColumnCount];
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            var cells = grid.Rows[r];
            var next = 0;
            for (var column = 0; column < grid.ColumnCount;)
            {
                if (covering[column] is { } above && coveredUntil[column] > r)
                {
                    row.AppendChild(Cell(widths, column, above.ColumnSpan, new VerticalMerge { Val = MergedCellValues.Continue }, null, small));
                    column += above.ColumnSpan;
                    continue;
                }

                var cell = cells[next++];
                VerticalMerge? merge = null;
                if (cell.RowSpan > 1)
                {
                    merge = new VerticalMerge { Val = MergedCellValues.Restart };
                    for (var c = column; c < column + cell.ColumnSpan; c++)
                    {
                        covering[c] = cell;
                        coveredUntil[c] = r + cell.RowSpan;
                    }
                }

                var text = cell.Cell is { } value ? ReportTexts.CellText(report, value) : cell.Text ?? string.Empty;
                var justification = cell.Role is GridRole.RowHeader && cell.ColumnSpan == 1 && grid.Key != "二" ? JustificationValues.Left : JustificationValues.Center;
                row.AppendChild(Cell(widths, column, cell.ColumnSpan, merge, Paragraph(TableTextStyle, text, justification), small || cell.Role == GridRole.Corner));
                column += cell.ColumnSpan;
            }

            table.AppendChild(row);
        }

        return table;
    }

    private static TableCell Cell(int[] widths, int column, int span, VerticalMerge? merge, Paragraph? paragraph, bool small)
    {
        var width = widths.Skip(column).Take(span).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.AppendChild(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.AppendChild(merge);
        }

        properties.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        paragraph ??= new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = TableTextStyle }));
        if (small)
        {
            foreach (var run in paragraph.Elements<Run>())
            {
                run.PrependChild(new RunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }));
            }
        }

        return new TableCell(properties, paragraph);
    }

    // ---- Properties -------------------------------------------------------------------------------

    /// <summary>The members of the metadata (and the fee facts of 六) by JSON Pointer, as strings, in a fixed order.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> PropertyValues(AnnualReport report)
    {
        var m = report.Metadata;
        yield return new("/metadata/agencyName", m.AgencyName);
        yield return new("/metadata/reportYear", m.ReportYear.ToString(CultureInfo.InvariantCulture));
        if (m.PublicationDate is { } date)
        {
            yield return new("/metadata/publicationDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (m.AdministrativeDivisionCode is { } code)
        {
            yield return new("/metadata/administrativeDivisionCode", code);
        }

        if (m.SourceUrl is { } url)
        {
            yield return new("/metadata/sourceUrl", url);
        }

        if (report.OtherMatters.Fees is { } fees)
        {
            if (fees.NoticesIssued is { } notices)
            {
                yield return new("/otherMatters/fees/noticesIssued", notices.ToString(CultureInfo.InvariantCulture));
            }

            if (fees.AmountNoticedYuan is { } noticed)
            {
                yield return new("/otherMatters/fees/amountNoticedYuan", noticed.ToString(CultureInfo.InvariantCulture));
            }

            if (fees.AmountCollectedYuan is { } collected)
            {
                yield return new("/otherMatters/fees/amountCollectedYuan", collected.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The core properties: the title, the agency as author, the language, the publication date as created and modified.</summary>
    private static void CoreProperties(AnnualReport report, Stream stream)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string DcTerms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using var xml = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, ReportTexts.For(report.Format).Title(report.Metadata));
        xml.WriteElementString("dc", "creator", Dc, report.Metadata.AgencyName);
        xml.WriteElementString("dc", "language", Dc, "zh-CN");
        if (report.Metadata.PublicationDate is { } date)
        {
            foreach (var name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, DcTerms);
                xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                xml.WriteString(date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static Properties CustomProperties(AnnualReport report)
    {
        var properties = new Properties();
        var id = 2;
        foreach (var pair in PropertyValues(report))
        {
            properties.AppendChild(new CustomDocumentProperty(new VTLPWSTR(pair.Value)) { FormatId = PropertyFormatId, PropertyId = id++, Name = pair.Key });
        }

        return properties;
    }

    /// <summary>The page number centred at the foot of the page, between dashes (<c>— 1 —</c>), in 宋体 四号, as government documents print it.</summary>
    private static Footer PageNumberFooter()
    {
        RunProperties Size() => new(new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = PageNumberFont }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" });
        return new Footer(new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new Run(Size(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(Size(), new Text("1"))) { Instruction = " PAGE " },
            new Run(Size(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }

    // ---- Styles, settings, fonts ------------------------------------------------------------------

    private static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = eastAsia, ComplexScript = LatinFont };

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(BodyFont),
                    new Kern { Val = 2U },
                    new FontSize { Val = "32" },
                    new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact }))));

        styles.AppendChild(Style(BodyStyle, "Normal", null, isDefault: true,
            new StyleParagraphProperties(
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new Justification { Val = JustificationValues.Both }),
            null));
        styles.AppendChild(Style(TitleStyle, "Title", BodyStyle, isDefault: false,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "0", After = "560", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(TitleFont), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })));
        styles.AppendChild(Style(DateStyle, "Date", BodyStyle, isDefault: false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "560" },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(SubHeadingFont))));
        styles.AppendChild(Style(HeadingStyle, "heading 1", BodyStyle, isDefault: false,
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
            new StyleRunProperties(Fonts(HeadingFont))));
        styles.AppendChild(Style(SubHeadingStyle, "heading 2", BodyStyle, isDefault: false,
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 }),
            new StyleRunProperties(Fonts(SubHeadingFont))));
        styles.AppendChild(Style(TableTextStyle, "Table Text", BodyStyle, isDefault: false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" })));
        return styles;
    }

    private static Style Style(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties? run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.AppendChild(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.AppendChild(new BasedOn { Val = basedOn });
        }

        style.AppendChild(new PrimaryStyle());
        style.AppendChild(paragraph);
        if (run is not null)
        {
            style.AppendChild(run);
        }

        return style;
    }

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>The fonts, each official font with the font Word and LibreOffice use where it is not installed.</summary>
    private static Fonts Fonts() => new(
        Font(LatinFont, null, charSet: "00", family: FontFamilyValues.Roman),
        Font(BodyFont, BodyFontFallback, charSet: "86", family: FontFamilyValues.Modern),
        Font(TitleFont, HeadingFont, charSet: "86", family: FontFamilyValues.Script),
        Font(HeadingFont, null, charSet: "86", family: FontFamilyValues.Modern),
        Font(PageNumberFont, null, charSet: "86", family: FontFamilyValues.Auto),
        Font(SubHeadingFont, SubHeadingFontFallback, charSet: "86", family: FontFamilyValues.Modern));

    private static Font Font(string name, string? alternative, string charSet, FontFamilyValues family)
    {
        var font = new Font { Name = name };
        if (alternative is not null)
        {
            font.AppendChild(new AltName { Val = alternative });
        }

        font.AppendChild(new FontCharSet { Val = charSet });
        font.AppendChild(new FontFamily { Val = family });
        return font;
    }

    // ---- Package ----------------------------------------------------------------------------------

    /// <summary>Copies the package's parts into a new zip in a fixed order with a fixed time, so equal reports give equal bytes.</summary>
    private static void Rezip(MemoryStream package, Stream output, DateTime time)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(time < new DateTime(1980, 1, 1) ? new DateTime(1980, 1, 1) : time, DateTimeKind.Unspecified), TimeSpan.Zero);
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => Rank(e.FullName)).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);

        static int Rank(string name) => name switch
        {
            "[Content_Types].xml" => 0,
            "_rels/.rels" => 1,
            _ => 2,
        };
    }
}
