using System.Globalization;
using System.Text;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>
/// Writes a report as an HTML5 page (or an embeddable fragment) in one pass over the report. The narrative's headings and
/// paragraphs carry <c>data-narrative</c> and the tables <c>data-table</c>, which tell the reader to take their text
/// exactly as written (spaces, line breaks); everything else is plain, accessible HTML.
/// </summary>
internal static class HtmlWriter
{
    private const string Style =
        "@page{size:A4;margin:22mm 18mm}" +
        "html{-webkit-text-size-adjust:100%}" +
        "body{margin:0 auto;max-width:210mm;padding:12px 16px;color:#000;background:#fff;" +
        "font-family:\"FangSong\",\"STFangsong\",\"FangSong_GB2312\",\"Noto Serif CJK SC\",\"Source Han Serif SC\",\"Songti SC\",serif;font-size:16px;line-height:1.75}" +
        "h1{font-size:22px;text-align:center;margin:.8em 0 .4em;font-family:\"SimHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif}" +
        ".report-meta{text-align:center;margin:0;font-size:14px;overflow-wrap:anywhere}" +
        "h2,caption{font-size:17px;font-weight:bold;text-align:left;margin:1.1em 0 .4em;font-family:\"SimHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif}" +
        "caption{caption-side:top;padding:0 0 .4em;margin:0}" +
        "h3{font-size:16px;margin:.5em 0 .1em;text-indent:2em}" +
        "h3,p[data-narrative]{white-space:pre-wrap;overflow-wrap:anywhere}" +
        "p[data-narrative]{text-indent:2em;margin:.3em 0}" +
        "table{border-collapse:collapse;width:100%;margin:.2em 0 1em;font-size:14px;line-height:1.35;table-layout:auto}" +
        "th,td{border:1px solid #000;padding:4px 5px;vertical-align:middle;text-align:center;overflow-wrap:anywhere}" +
        "th{font-weight:normal}" +
        "th[scope=row],th[scope=rowgroup]{text-align:left}" +
        "th.band{text-align:left;font-weight:bold}" +
        "td{white-space:pre-wrap;font-variant-numeric:tabular-nums}" +
        "table[data-table=\"三\"] td{width:6.5%}" +
        "table[data-table=\"四\"] td{width:6.6%}" +
        "thead{display:table-header-group}" +
        "tr{break-inside:avoid;page-break-inside:avoid}" +
        "@media print{body{max-width:none;padding:0;font-size:12pt}table{font-size:10pt}h2,caption{break-after:avoid;page-break-after:avoid}}";

    public static string Write(AnnualReport report, PublishOptions options)
    {
        ReportTexts.CheckWritable(report);
        var texts = ReportTexts.For(report.Format);
        var html = ReportTexts.Builder(report);
        var title = texts.Title(report.Metadata);
        var metadata = report.Metadata;
        if (!options.Fragment)
        {
            html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
            Text(html, title, lineBreaks: false);
            html.Append("</title>\n");
            Meta(html, "ArticleTitle", title);
            Meta(html, "ContentSource", metadata.AgencyName);
            if (metadata.PublicationDate is { } date)
            {
                Meta(html, "PubDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (metadata.SourceUrl is { } url)
            {
                Meta(html, "Url", url);
            }

            html.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        }

        html.Append("<article class=\"disclosure-report\" lang=\"zh-CN\" data-format=\"").Append(texts.Info.Version).Append("\">\n<h1>");
        Text(html, title, lineBreaks: false);
        html.Append("</h1>\n");
        foreach (var (label, value) in ReportTexts.MetadataLines(metadata))
        {
            html.Append("<p class=\"report-meta\">");
            Text(html, label, lineBreaks: false);
            html.Append(ReportTexts.LabelColon);
            Text(html, value, lineBreaks: false);
            html.Append("</p>\n");
        }

        Narrative(html, texts.Sections[0], report.Overview.Paragraphs);
        html.Append("</section>\n");
        foreach (var table in PublishedTables.For(report.Format))
        {
            html.Append("<section>\n");
            Table(html, report, table);
            html.Append("</section>\n");
        }

        Narrative(html, texts.Sections[4], report.ProblemsAndImprovements.Paragraphs);
        html.Append("</section>\n");
        Narrative(html, texts.Sections[5], report.OtherMatters.Paragraphs);
        if (report.OtherMatters.Fees is not null)
        {
            Fees(html, report, texts);
        }

        html.Append("</section>\n</article>\n");
        if (!options.Fragment)
        {
            html.Append("</body>\n</html>\n");
        }

        return html.ToString();
    }

    /// <summary>Opens a section with its heading and writes its paragraphs (the caller closes it).</summary>
    private static void Narrative(StringBuilder html, string heading, EquatableArray<NarrativeParagraph> paragraphs)
    {
        html.Append("<section>\n<h2>");
        Text(html, heading, lineBreaks: false);
        html.Append("</h2>\n");
        foreach (var paragraph in ReportTexts.Printed(paragraphs))
        {
            if (paragraph.Heading is { } subheading)
            {
                html.Append("<h3 data-narrative=\"heading\">");
                Text(html, subheading, lineBreaks: true);
                html.Append("</h3>\n");
            }

            html.Append("<p data-narrative=\"text\">");
            Text(html, paragraph.Text, lineBreaks: true);
            html.Append("</p>\n");
        }
    }

    private static void Table(StringBuilder html, AnnualReport report, GridTable table)
    {
        html.Append("<table data-table=\"").Append(table.Key).Append("\">\n<caption>");
        Text(html, table.Caption, lineBreaks: false);
        html.Append("</caption>\n");

        // Table 二 repeats its header rows per band: one body. Tables 三 and 四: the header rows, then the numbers.
        var head = table.Key == "二" ? 0 : table.HeaderRowCount;
        html.Append(head > 0 ? "<thead>\n" : "<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (r == head && head > 0)
            {
                html.Append("</thead>\n<tbody>\n");
            }

            html.Append("<tr>");
            foreach (var cell in table.Rows[r])
            {
                var (tag, scope, css) = cell.Role switch
                {
                    GridRole.Corner => ("th", "col", null),
                    GridRole.BandCaption => ("th", "colgroup", "band"),
                    GridRole.ColumnHeader => ("th", "col", null),
                    GridRole.ColumnGroupHeader => ("th", "colgroup", null),
                    GridRole.RowHeader => ("th", "row", null),
                    GridRole.RowGroupHeader => ("th", "rowgroup", null),
                    _ => ("td", null, (string?)null),
                };
                html.Append('<').Append(tag);
                if (scope is not null)
                {
                    html.Append(" scope=\"").Append(scope).Append('"');
                }

                if (css is not null)
                {
                    html.Append(" class=\"").Append(css).Append('"');
                }

                Span(html, "rowspan", cell.RowSpan);
                Span(html, "colspan", cell.ColumnSpan);
                html.Append('>');
                Text(html, cell.Cell is { } value ? ReportTexts.CellText(report, value) : cell.Text ?? string.Empty, lineBreaks: true);
                html.Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The fee facts of section 六 as a small table: one header row of their labels, one row of numbers (blank when absent).</summary>
    private static void Fees(StringBuilder html, AnnualReport report, ReportTexts texts)
    {
        html.Append("<table data-table=\"fees\">\n<caption>");
        Text(html, texts.FeesCaption, lineBreaks: false);
        html.Append("</caption>\n<thead>\n<tr>");
        foreach (var cell in texts.FeeCells)
        {
            html.Append("<th scope=\"col\">");
            Text(html, cell.Labels[cell.Labels.Length - 1], lineBreaks: false);
            html.Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n<tr>");
        foreach (var cell in texts.FeeCells)
        {
            html.Append("<td>");
            Text(html, ReportTexts.CellText(report, cell), lineBreaks: false);
            html.Append("</td>");
        }

        html.Append("</tr>\n</tbody>\n</table>\n");
    }

    private static void Span(StringBuilder html, string name, int span)
    {
        if (span > 1)
        {
            html.Append(' ').Append(name).Append("=\"").Append(span).Append('"');
        }
    }

    private static void Meta(StringBuilder html, string name, string content)
    {
        html.Append("<meta name=\"").Append(name).Append("\" content=\"");
        Attribute(html, content);
        html.Append("\">\n");
    }

    /// <summary>
    /// Escapes text for element content: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>; a line break as <c>&lt;br&gt;</c> (or a
    /// space where none may be); a carriage return and the other C0 controls as numeric references, which the HTML parser
    /// gives back unchanged (it would fold a raw carriage return into a line feed).
    /// </summary>
    private static void Text(StringBuilder html, string text, bool lineBreaks)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement;
            if (c == '&')
            {
                replacement = "&amp;";
            }
            else if (c == '<')
            {
                replacement = "&lt;";
            }
            else if (c == '>')
            {
                replacement = "&gt;";
            }
            else if (c == '\n')
            {
                replacement = lineBreaks ? "<br>" : " ";
            }
            else if (c < ' ' && c != '\t')
            {
                replacement = null;
            }
            else
            {
                continue;
            }

            html.Append(text, start, i - start);
            if (replacement is null)
            {
                html.Append("&#").Append((int)c).Append(';');
            }
            else
            {
                html.Append(replacement);
            }

            start = i + 1;
        }

        html.Append(text, start, text.Length - start);
    }

    private static void Attribute(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                default:
                    if (c < ' ')
                    {
                        html.Append("&#").Append((int)c).Append(';');
                    }
                    else
                    {
                        html.Append(c);
                    }

                    break;
            }
        }
    }
}
