using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>
/// Reads plain text and Markdown into the neutral layout. Three table forms are understood:
/// one cell per line, each cell line starting with a tab and rows separated by an empty line (a line
/// without a tab after a cell line continues that cell: header cells broken over lines); cells joined
/// by <c> | </c> on one line per row; and Markdown pipe tables (<c>| a | b |</c>, with a <c>|---|</c> line).
/// </summary>
internal static class PlainTextReader
{
    public static SourceLayout Read(string text, bool markdown)
    {
        var layout = new SourceLayout();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        SourceTable? table = null;
        List<SourceCell>? row = null;
        var lastWasCell = false;
        var cellIndex = 0;

        // The lines continuing the row's last cell, joined once the cell ends (joining line by line would copy
        // the cell's text again for every line).
        List<string>? continued = null;

        void EndCell()
        {
            if (continued is { Count: > 0 } && row is { Count: > 0 })
            {
                var last = row[row.Count - 1];
                var text = string.Join("\n", last.Text.Length == 0 ? continued : continued.Prepend(last.Text));
                row[row.Count - 1] = new SourceCell(text, last.Row, last.Column);
            }

            continued = null;
        }

        void EndRow()
        {
            EndCell();
            if (row is { Count: > 0 } && table is not null)
            {
                table.Rows.Add(row);
            }

            row = null;
        }

        void EndTable()
        {
            EndRow();
            if (table is not null)
            {
                layout.AddTable(table);
            }

            table = null;
        }

        foreach (var raw in lines)
        {
            if (raw.StartsWith("\t", StringComparison.Ordinal))
            {
                // One cell per line.
                EndCell();
                table ??= new SourceTable();
                row ??= new List<SourceCell>();
                var cellText = raw.Substring(1).Trim();
                row.Add(new SourceCell(cellText, table.Rows.Count, row.Count));
                lastWasCell = true;
                continue;
            }

            var line = raw.TrimEnd();
            if (lastWasCell && line.Trim().Length > 0 && row is { Count: > 0 } && !IsPipeRow(line, markdown))
            {
                // A header cell broken over lines.
                (continued ??= new List<string>()).Add(line.Trim());
                continue;
            }

            lastWasCell = false;
            if (line.Trim().Length == 0)
            {
                if (row is not null)
                {
                    EndRow();
                }
                else if (table is not null)
                {
                    // Two empty lines after a one-cell-per-line table end it.
                    EndTable();
                }

                continue;
            }

            if (IsPipeRow(line, markdown))
            {
                if (table is not null && row is not null)
                {
                    EndRow();
                }

                table ??= new SourceTable();
                var cells = SplitPipes(line);
                if (cells.All(c => c.Length > 0 && c.Trim('-', ':', ' ').Length == 0))
                {
                    continue; // Markdown header separator |---|---|
                }

                table.Rows.Add(cells.Select((c, i) => new SourceCell(c, table.Rows.Count, i)).ToList());
                continue;
            }

            EndTable();
            cellIndex++;
            var paragraph = line.Trim();
            if (paragraph.StartsWith("#", StringComparison.Ordinal) && !markdown && cellIndex <= 4 && paragraph.Length > 1 && paragraph[1] == ' ')
            {
                continue; // A comment header of a text copy.
            }

            if (markdown)
            {
                paragraph = paragraph.TrimStart('#', '>', ' ').Replace("**", string.Empty).Replace("__", string.Empty);
            }

            if (paragraph.StartsWith("[TABLE", StringComparison.Ordinal) || paragraph.StartsWith("[/TABLE", StringComparison.Ordinal))
            {
                continue;
            }

            layout.AddParagraph(paragraph);
        }

        EndTable();
        return layout;
    }

    private static bool IsPipeRow(string line, bool markdown)
    {
        var trimmed = line.Trim();
        if (markdown || trimmed.StartsWith("|", StringComparison.Ordinal))
        {
            return trimmed.StartsWith("|", StringComparison.Ordinal) && trimmed.Length > 1;
        }

        return line.Contains(" | ") || line.EndsWith(" |", StringComparison.Ordinal);
    }

    private static List<string> SplitPipes(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith("|", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(1);
            if (trimmed.EndsWith("|", StringComparison.Ordinal))
            {
                trimmed = trimmed.Substring(0, trimmed.Length - 1);
            }
        }
        return line.Trim().StartsWith("|", StringComparison.Ordinal)
            ? trimmed.Split('|').Select(c => c.Trim()).ToList()
            : line.Split('|').Select(c => c.Trim()).ToList();
    }
}
