using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>The PDF has no letters at all (an image-only PDF).</summary>
internal sealed class PdfNoTextException : Exception
{
    public PdfNoTextException()
        : base("The PDF has no text layer.")
    {
    }
}

/// <summary>
/// Reads a PDF's text layer with PdfPig and rebuilds its tables from the drawn ruling lines: the lines
/// are clustered into tables, their distinct x and y positions give the grid, a missing line between two
/// grid cells merges them, and each letter goes to the cell holding its centre. Text outside tables
/// becomes paragraphs.
/// </summary>
internal static class PdfReader
{
    private const double Tolerance = 2.0;
    private const int MaxSegmentsPerPage = 4000;

    /// <summary>
    /// The most cells a grid of ruling lines may have to be read as a table (a report's largest table has a few
    /// hundred): a page ruled as a finer mesh is no report table, and is read as text.
    /// </summary>
    internal const int MaxGridCells = 10_000;

    /// <summary>
    /// The most ruling lines looked at in one document (a report has a few thousand; clustering them costs the
    /// square of a page's count): past it, the remaining pages are read as text.
    /// </summary>
    internal const int MaxSegmentsPerDocument = 40_000;

    /// <summary>The most table cells built in one document (a report has under a thousand): past it, the remaining pages are read as text.</summary>
    internal const int MaxTableCellsPerDocument = 20_000;

    public static SourceLayout Read(byte[] bytes, int maxPages)
    {
        var layout = new SourceLayout();
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (document.IsEncrypted)
        {
            throw new DocumentDamagedException("PDF 已加密", "the PDF is encrypted");
        }

        try
        {
            layout.Title = document.Information.Title;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            layout.Title = null;
        }

        var letterCount = 0;
        var budget = new TableBudget();
        var pages = Math.Min(document.NumberOfPages, Math.Max(1, maxPages));
        for (var number = 1; number <= pages; number++)
        {
            var page = document.GetPage(number);
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            letterCount += letters.Count;
            ReadPage(page, number, letters, layout, budget);
        }

        if (letterCount == 0)
        {
            throw new PdfNoTextException();
        }

        return layout;
    }

    private readonly struct Segment
    {
        public Segment(bool horizontal, double at, double from, double to)
        {
            Horizontal = horizontal;
            At = at;
            From = Math.Min(from, to);
            To = Math.Max(from, to);
        }

        public bool Horizontal { get; }

        /// <summary>y of a horizontal segment, x of a vertical one.</summary>
        public double At { get; }

        public double From { get; }

        public double To { get; }

        public bool Covers(double at, double position) => Math.Abs(At - at) <= Tolerance && position >= From - Tolerance && position <= To + Tolerance;
    }

    private static List<Segment> Segments(Page page)
    {
        var segments = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                var box = subpath.GetBoundingRectangle();
                if (box is not { } r)
                {
                    continue;
                }

                var width = r.Right - r.Left;
                var height = r.Top - r.Bottom;
                if (width <= 3 && height > 3)
                {
                    segments.Add(new Segment(false, (r.Left + r.Right) / 2, r.Bottom, r.Top));
                }
                else if (height <= 3 && width > 3)
                {
                    segments.Add(new Segment(true, (r.Bottom + r.Top) / 2, r.Left, r.Right));
                }
                else if (width > 3 && height > 3 && path.IsStroked && !path.IsFilled)
                {
                    segments.Add(new Segment(true, r.Bottom, r.Left, r.Right));
                    segments.Add(new Segment(true, r.Top, r.Left, r.Right));
                    segments.Add(new Segment(false, r.Left, r.Bottom, r.Top));
                    segments.Add(new Segment(false, r.Right, r.Bottom, r.Top));
                }

                if (segments.Count > MaxSegmentsPerPage)
                {
                    return segments;
                }
            }
        }

        return segments;
    }

    private static void ReadPage(Page page, int number, List<Letter> letters, SourceLayout layout, TableBudget budget)
    {
        var grids = new List<Grid>();
        if (budget.Segments < MaxSegmentsPerDocument && budget.Cells < MaxTableCellsPerDocument)
        {
            var segments = Segments(page);
            budget.Segments += segments.Count;
            foreach (var grid in Grids(segments))
            {
                budget.Cells += (grid.Xs.Count - 1) * (grid.Ys.Count - 1);
                if (budget.Cells > MaxTableCellsPerDocument)
                {
                    break;
                }

                grids.Add(grid);
            }
        }

        var placed = new bool[letters.Count];
        var items = new List<(double Top, SourceTable? Table, string? Text, bool Continues)>();
        foreach (var grid in grids)
        {
            var table = grid.Build(letters, placed, number);
            if (table.Rows.Count > 0)
            {
                items.Add((grid.Ys[0], table, null, false));
            }
        }

        var free = letters.Where((_, i) => !placed[i]).ToList();
        foreach (var paragraph in Paragraphs(free))
        {
            items.Add(paragraph);
        }

        var first = true;
        foreach (var item in items.OrderByDescending(i => i.Top))
        {
            if (item.Table is not null)
            {
                layout.AddTable(item.Table);
            }
            else if (first && item.Continues && layout.Blocks.Count > 0 && layout.Blocks[layout.Blocks.Count - 1].Text is { } previous && !EndsSentence(previous))
            {
                // A paragraph running on from the previous page.
                layout.Blocks[layout.Blocks.Count - 1] = new SourceBlock(previous + item.Text, null);
            }
            else
            {
                layout.AddParagraph(item.Text!);
            }

            first = false;
        }
    }

    /// <summary>What the table finding has spent so far in one document.</summary>
    private sealed class TableBudget
    {
        public int Segments { get; set; }

        public int Cells { get; set; }
    }

    /// <summary>Clusters the segments into connected tables, each with at least two lines each way.</summary>
    private static List<Grid> Grids(List<Segment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                var a = segments[i];
                var b = segments[j];
                bool touch;
                if (a.Horizontal != b.Horizontal)
                {
                    var h = a.Horizontal ? a : b;
                    var v = a.Horizontal ? b : a;
                    touch = v.At >= h.From - Tolerance && v.At <= h.To + Tolerance && h.At >= v.From - Tolerance && h.At <= v.To + Tolerance;
                }
                else
                {
                    touch = Math.Abs(a.At - b.At) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
                }

                if (touch)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return segments.Select((s, i) => (s, Root: Find(i)))
            .GroupBy(p => p.Root)
            .Select(g => g.Select(p => p.s).ToList())
            .Where(g => g.Count(s => s.Horizontal) >= 2 && g.Count(s => !s.Horizontal) >= 2)
            .Select(g => new Grid(g))
            .Where(g => g.Xs.Count >= 2 && g.Ys.Count >= 2 && (long)(g.Xs.Count - 1) * (g.Ys.Count - 1) <= MaxGridCells)
            .ToList();
    }

    private static List<double> Distinct(IEnumerable<double> values, bool descending)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var result = new List<double>();
        foreach (var v in sorted)
        {
            if (result.Count == 0 || v - result[result.Count - 1] > Tolerance)
            {
                result.Add(v);
            }
        }

        if (descending)
        {
            result.Reverse();
        }

        return result;
    }

    private sealed class Grid
    {
        private readonly List<Segment> _segments;

        public Grid(List<Segment> segments)
        {
            _segments = segments;
            // Vertical lines running past the last horizontal line (a table cut by a page break has no bottom
            // line) close the grid there; likewise horizontal lines running past the outer vertical lines.
            var verticals = segments.Where(s => !s.Horizontal).ToList();
            var horizontals = segments.Where(s => s.Horizontal).ToList();
            Xs = Distinct(verticals.Select(s => s.At).Concat(new[] { horizontals.Min(s => s.From), horizontals.Max(s => s.To) }), descending: false);
            Ys = Distinct(horizontals.Select(s => s.At).Concat(new[] { verticals.Min(s => s.From), verticals.Max(s => s.To) }), descending: true);
        }

        /// <summary>Column edges, left to right.</summary>
        public List<double> Xs { get; }

        /// <summary>Row edges, top to bottom.</summary>
        public List<double> Ys { get; }

        public SourceTable Build(List<Letter> letters, bool[] placed, int page)
        {
            var rows = Ys.Count - 1;
            var columns = Xs.Count - 1;
            var parent = new int[rows * columns];
            for (var i = 0; i < parent.Length; i++)
            {
                parent[i] = i;
            }

            int Find(int i)
            {
                while (parent[i] != i)
                {
                    parent[i] = parent[parent[i]];
                    i = parent[i];
                }

                return i;
            }

            // The lines at each inner edge, so that each cell looks at a few lines rather than at all of them.
            var atX = Xs.Select(x => _segments.Where(s => !s.Horizontal && Math.Abs(s.At - x) <= Tolerance).ToList()).ToList();
            var atY = Ys.Select(y => _segments.Where(s => s.Horizontal && Math.Abs(s.At - y) <= Tolerance).ToList()).ToList();
            for (var r = 0; r < rows; r++)
            {
                var midY = (Ys[r] + Ys[r + 1]) / 2;
                for (var c = 0; c < columns; c++)
                {
                    var midX = (Xs[c] + Xs[c + 1]) / 2;
                    if (c + 1 < columns && !atX[c + 1].Any(s => s.Covers(Xs[c + 1], midY)))
                    {
                        parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                    }

                    if (r + 1 < rows && !atY[r + 1].Any(s => s.Covers(Ys[r + 1], midX)))
                    {
                        parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
                    }
                }
            }

            var cells = new Dictionary<int, (int MinR, int MinC, int MaxR, int MaxC, List<Letter> Letters)>();
            for (var i = 0; i < parent.Length; i++)
            {
                var root = Find(i);
                var (r, c) = (i / columns, i % columns);
                cells[root] = cells.TryGetValue(root, out var cell)
                    ? (Math.Min(cell.MinR, r), Math.Min(cell.MinC, c), Math.Max(cell.MaxR, r), Math.Max(cell.MaxC, c), cell.Letters)
                    : (r, c, r, c, new List<Letter>());
            }

            for (var i = 0; i < letters.Count; i++)
            {
                if (placed[i])
                {
                    continue;
                }

                var box = letters[i].BoundingBox;
                var x = (box.Left + box.Right) / 2;
                var y = (box.Bottom + box.Top) / 2;
                if (x < Xs[0] || x > Xs[Xs.Count - 1] || y > Ys[0] || y < Ys[Ys.Count - 1])
                {
                    continue;
                }

                var c = 0;
                while (c < columns - 1 && x > Xs[c + 1])
                {
                    c++;
                }

                var r = 0;
                while (r < rows - 1 && y < Ys[r + 1])
                {
                    r++;
                }

                cells[Find(r * columns + c)].Letters.Add(letters[i]);
                placed[i] = true;
            }

            var table = new SourceTable();
            foreach (var row in cells.Values.GroupBy(c => c.MinR).OrderBy(g => g.Key))
            {
                var list = new List<SourceCell>();
                foreach (var cell in row.OrderBy(c => c.MinC))
                {
                    list.Add(new SourceCell(TextOf(cell.Letters), table.Rows.Count, cell.MinC, cell.MaxR - cell.MinR + 1, cell.MaxC - cell.MinC + 1)
                    {
                        Page = page,
                        Box = new Box(Xs[cell.MinC], Ys[cell.MaxR + 1], Xs[cell.MaxC + 1], Ys[cell.MinR]),
                    });
                }

                if (list.Any(c => c.Text.Length > 0))
                {
                    table.Rows.Add(list);
                }
            }

            return table;
        }
    }

    /// <summary>Letters as lines (by baseline, top to bottom), each line's letters left to right.</summary>
    private static List<List<Letter>> Lines(List<Letter> letters)
    {
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var size = Math.Max(letter.BoundingBox.Top - letter.BoundingBox.Bottom, 4);
            var line = lines.Count > 0 ? lines[lines.Count - 1] : null;
            if (line is not null && Math.Abs(line[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size * 0.4)
            {
                line.Add(letter);
            }
            else
            {
                lines.Add(new List<Letter> { letter });
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        }

        return lines;
    }

    private static string LineText(List<Letter> line)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in line)
        {
            if (previous is not null)
            {
                var gap = letter.BoundingBox.Left - previous.BoundingBox.Right;
                var width = Math.Max(previous.BoundingBox.Right - previous.BoundingBox.Left, 1);
                var latin = IsLatin(previous.Value) && IsLatin(letter.Value);
                if ((latin && gap > width * 0.5) || gap > Math.Max(width, previous.PointSize * 0.5) * 3)
                {
                    text.Append(' ');
                }
            }

            text.Append(letter.Value);
            previous = letter;
        }

        return text.ToString();
    }

    private static bool IsLatin(string value) => value.Length > 0 && value[0] < 0x80 && char.IsLetter(value[0]);

    private static string TextOf(List<Letter> letters) =>
        string.Join("\n", Lines(letters).Select(LineText).Select(TextForms.Clean).Where(l => l.Length > 0));

    /// <summary>Free text as paragraphs: a new paragraph starts at an indented line, after a short line, or at a heading.</summary>
    private static IEnumerable<(double Top, SourceTable? Table, string? Text, bool Continues)> Paragraphs(List<Letter> letters)
    {
        var lines = Lines(letters);
        if (lines.Count == 0)
        {
            yield break;
        }

        var left = lines.Min(l => l[0].BoundingBox.Left);
        var right = lines.Max(l => l[l.Count - 1].BoundingBox.Right);
        var current = new StringBuilder();
        var top = 0.0;
        var continues = false;
        double? previousEnd = null;
        foreach (var line in lines)
        {
            var text = TextForms.Clean(LineText(line));
            if (text.Length == 0 || IsPageNumber(text))
            {
                continue;
            }

            var size = Math.Max(line[0].BoundingBox.Top - line[0].BoundingBox.Bottom, 6);
            var start = line[0].BoundingBox.Left;
            var end = line[line.Count - 1].BoundingBox.Right;
            var breaks = current.Length == 0
                || start > left + size * 1.5
                || (previousEnd is { } e && e < right - size * 2)
                || HeadingStart(text);
            if (breaks && current.Length > 0)
            {
                yield return (top, null, current.ToString(), continues);
                current.Clear();
            }

            if (current.Length == 0)
            {
                top = line[0].BoundingBox.Top;
                continues = previousEnd is null && start <= left + size * 1.5 && !HeadingStart(text);
            }

            current.Append(text);
            previousEnd = end;
        }

        if (current.Length > 0)
        {
            yield return (top, null, current.ToString(), continues);
        }
    }

    private static bool HeadingStart(string text) =>
        text.Length > 1 && ("一二三四五六七八九十".IndexOf(text[0]) >= 0 && text[1] == '、' || text[0] == '（' && text.Length > 2 && "一二三四五六七八九十".IndexOf(text[1]) >= 0);

    private static bool EndsSentence(string text) => text.Length > 0 && "。；！？：:;!?".IndexOf(text[text.Length - 1]) >= 0;

    private static bool IsPageNumber(string text) => text.Trim('-', '—', ' ', '第', '页').All(char.IsDigit);
}
