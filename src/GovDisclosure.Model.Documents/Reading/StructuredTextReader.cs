using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GovDisclosure.Model.Documents.Writing;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>
/// Reads text and Markdown laid out as <see cref="ReportPublisher"/> writes them — told by their first lines: Markdown
/// starting with a <c>#</c> title and having <c>##</c> section headings; text whose title is underlined with <c>=</c>.
/// Headings and paragraphs are marked by the layout itself, so their text is taken exactly (escapes undone); full-path
/// labels of merged cells are split into one cell per level. Anything else is left to <see cref="PlainTextReader"/>.
/// </summary>
internal static class StructuredTextReader
{
    /// <summary>The layout of a document in one of the two forms, or <see langword="null"/> when it is neither.</summary>
    public static SourceLayout? TryRead(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        if (first >= lines.Length)
        {
            return null;
        }

        if (lines[first].StartsWith("# ", StringComparison.Ordinal) && lines.Any(l => l.StartsWith("## ", StringComparison.Ordinal)))
        {
            return Markdown(lines, first);
        }

        if (first + 1 < lines.Length && IsUnderline(lines[first + 1], '='))
        {
            return Text(lines, first);
        }

        return null;
    }

    private static bool IsUnderline(string line, char c) => line.Length >= 2 && line.All(x => x == c);

    // ---- Markdown -----------------------------------------------------------------------------------

    private static SourceLayout Markdown(string[] lines, int first)
    {
        var layout = new SourceLayout { Explicit = true };
        SourceTable? table = null;
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("|", StringComparison.Ordinal))
            {
                table ??= new SourceTable();
                var cells = SplitCells(line.Trim(' ', '\t'), markdown: true);
                if (cells.All(c => c.Length > 0 && c.Trim('-', ':', ' ').Length == 0))
                {
                    continue; // the delimiter row |---|
                }

                AddRow(table, cells.Select(c => UnescapeMarkdown(c.Trim(' ', '\t'), cell: true)).ToList());
                continue;
            }

            EndTable(layout, ref table);
            if (line.Length == 0)
            {
                continue;
            }

            var level = 0;
            while (level < line.Length && level < 7 && line[level] == '#')
            {
                level++;
            }

            if (level is >= 1 and <= 6 && (line.Length == level || line[level] == ' '))
            {
                var heading = UnescapeMarkdown(line.Substring(level).Trim(' ', '\t'), cell: false);
                if (level == 1)
                {
                    layout.Title ??= heading;
                    layout.AddParagraph(heading);
                }
                else if (level == 2)
                {
                    layout.AddParagraph(heading);
                }
                else
                {
                    layout.AddMarked(heading, BlockKind.Heading);
                }

                continue;
            }

            if (line == MarkdownWriter.EmptyText)
            {
                layout.AddMarked(string.Empty, BlockKind.Text);
                continue;
            }

            // A paragraph: a line ending in an unescaped backslash continues on the next line after a line break.
            var paragraph = new StringBuilder();
            while (true)
            {
                if (EndsWithHardBreak(line))
                {
                    paragraph.Append(line, 0, line.Length - 1).Append("\\\n");
                    if (i + 1 < lines.Length && lines[i + 1].Length > 0)
                    {
                        line = lines[++i];
                        continue;
                    }
                }
                else
                {
                    paragraph.Append(line);
                }

                break;
            }

            layout.AddMarked(UnescapeMarkdown(paragraph.ToString(), cell: false), BlockKind.Text);
        }

        EndTable(layout, ref table);
        return layout;
    }

    private static bool EndsWithHardBreak(string line)
    {
        var backslashes = 0;
        for (var i = line.Length - 1; i >= 0 && line[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>
    /// Undoes Markdown escapes: a backslash before ASCII punctuation, numeric character references; a backslash before a
    /// line break (kept by the paragraph reader) is the line break; in a cell <c>&lt;br&gt;</c> is a line break.
    /// </summary>
    private static string UnescapeMarkdown(string text, bool cell)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && (text[i + 1] == '\n' || (text[i + 1] < 128 && char.IsPunctuation(text[i + 1])) || (text[i + 1] < 128 && char.IsSymbol(text[i + 1]))))
            {
                result.Append(text[++i]);
            }
            else if (c == '&' && i + 2 < text.Length && text[i + 1] == '#' && Reference(text, i, out var value, out var length))
            {
                result.Append(value);
                i += length - 1;
            }
            else if (cell && c == '<' && string.CompareOrdinal(text, i, "<br>", 0, 4) == 0)
            {
                result.Append('\n');
                i += 3;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>A numeric character reference <c>&amp;#N;</c> or <c>&amp;#xH;</c> at <paramref name="at"/>.</summary>
    private static bool Reference(string text, int at, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        var i = at + 2;
        var hex = i < text.Length && (text[i] == 'x' || text[i] == 'X');
        if (hex)
        {
            i++;
        }

        var start = i;
        while (i < text.Length && i - start < 7 && (char.IsDigit(text[i]) || (hex && Uri.IsHexDigit(text[i]))))
        {
            i++;
        }

        if (i == start || i >= text.Length || text[i] != ';'
            || !int.TryParse(text.Substring(start, i - start), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            return false;
        }

        value = char.ConvertFromUtf32(code);
        length = i - at + 1;
        return true;
    }

    // ---- Text ---------------------------------------------------------------------------------------

    private static SourceLayout Text(string[] lines, int first)
    {
        var layout = new SourceLayout { Explicit = true };
        var block = new List<string>();
        for (var i = first; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].Length > 0)
            {
                block.Add(lines[i]);
                continue;
            }

            if (block.Count > 0)
            {
                TextBlock(layout, block);
                block.Clear();
            }
        }

        return layout;
    }

    private static void TextBlock(SourceLayout layout, List<string> block)
    {
        var last = block[block.Count - 1];
        if (block.Count >= 2 && (IsUnderline(last, '=') || IsUnderline(last, '-') || IsUnderline(last, '~')))
        {
            var heading = UnescapeText(string.Join("\n", block.Take(block.Count - 1)), cell: false);
            if (last[0] == '~')
            {
                layout.AddMarked(heading, BlockKind.Heading);
            }
            else
            {
                if (last[0] == '=')
                {
                    layout.Title ??= heading;
                }

                layout.AddParagraph(heading);
            }

            return;
        }

        if (block.All(l => SplitCells(l, markdown: false).Count > 1))
        {
            var table = new SourceTable();
            foreach (var line in block)
            {
                AddRow(table, SplitCells(line, markdown: false).Select(c => UnescapeText(c, cell: true)).ToList());
            }

            layout.AddTable(table);
            return;
        }

        layout.AddMarked(UnescapeText(string.Join("\n", block), cell: false), BlockKind.Text);
    }

    /// <summary>Undoes the text escapes: <c>\\</c>, <c>\|</c>, <c>\r</c>, <c>\uXXXX</c>, in cells <c>\n</c>; a backslash before anything else is dropped.</summary>
    private static string UnescapeText(string text, bool cell)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                result.Append(c);
                continue;
            }

            if (i + 1 >= text.Length || text[i + 1] == '\n')
            {
                continue; // a lone backslash: an empty line
            }

            var next = text[++i];
            if (next == 'r')
            {
                result.Append('\r');
            }
            else if (next == 'n' && cell)
            {
                result.Append('\n');
            }
            else if (next == 'u' && i + 4 < text.Length && int.TryParse(text.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 4;
            }
            else
            {
                result.Append(next);
            }
        }

        return result.ToString();
    }

    // ---- Tables -------------------------------------------------------------------------------------

    /// <summary>
    /// A row's cells. Markdown: between unescaped pipes, without the outer ones. Text: between unescaped <c> | </c>, one
    /// space each side of the separator taken off.
    /// </summary>
    private static List<string> SplitCells(string line, bool markdown)
    {
        var cells = new List<string>();
        var start = 0;
        if (markdown)
        {
            line = line.Substring(1);
            if (line.EndsWith("|", StringComparison.Ordinal) && !EndsWithHardBreak(line.Substring(0, line.Length - 1)))
            {
                line = line.Substring(0, line.Length - 1);
            }
        }

        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
                continue;
            }

            if (line[i] == '|' && (markdown || (i > 0 && line[i - 1] == ' ' && i + 1 < line.Length && line[i + 1] == ' ')))
            {
                cells.Add(line.Substring(start, i - start));
                start = i + 1;
            }
        }

        cells.Add(line.Substring(start));
        if (!markdown && cells.Count > 1)
        {
            for (var k = 0; k < cells.Count; k++)
            {
                var cell = cells[k];
                var from = k > 0 && cell.StartsWith(" ", StringComparison.Ordinal) ? 1 : 0;
                var to = k < cells.Count - 1 && cell.EndsWith(" ", StringComparison.Ordinal) ? cell.Length - 1 : cell.Length;
                cells[k] = to > from ? cell.Substring(from, to - from) : string.Empty;
            }
        }

        return cells;
    }

    /// <summary>Adds a row, a label cell holding a full path (<c>a / b / c</c>) made one cell per level, as in a page with merged cells.</summary>
    private static void AddRow(SourceTable table, List<string> cells)
    {
        var row = new List<SourceCell>();
        foreach (var cell in cells)
        {
            if (cell.IndexOf(FlatTables.PathSeparator, StringComparison.Ordinal) > 0 && !TextForms.ReadCell(cell).IsValue)
            {
                foreach (var level in cell.Split(new[] { FlatTables.PathSeparator }, StringSplitOptions.None))
                {
                    row.Add(new SourceCell(level, table.Rows.Count, row.Count));
                }
            }
            else
            {
                row.Add(new SourceCell(cell, table.Rows.Count, row.Count));
            }
        }

        table.Rows.Add(row);
    }

    private static void EndTable(SourceLayout layout, ref SourceTable? table)
    {
        if (table is not null)
        {
            layout.AddTable(table);
            table = null;
        }
    }
}
