using System.Collections.Generic;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>
/// The neutral form every source is read into: blocks in document order, each a paragraph of text or
/// a table as rows of cells. A cell spanning several rows appears only in the first row it spans (as in
/// HTML), so a data row's cells are its own label cells followed by its value cells.
/// </summary>
internal sealed class SourceLayout
{
    public List<SourceBlock> Blocks { get; } = new();

    /// <summary>Text that names the document (the HTML title, the PDF title), if any.</summary>
    public string? Title { get; set; }

    /// <summary>A publication date stated in the document's metadata (e.g. HTML <c>PubDate</c>), if any.</summary>
    public string? DateText { get; set; }

    /// <summary>
    /// Document properties that name a member of the report by its JSON Pointer (a Word document's custom properties,
    /// e.g. <c>/metadata/agencyName</c>), with their values as written.
    /// </summary>
    public Dictionary<string, string> Properties { get; } = new(System.StringComparer.Ordinal);

    public int TableCount { get; set; }

    /// <summary>
    /// Whether the document marks its narrative explicitly (a document this library wrote: <c>data-narrative</c> in a web
    /// page, headings in structured text): then marked blocks are taken as they are, and headings are only those marked.
    /// </summary>
    public bool Explicit { get; set; }

    /// <summary>Adds a paragraph whose text is exact (nothing trimmed, empty kept) and whose role the document states.</summary>
    public void AddMarked(string text, BlockKind kind)
    {
        Explicit = true;
        Blocks.Add(new SourceBlock(text, null, kind));
    }

    /// <summary>Whether the document defines a paragraph style for headings below the top level (a Word document's styles).</summary>
    public bool SubHeadingStyles { get; set; }

    /// <summary>Adds a paragraph (trimmed; nothing for white space alone), with the outline level its document gives it, if any.</summary>
    public void AddParagraph(string text, int? outlineLevel = null)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Blocks.Add(new SourceBlock(text.Trim(), null) { OutlineLevel = outlineLevel });
        }
    }

    public void AddTable(SourceTable table)
    {
        if (table.Rows.Count > 0)
        {
            table.Index = TableCount++;
            Blocks.Add(new SourceBlock(null, table));
        }
    }
}

/// <summary>What a paragraph is, where the document says so.</summary>
internal enum BlockKind
{
    /// <summary>Not stated: told from the text (headings by their numbering, sections by their labels).</summary>
    Unknown,

    /// <summary>A paragraph's heading (a sub-heading such as （一）主动公开情况), exactly as written.</summary>
    Heading,

    /// <summary>A paragraph's text, exactly as written.</summary>
    Text,
}

/// <summary>A paragraph (<see cref="Text"/>) or a table (<see cref="Table"/>).</summary>
internal sealed class SourceBlock
{
    public SourceBlock(string? text, SourceTable? table, BlockKind kind = BlockKind.Unknown)
    {
        Text = text;
        Table = table;
        Kind = kind;
    }

    public string? Text { get; }

    public BlockKind Kind { get; }

    public SourceTable? Table { get; }

    /// <summary>
    /// The outline level a Word document gives the paragraph (0 for a top heading), from the paragraph or its style;
    /// <see langword="null"/> for body text and for sources that do not mark headings.
    /// </summary>
    public int? OutlineLevel { get; init; }
}

internal sealed class SourceTable
{
    public int Index { get; set; }

    public List<List<SourceCell>> Rows { get; } = new();
}

/// <summary>A rectangle on a PDF page, in points from the page's bottom-left corner.</summary>
internal readonly struct Box
{
    public Box(double left, double bottom, double right, double top)
    {
        Left = left;
        Bottom = bottom;
        Right = right;
        Top = top;
    }

    public double Left { get; }

    public double Bottom { get; }

    public double Right { get; }

    public double Top { get; }
}

internal sealed class SourceCell
{
    public SourceCell(string text, int row, int column, int rowSpan = 1, int columnSpan = 1)
    {
        Text = text;
        Row = row;
        Column = column;
        RowSpan = rowSpan;
        ColumnSpan = columnSpan;
    }

    /// <summary>The text as printed (line breaks inside the cell kept as <c>\n</c>).</summary>
    public string Text { get; }

    /// <summary>Row index in the source table (0-based).</summary>
    public int Row { get; }

    /// <summary>Column index in the source table's expanded grid (0-based).</summary>
    public int Column { get; }

    public int RowSpan { get; }

    public int ColumnSpan { get; }

    public int? Page { get; set; }

    public Box? Box { get; set; }
}
