using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>
/// Writes a report as GitHub-flavoured Markdown: the title as <c>#</c>, the six section headings as <c>##</c>, paragraph
/// headings as <c>###</c>, the tables as pipe tables whose merged cells become full-path labels (<see cref="FlatTables"/>).
/// Text is escaped so that it renders, and reads back, exactly as written: ASCII punctuation Markdown would take for markup
/// is backslash-escaped, a line break inside a paragraph is a hard break (a backslash at the end of the line), leading and
/// trailing spaces and control characters are numeric character references, a line break in a table cell is <c>&lt;br&gt;</c>.
/// </summary>
internal static class MarkdownWriter
{
    /// <summary>Characters escaped in paragraphs and headings (CommonMark lets any ASCII punctuation be escaped).</summary>
    private const string ParagraphSpecials = "\\`*_[]<>#|~&!+-={}";

    /// <summary>Characters escaped in table cells, where block syntax does not apply.</summary>
    private const string CellSpecials = "\\`*_[]<>|~&";

    /// <summary>An empty paragraph text (an HTML comment, which renders as nothing).</summary>
    public const string EmptyText = "<!-- -->";

    public static string Write(AnnualReport report, PublishOptions options)
    {
        ReportTexts.CheckWritable(report);
        var texts = ReportTexts.For(report.Format);
        var md = ReportTexts.Builder(report);
        md.Append("# ");
        Line(md, texts.Title(report.Metadata), heading: true);
        md.Append("\n\n");
        foreach (var (label, value) in ReportTexts.MetadataLines(report.Metadata))
        {
            Paragraph(md, label + ReportTexts.LabelColon + value);
            md.Append("\n\n");
        }

        Narrative(md, texts.Sections[0], report.Overview.Paragraphs);
        foreach (var (caption, tables) in FlatTables.For(report.Format))
        {
            md.Append("## ");
            Line(md, caption, heading: true);
            md.Append("\n\n");
            foreach (var table in tables)
            {
                Table(md, table.Header, table.Rows.Select(r => (r.Label, r.Values.Select(c => ReportTexts.CellText(report, c)))));
            }
        }

        Narrative(md, texts.Sections[4], report.ProblemsAndImprovements.Paragraphs);
        Narrative(md, texts.Sections[5], report.OtherMatters.Paragraphs);
        if (report.OtherMatters.Fees is not null)
        {
            Table(
                md,
                texts.FeeCells.Select(c => texts.FeesCaption + FlatTables.PathSeparator + c.Labels[c.Labels.Length - 1]).ToList(),
                new[] { ((string?)null, texts.FeeCells.Select(c => ReportTexts.CellText(report, c))) });
        }

        md.Length--; // one final line break
        return md.ToString();
    }

    private static void Narrative(StringBuilder md, string heading, EquatableArray<NarrativeParagraph> paragraphs)
    {
        md.Append("## ");
        Line(md, heading, heading: true);
        md.Append("\n\n");
        foreach (var paragraph in ReportTexts.Printed(paragraphs))
        {
            if (paragraph.Heading is { } subheading)
            {
                md.Append("###");
                if (subheading.Length > 0)
                {
                    md.Append(' ');
                    Line(md, subheading, heading: true);
                }

                md.Append("\n\n");
                if (paragraph.Text.Length == 0)
                {
                    md.Append(EmptyText).Append("\n\n"); // a heading's empty text, so that the next paragraph stays its own
                    continue;
                }
            }

            Paragraph(md, paragraph.Text);
            md.Append("\n\n");
        }
    }

    /// <summary>A paragraph: each line escaped, a line break written as a hard break (backslash, line end).</summary>
    private static void Paragraph(StringBuilder md, string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            Line(md, end < 0 ? text.Substring(start) : text.Substring(start, end - start), heading: false);
            if (end < 0)
            {
                return;
            }

            md.Append("\\\n");
            start = end + 1;
        }
    }

    /// <summary>One line of a paragraph or a heading (in a heading a line break is a character reference).</summary>
    private static void Line(StringBuilder md, string line, bool heading)
    {
        var first = 0;
        while (first < line.Length && (line[first] == ' ' || line[first] == '\t'))
        {
            first++;
        }

        var last = line.Length;
        while (last > first && (line[last - 1] == ' ' || line[last - 1] == '\t'))
        {
            last--;
        }

        for (var i = 0; i < first; i++)
        {
            Reference(md, line[i]);
        }

        var digitsRun = true;
        for (var i = first; i < last; i++)
        {
            var c = line[i];
            if (c == '\n' && heading)
            {
                Reference(md, c);
            }
            else if (c < ' ' && c != '\t')
            {
                Reference(md, c);
            }
            else if (ParagraphSpecials.IndexOf(c) >= 0 || (digitsRun && i > first && (c == '.' || c == ')')))
            {
                md.Append('\\').Append(c);
            }
            else
            {
                md.Append(c);
            }

            digitsRun = digitsRun && c >= '0' && c <= '9';
        }

        for (var i = last; i < line.Length; i++)
        {
            Reference(md, line[i]);
        }
    }

    private static void Table(StringBuilder md, List<string> header, IEnumerable<(string? Label, IEnumerable<string> Values)> rows)
    {
        Row(md, header);
        md.Append('|');
        foreach (var _ in header)
        {
            md.Append(" --- |");
        }

        md.Append('\n');
        foreach (var (label, values) in rows)
        {
            Row(md, label is null ? values : new[] { label }.Concat(values));
        }

        md.Append('\n');
    }

    private static void Row(StringBuilder md, IEnumerable<string> cells)
    {
        md.Append('|');
        foreach (var cell in cells)
        {
            md.Append(' ');
            Cell(md, cell);
            md.Append(" |");
        }

        md.Append('\n');
    }

    private static void Cell(StringBuilder md, string text)
    {
        var first = 0;
        while (first < text.Length && (text[first] == ' ' || text[first] == '\t'))
        {
            first++;
        }

        var last = text.Length;
        while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\t'))
        {
            last--;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i < first || i >= last || (c < ' ' && c != '\n'))
            {
                Reference(md, c);
            }
            else if (c == '\n')
            {
                md.Append("<br>");
            }
            else if (CellSpecials.IndexOf(c) >= 0)
            {
                md.Append('\\').Append(c);
            }
            else
            {
                md.Append(c);
            }
        }
    }

    private static void Reference(StringBuilder md, char c) => md.Append("&#").Append((int)c).Append(';');
}
