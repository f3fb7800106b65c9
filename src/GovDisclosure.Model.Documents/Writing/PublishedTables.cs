using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Model.Documents.Reading;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>What a cell of a published table holds, for markup that tells headers from data.</summary>
internal enum GridRole
{
    /// <summary>The top-left header cell (<see cref="ReportCell.TableCorner"/>).</summary>
    Corner,

    /// <summary>A caption row of a band of table 二 (<c>第二十条第（一）项</c>), spanning the table.</summary>
    BandCaption,

    /// <summary>A column header with no header under it.</summary>
    ColumnHeader,

    /// <summary>A column header over several columns (<c>法人或其他组织</c>).</summary>
    ColumnGroupHeader,

    /// <summary>A row label with no label after it.</summary>
    RowHeader,

    /// <summary>A row label over several rows (<c>三、本年度办理结果</c>).</summary>
    RowGroupHeader,

    /// <summary>A number of the report (<see cref="GridCell.Cell"/>).</summary>
    Value,
}

/// <summary>One cell of a published table: its text or its catalogue cell, and how far it spans.</summary>
internal sealed class GridCell
{
    public GridCell(GridRole role, string? text, ReportCell? cell, int rowSpan, int columnSpan)
    {
        Role = role;
        Text = text;
        Cell = cell;
        RowSpan = rowSpan;
        ColumnSpan = columnSpan;
    }

    public GridRole Role { get; }

    /// <summary>The official text of a header cell; <see langword="null"/> for a value.</summary>
    public string? Text { get; }

    /// <summary>The catalogue cell of a value; <see langword="null"/> for a header.</summary>
    public ReportCell? Cell { get; }

    public int RowSpan { get; }

    public int ColumnSpan { get; }

    public bool IsHeader => Role != GridRole.Value;
}

/// <summary>
/// A table of the report as the official format prints it: header rows, then data rows, each a list of the
/// cells that start in it (a cell spanning rows appears only in its first row, as in HTML).
/// </summary>
internal sealed class GridTable
{
    public GridTable(string key, string caption, int columnCount, int headerRowCount, List<List<GridCell>> rows)
    {
        Key = key;
        Caption = caption;
        ColumnCount = columnCount;
        HeaderRowCount = headerRowCount;
        Rows = rows;
    }

    /// <summary><c>二</c>, <c>三</c> or <c>四</c>.</summary>
    public string Key { get; }

    /// <summary>The table's section heading, e.g. <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public string Caption { get; }

    public int ColumnCount { get; }

    /// <summary>The rows before the first row of numbers (table 三: 3). Table 二 repeats headers per band.</summary>
    public int HeaderRowCount { get; }

    public List<List<GridCell>> Rows { get; }
}

/// <summary>
/// The official layout of tables 二, 三 and 四 of each format, derived from the cell catalogue — labels, headings and
/// corner texts (<see cref="ReportCells.For(ReportFormat)"/>) — so writers never spell a label themselves.
/// Table 三 of the 2021 format is 28 rows by 10 columns: three header rows under the balance note, then 25 rows of
/// three label columns and seven numbers.
/// </summary>
internal static class PublishedTables
{
    private static readonly ConcurrentDictionary<ReportFormat, IReadOnlyList<GridTable>> Cache = new();

    /// <summary>The tables of a format, in section order.</summary>
    public static IReadOnlyList<GridTable> For(ReportFormat format) => Cache.GetOrAdd(format, Build);

    private static IReadOnlyList<GridTable> Build(ReportFormat format)
    {
        var tables = new List<GridTable>();
        foreach (var group in ReportCells.For(format).Where(c => TableLayout.KeyOf(c) is not null).GroupBy(c => TableLayout.KeyOf(c)!))
        {
            var cells = group.ToList();
            tables.Add(group.Key switch
            {
                "二" => Banded(group.Key, cells),
                _ => Ruled(group.Key, cells),
            });
        }

        return tables;
    }

    /// <summary>The path of labels of a cell after its section, a <c>·</c> in a label making two levels.</summary>
    private static List<string> Levels(ReportCell cell) =>
        cell.Labels.Skip(1).SelectMany(TableLayout.SplitSegments).ToList();

    /// <summary>
    /// Table 二: bands, each a caption row spanning the table, a header row (the corner text, then the band's column
    /// labels) and one row per item; a band with fewer columns lets its last column span the rest.
    /// </summary>
    private static GridTable Banded(string key, List<ReportCell> cells)
    {
        var rows = cells.GroupBy(c => c.Labels[1]).Select(r => r.ToList()).ToList();
        var valueColumns = rows.Max(r => r.Count);
        var columnCount = valueColumns + 1;
        var grid = new List<List<GridCell>>();
        string? band = null;
        foreach (var row in rows)
        {
            var caption = row[0].RowHeadings.IsEmpty ? string.Empty : string.Join("·", row[0].RowHeadings);
            if (band is null || caption != band)
            {
                band = caption;
                grid.Add(new List<GridCell> { new(GridRole.BandCaption, caption, null, 1, columnCount) });
                var header = new List<GridCell> { new(GridRole.Corner, row[0].TableCorner ?? string.Empty, null, 1, 1) };
                for (var i = 0; i < row.Count; i++)
                {
                    header.Add(new GridCell(GridRole.ColumnHeader, row[i].Labels[row[i].Labels.Length - 1], null, 1, Span(i, row.Count, valueColumns)));
                }

                grid.Add(header);
            }

            var data = new List<GridCell> { new(GridRole.RowHeader, row[0].Labels[1], null, 1, 1) };
            for (var i = 0; i < row.Count; i++)
            {
                data.Add(new GridCell(GridRole.Value, null, row[i], 1, Span(i, row.Count, valueColumns)));
            }

            grid.Add(data);
        }

        return new GridTable(key, cells[0].Labels[0], columnCount, 2, grid);

        static int Span(int index, int count, int columns) => index == count - 1 ? columns - count + 1 : 1;
    }

    /// <summary>
    /// Tables 三 and 四: column headers from the cells' column headings and own labels (merged across equal
    /// neighbours, spanning down when a path is shorter), row labels from the label path (merged down equal
    /// neighbours, the last label spanning right when a path is shorter), the corner text over the row labels.
    /// </summary>
    private static GridTable Ruled(string key, List<ReportCell> cells)
    {
        var isTable4 = key == "四";
        // Rows: the levels before the cell's own label (none in table 四: one row of numbers).
        var rowPaths = new List<List<string>>();
        var rowCells = new List<List<ReportCell>>();
        foreach (var cell in cells)
        {
            var levels = Levels(cell);
            var path = isTable4 ? new List<string>() : levels.Take(levels.Count - 1).ToList();
            if (rowPaths.Count == 0 || !rowPaths[rowPaths.Count - 1].SequenceEqual(path))
            {
                rowPaths.Add(path);
                rowCells.Add(new List<ReportCell>());
            }

            rowCells[rowCells.Count - 1].Add(cell);
        }

        // Columns: the first row's cells (every row has the same columns).
        var columnPaths = rowCells[0]
            .Select(c => isTable4 ? Levels(c) : c.ColumnHeadings.Concat(new[] { Levels(c).Last() }).ToList())
            .ToList();
        var labelColumns = rowPaths.Max(p => p.Count);
        var headerRows = columnPaths.Max(p => p.Count);
        var grid = new List<List<GridCell>>();
        for (var level = 0; level < headerRows; level++)
        {
            var row = new List<GridCell>();
            if (level == 0 && labelColumns > 0)
            {
                row.Add(new GridCell(GridRole.Corner, cells[0].TableCorner ?? string.Empty, null, headerRows, labelColumns));
            }

            for (var c = 0; c < columnPaths.Count;)
            {
                var path = columnPaths[c];
                if (path.Count <= level)
                {
                    c++;
                    continue;
                }

                var span = 1;
                while (c + span < columnPaths.Count && SamePrefix(columnPaths[c + span], path, level + 1))
                {
                    span++;
                }

                var last = level == path.Count - 1;
                row.Add(new GridCell(last ? GridRole.ColumnHeader : GridRole.ColumnGroupHeader, path[level], null, last ? headerRows - level : 1, span));
                c += span;
            }

            grid.Add(row);
        }

        for (var r = 0; r < rowPaths.Count; r++)
        {
            var path = rowPaths[r];
            var row = new List<GridCell>();
            for (var level = 0; level < path.Count; level++)
            {
                var last = level == path.Count - 1;
                if (!last && r > 0 && SamePrefix(rowPaths[r - 1], path, level + 1) && rowPaths[r - 1].Count > level + 1)
                {
                    continue; // covered by the group label of an earlier row
                }

                var span = 1;
                if (!last)
                {
                    while (r + span < rowPaths.Count && SamePrefix(rowPaths[r + span], path, level + 1) && rowPaths[r + span].Count > level + 1)
                    {
                        span++;
                    }
                }

                row.Add(new GridCell(last ? GridRole.RowHeader : GridRole.RowGroupHeader, path[level], null, span, last ? labelColumns - level : 1));
            }

            row.AddRange(rowCells[r].Select(c => new GridCell(GridRole.Value, null, c, 1, 1)));
            grid.Add(row);
        }

        return new GridTable(key, cells[0].Labels[0], labelColumns + columnPaths.Count, headerRows, grid);
    }

    private static bool SamePrefix(List<string> a, List<string> b, int length)
    {
        if (a.Count < length || b.Count < length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
