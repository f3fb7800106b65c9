using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>A published table without merged cells: one header row and rows of a label and value cells.</summary>
internal sealed class FlatTable
{
    public FlatTable(List<string> header, List<(string? Label, List<ReportCell> Values)> rows)
    {
        Header = header;
        Rows = rows;
    }

    /// <summary>The header: the corner text (where the table has row labels), then each value column's full path.</summary>
    public List<string> Header { get; }

    /// <summary>Each row's full-path label (<see langword="null"/> in table 四, which has none) and its value cells.</summary>
    public List<(string? Label, List<ReportCell> Values)> Rows { get; }
}

/// <summary>
/// The official tables for formats that cannot merge cells (Markdown, plain text): a merged label becomes part of the
/// full path of every row or column under it, joined by <see cref="PathSeparator"/>
/// (<c>三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密</c>). Table 二 becomes one table per band, the band's caption leading
/// its column paths. Derived from <see cref="PublishedTables"/>.
/// </summary>
internal static class FlatTables
{
    /// <summary>Joins the levels of a path; no official label contains it.</summary>
    public const string PathSeparator = " / ";

    private static readonly ConcurrentDictionary<ReportFormat, IReadOnlyList<(string Caption, IReadOnlyList<FlatTable> Tables)>> Cache = new();

    /// <summary>Tables 二, 三 and 四 of a format: each section's heading and its flat tables.</summary>
    public static IReadOnlyList<(string Caption, IReadOnlyList<FlatTable> Tables)> For(ReportFormat format) =>
        Cache.GetOrAdd(format, f => PublishedTables.For(f).Select(t => (t.Caption, t.Key == "二" ? Banded(t) : Ruled(t))).ToList());

    private static IReadOnlyList<FlatTable> Banded(GridTable table)
    {
        var tables = new List<FlatTable>();
        string? caption = null;
        List<string>? header = null;
        List<(string?, List<ReportCell>)>? rows = null;
        foreach (var row in table.Rows)
        {
            if (row[0].Role == GridRole.BandCaption)
            {
                caption = row[0].Text;
                header = null;
                continue;
            }

            if (header is null)
            {
                header = new List<string> { row[0].Text ?? string.Empty };
                header.AddRange(row.Skip(1).Select(c => string.IsNullOrEmpty(caption) ? c.Text ?? string.Empty : caption + PathSeparator + c.Text));
                rows = new List<(string?, List<ReportCell>)>();
                tables.Add(new FlatTable(header, rows));
                continue;
            }

            rows!.Add((row[0].Text, row.Where(c => c.Cell is not null).Select(c => c.Cell!).ToList()));
        }

        return tables;
    }

    private static IReadOnlyList<FlatTable> Ruled(GridTable table)
    {
        // Lay the cells out on the grid, as a browser does.
        var grid = new GridCell?[table.Rows.Count, table.ColumnCount];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in table.Rows[r])
            {
                while (grid[r, column] is not null)
                {
                    column++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        grid[r + dr, column + dc] = cell;
                    }
                }

                column += cell.ColumnSpan;
            }
        }

        var headerRows = table.HeaderRowCount;
        var labelColumns = 0;
        while (labelColumns < table.ColumnCount && grid[headerRows, labelColumns]!.Role != GridRole.Value)
        {
            labelColumns++;
        }

        var header = new List<string>();
        if (labelColumns > 0)
        {
            header.Add(grid[0, 0]!.Text ?? string.Empty);
        }

        for (var c = labelColumns; c < table.ColumnCount; c++)
        {
            header.Add(Path(Enumerable.Range(0, headerRows).Select(r => grid[r, c]!)));
        }

        var rows = new List<(string?, List<ReportCell>)>();
        for (var r = headerRows; r < table.Rows.Count; r++)
        {
            var label = labelColumns > 0 ? Path(Enumerable.Range(0, labelColumns).Select(c => grid[r, c]!)) : null;
            rows.Add((label, Enumerable.Range(labelColumns, table.ColumnCount - labelColumns).Select(c => grid[r, c]!.Cell!).ToList()));
        }

        return new[] { new FlatTable(header, rows) };
    }

    /// <summary>The texts of a run of cells, a cell spanning several positions counted once.</summary>
    private static string Path(IEnumerable<GridCell> cells)
    {
        var texts = new List<string>();
        GridCell? previous = null;
        foreach (var cell in cells)
        {
            if (!ReferenceEquals(cell, previous))
            {
                texts.Add(cell.Text ?? string.Empty);
            }

            previous = cell;
        }

        return string.Join(PathSeparator, texts);
    }
}
