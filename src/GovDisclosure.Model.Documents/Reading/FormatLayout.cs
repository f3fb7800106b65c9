using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>
/// The tables of a report format as the reader sees them, derived from the cell catalogue
/// (<see cref="ReportCells.For(ReportFormat)"/>, the one home of official labels): each table's rows,
/// each row's label path and its cells left to right.
/// </summary>
internal sealed class FormatLayout
{
    private static readonly Lazy<ImmutableArray<FormatLayout>> AllFormats = new(Build);

    private FormatLayout(ReportFormat format, List<TableLayout> tables)
    {
        Format = format;
        Tables = tables;
    }

    public ReportFormat Format { get; }

    public List<TableLayout> Tables { get; }

    /// <summary>Every format the core library catalogues, newest first.</summary>
    public static ImmutableArray<FormatLayout> All => AllFormats.Value;

    private static ImmutableArray<FormatLayout> Build()
    {
        var layouts = new List<FormatLayout>();
        foreach (ReportFormat format in Enum.GetValues(typeof(ReportFormat)))
        {
            ImmutableArray<ReportCell> cells;
            try
            {
                cells = ReportCells.For(format);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue;
            }

            var tables = new List<TableLayout>();
            foreach (var group in cells.Where(c => TableLayout.KeyOf(c) is not null).GroupBy(c => TableLayout.KeyOf(c)!))
            {
                tables.Add(new TableLayout(group.Key, group.ToList()));
            }

            layouts.Add(new FormatLayout(format, tables));
        }

        return layouts.OrderByDescending(l => (int)l.Format).ToImmutableArray();
    }
}

internal sealed class TableLayout
{
    public TableLayout(string key, List<ReportCell> cells)
    {
        Key = key;
        Cells = cells;
        SectionLabel = cells[0].Labels[0];
        Pointer = CommonPrefix(cells.Select(c => c.Pointer).ToList());
        foreach (var rowCells in cells.GroupBy(c => string.Join("\u0001", c.Labels.Skip(1).Take(c.Labels.Length - 2))))
        {
            var first = rowCells.First();
            var path = first.Labels.Skip(1).Take(first.Labels.Length - 2).SelectMany(SplitSegments).ToList();
            Rows.Add(new RowLayout(Rows.Count, path, rowCells.ToList()));
        }

        foreach (var row in Rows)
        {
            LeafIndex[row.Leaf] = row;
            foreach (var group in row.GroupsNormalized)
            {
                if (!GroupIndex.ContainsKey(group))
                {
                    GroupIndex[group] = new List<RowLayout>();
                }

                GroupIndex[group].Add(row);
            }

            foreach (var cell in row.Cells)
            {
                Labels.Add(TextForms.Normalize(cell.Labels[cell.Labels.Length - 1]));
            }

            Labels.Add(row.Leaf);
            foreach (var group in row.GroupsNormalized)
            {
                Labels.Add(group);
            }
        }

        // Labels too common to tell tables apart.
        Labels.Remove("其他");
        Labels.Remove("总计");
    }

    /// <summary><c>二</c>, <c>三</c> or <c>四</c>.</summary>
    public string Key { get; }

    public string SectionLabel { get; }

    /// <summary>The JSON Pointer every cell of the table starts with, e.g. <c>/applications</c>.</summary>
    public string Pointer { get; }

    public List<ReportCell> Cells { get; }

    public List<RowLayout> Rows { get; } = new();

    public Dictionary<string, RowLayout> LeafIndex { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<RowLayout>> GroupIndex { get; } = new(StringComparer.Ordinal);

    /// <summary>Every normalised row, group and column label: what tells this table from the others.</summary>
    public HashSet<string> Labels { get; } = new(StringComparer.Ordinal);

    public static string? KeyOf(ReportCell cell)
    {
        var section = cell.Labels[0];
        return section.Length > 0 && (section[0] == '二' || section[0] == '三' || section[0] == '四') ? section.Substring(0, 1) : null;
    }

    /// <summary>A label segment path: <c>行政诉讼·未经复议直接起诉</c> is two header levels.</summary>
    public static IEnumerable<string> SplitSegments(string label) => label.Split('·').Where(s => s.Length > 0);

    private static string CommonPrefix(List<string> pointers)
    {
        var parts = pointers[0].Split('/');
        var length = parts.Length - 1;
        foreach (var pointer in pointers)
        {
            var other = pointer.Split('/');
            var i = 0;
            while (i < length && i < other.Length && other[i] == parts[i])
            {
                i++;
            }

            length = i;
        }

        return string.Join("/", parts.Take(length));
    }
}

internal sealed class RowLayout
{
    public RowLayout(int index, List<string> path, List<ReportCell> cells)
    {
        Index = index;
        Path = path;
        Cells = cells;
        Leaf = path.Count == 0 ? string.Empty : TextForms.Normalize(path[path.Count - 1]);
        GroupsNormalized = path.Take(path.Count - 1).Select(TextForms.Normalize).ToList();
        var pointerParts = cells[0].Pointer.Split('/');
        Pointer = string.Join("/", pointerParts.Take(pointerParts.Length - 1));
    }

    public int Index { get; }

    /// <summary>The official row labels, outermost first (e.g. <c>三、本年度办理结果</c>, <c>（三）不予公开</c>, <c>1.属于国家秘密</c>).</summary>
    public List<string> Path { get; }

    public string Leaf { get; }

    public List<string> GroupsNormalized { get; }

    /// <summary>The row's cells, left to right.</summary>
    public List<ReportCell> Cells { get; }

    /// <summary>The JSON Pointer of the row object, e.g. <c>/applications/newlyReceived</c>.</summary>
    public string Pointer { get; }

    public string DisplayName => string.Concat(Path);
}
