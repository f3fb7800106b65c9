using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>
/// Writes a report as plain UTF-8 text, blocks separated by an empty line: the title underlined with <c>=</c>, section
/// headings with <c>-</c>, paragraph headings with <c>~</c>; paragraphs line for line; tables one row a line, cells joined
/// by <c> | </c>, merged cells as full-path labels (<see cref="FlatTables"/>). A backslash escapes what would be read as
/// structure: <c>\\</c>, <c>\|</c>, <c>\r</c>, <c>\uXXXX</c> for control characters, a lone <c>\</c> for an empty line
/// inside a paragraph, <c>\</c> before a line that looks like an underline; in table cells <c>\n</c> is a line break.
/// </summary>
internal static class PlainTextWriter
{
    public static string Write(AnnualReport report, PublishOptions options)
    {
        ReportTexts.CheckWritable(report);
        var texts = ReportTexts.For(report.Format);
        var text = ReportTexts.Builder(report);
        Underlined(text, texts.Title(report.Metadata), '=');
        foreach (var (label, value) in ReportTexts.MetadataLines(report.Metadata))
        {
            Paragraph(text, label + ReportTexts.LabelColon + value);
        }

        Narrative(text, texts.Sections[0], report.Overview.Paragraphs);
        foreach (var (caption, tables) in FlatTables.For(report.Format))
        {
            Underlined(text, caption, '-');
            foreach (var table in tables)
            {
                Row(text, table.Header);
                foreach (var (label, values) in table.Rows)
                {
                    var cells = values.Select(c => ReportTexts.CellText(report, c));
                    Row(text, label is null ? cells : new[] { label }.Concat(cells));
                }

                text.Append('\n');
            }
        }

        Narrative(text, texts.Sections[4], report.ProblemsAndImprovements.Paragraphs);
        Narrative(text, texts.Sections[5], report.OtherMatters.Paragraphs);
        if (report.OtherMatters.Fees is not null)
        {
            Row(text, texts.FeeCells.Select(c => texts.FeesCaption + FlatTables.PathSeparator + c.Labels[c.Labels.Length - 1]));
            Row(text, texts.FeeCells.Select(c => ReportTexts.CellText(report, c)));
            text.Append('\n');
        }

        text.Length--; // one final line break
        return text.ToString();
    }

    private static void Narrative(StringBuilder text, string heading, EquatableArray<NarrativeParagraph> paragraphs)
    {
        Underlined(text, heading, '-');
        foreach (var paragraph in ReportTexts.Printed(paragraphs))
        {
            if (paragraph.Heading is { } subheading)
            {
                Underlined(text, subheading, '~');
            }

            Paragraph(text, paragraph.Text);
        }
    }

    private static void Underlined(StringBuilder text, string heading, char underline)
    {
        var width = Lines(text, heading);
        text.Append('\n').Append(underline, width < 2 ? 2 : width).Append("\n\n");
    }

    private static void Paragraph(StringBuilder text, string paragraph)
    {
        Lines(text, paragraph);
        text.Append("\n\n");
    }

    /// <summary>Writes escaped lines (without the last line break); returns the widest line's display width.</summary>
    private static int Lines(StringBuilder text, string value)
    {
        var widest = 0;
        var start = 0;
        while (true)
        {
            var end = value.IndexOf('\n', start);
            var line = end < 0 ? value.Substring(start) : value.Substring(start, end - start);
            var from = text.Length;
            if (line.Length == 0)
            {
                text.Append('\\');
            }
            else
            {
                if (line.Length >= 2 && (line[0] == '=' || line[0] == '-' || line[0] == '~') && line.All(c => c == line[0]))
                {
                    text.Append('\\');
                }

                Escape(text, line, cell: false);
            }

            widest = System.Math.Max(widest, ReportTexts.DisplayWidth(text.ToString(from, text.Length - from)));
            if (end < 0)
            {
                return widest;
            }

            text.Append('\n');
            start = end + 1;
        }
    }

    private static void Row(StringBuilder text, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(" | ");
            }

            Escape(text, cell, cell: true);
            first = false;
        }

        text.Append('\n');
    }

    private static void Escape(StringBuilder text, string value, bool cell)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    text.Append("\\\\");
                    break;
                case '|':
                    text.Append("\\|");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\n' when cell:
                    text.Append("\\n");
                    break;
                default:
                    if (c < ' ' && c != '\t')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }
    }
}
