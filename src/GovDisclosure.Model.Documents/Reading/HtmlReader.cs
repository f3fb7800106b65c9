using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>Reads a web page into the neutral layout with AngleSharp (HTML5 parsing of the text <see cref="DocumentDetector.DecodePage"/> decodes).</summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "svg", "select", "option", "button", "textarea",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "blockquote",
        "pre", "dd", "dt", "dl", "center", "form", "main", "nav", "aside", "table", "tr", "td", "th", "caption", "address", "br", "hr",
    };

    /// <summary>Deeper elements than this are not built (AngleSharp's own limit): 100,000 nested tags stay bounded.</summary>
    internal const int MaximumDepth = 512;

    /// <summary>Pages nested deeper than this are refused before parsing (real report pages nest a few dozen deep).</summary>
    internal const int MaximumNesting = 1024;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "td", "th", "tr", "option", "!doctype",
    };

    public static SourceLayout Read(byte[] bytes, out string? encoding)
    {
        var depth = NestingDepth(bytes);
        if (depth > MaximumNesting)
        {
            throw new DocumentDamagedException(
                $"网页的标签嵌套过深（超过 {MaximumNesting} 层），不予读取",
                $"the page nests its tags too deeply (more than {MaximumNesting} levels) to be read");
        }

        var parser = new HtmlParser(new HtmlParserOptions { MaximumDepth = MaximumDepth, SkipComments = true, IsNotSupportingFrames = true });
        using var document = parser.ParseDocument(DocumentDetector.DecodePage(bytes, out var decodedWith));
        encoding = decodedWith;
        return Read(document);
    }

    public static SourceLayout Read(IHtmlDocument document)
    {
        var layout = new SourceLayout();
        var article = document.QuerySelector("meta[name=ArticleTitle]")?.GetAttribute("content");
        layout.Title = !string.IsNullOrWhiteSpace(article) ? article : document.Title;
        layout.DateText = document.QuerySelector("meta[name=PubDate]")?.GetAttribute("content")
            ?? document.QuerySelector("meta[name=publishdate]")?.GetAttribute("content");

        var body = (IElement?)document.Body ?? document.DocumentElement;
        if (body is null)
        {
            return layout;
        }

        var leafTables = body.QuerySelectorAll("table").Where(t => t.QuerySelector("table") is null).ToList();
        var root = ContentRoot(body, leafTables);
        Walk(root, layout);
        return layout;
    }

    /// <summary>
    /// The deepest nesting of start tags, by a linear scan of the bytes (comments, scripts and styles skipped;
    /// void and implicitly closed elements not counted). Guards the parser, whose scope checks grow with depth.
    /// </summary>
    internal static int NestingDepth(byte[] bytes)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] != '<' || i + 1 >= bytes.Length)
            {
                i++;
                continue;
            }

            if (bytes[i + 1] == '!' && i + 3 < bytes.Length && bytes[i + 2] == '-' && bytes[i + 3] == '-')
            {
                i = Skip(bytes, i + 4, "-->");
                continue;
            }

            var closing = bytes[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < bytes.Length && (IsNameByte(bytes[end]) || (end == start && bytes[end] == '!')))
            {
                end++;
            }

            if (end == start)
            {
                i++;
                continue;
            }

            var name = Encoding.ASCII.GetString(bytes, start, Math.Min(end - start, 16)).ToLowerInvariant();
            var close = Skip(bytes, end, ">");
            var selfClosing = close >= 2 && bytes[close - 2] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - (NotNesting.Contains(name) ? 0 : 1));
            }
            else if (!selfClosing && !NotNesting.Contains(name))
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                if (name is "script" or "style" or "textarea" or "title")
                {
                    close = Skip(bytes, close, "</" + name);
                    depth--;
                }
            }

            i = close;
        }

        return deepest;
    }

    private static bool IsNameByte(byte b) => (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == ':';

    /// <summary>The index just past the next occurrence of <paramref name="marker"/> (ASCII, case-insensitive), or the end.</summary>
    private static int Skip(byte[] bytes, int from, string marker)
    {
        for (var i = from; i <= bytes.Length - marker.Length; i++)
        {
            var match = true;
            for (var j = 0; j < marker.Length; j++)
            {
                if (char.ToLowerInvariant((char)bytes[i + j]) != marker[j])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return i + marker.Length;
            }
        }

        return bytes.Length;
    }

    /// <summary>The smallest element holding every data table and the report's first heading (site chrome stays outside).</summary>
    private static IElement ContentRoot(IElement body, List<IElement> tables)
    {
        if (tables.Count == 0)
        {
            return body;
        }

        IElement? root = tables[0];
        foreach (var table in tables.Skip(1))
        {
            while (root is not null && !root.Contains(table))
            {
                root = root.ParentElement;
            }
        }

        // The lowest of root and its ancestors below body whose text mentions the overview. An element's text
        // holds its children's, so the mention, once there, stays all the way up: a binary search finds it
        // with a few texts built rather than one for every level (pages nest hundreds of levels deep).
        var chain = new List<IElement>();
        for (var element = root; element is not null && element != body; element = element.ParentElement)
        {
            chain.Add(element);
        }

        var low = 0;
        var high = chain.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (MentionsOverview(chain[middle].TextContent))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < chain.Count ? chain[low] : body;
    }

    private static bool MentionsOverview(string text) =>
        text.IndexOf("总体情况", StringComparison.Ordinal) >= 0 || TextForms.Normalize(text).IndexOf("总体情况", StringComparison.Ordinal) >= 0;

    private static void Walk(IElement root, SourceLayout layout)
    {
        var paragraph = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (exit)
                {
                    if (BlockElements.Contains(name))
                    {
                        Flush(paragraph, layout);
                    }

                    continue;
                }

                if (Skipped.Contains(name) || IsHidden(element))
                {
                    continue;
                }

                if (element is IHtmlTableElement table && element.QuerySelector("table") is null)
                {
                    Flush(paragraph, layout);
                    layout.AddTable(ReadTable(table, exact: element.HasAttribute("data-table")));
                    continue;
                }

                if (element.GetAttribute("data-narrative") is { } role && (role == "heading" || role == "text"))
                {
                    // A paragraph written by this library: its text exactly, a <br> a line break.
                    Flush(paragraph, layout);
                    layout.AddMarked(ExactText(element), role == "heading" ? BlockKind.Heading : BlockKind.Text);
                    continue;
                }

                if (BlockElements.Contains(name))
                {
                    Flush(paragraph, layout);
                }

                stack.Push((element, true));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node is IText text && !exit)
            {
                paragraph.Append(text.Data);
            }
        }

        Flush(paragraph, layout);
    }

    private static bool IsHidden(IElement element)
    {
        var style = element.GetAttribute("style");
        return style is not null && style.IndexOf("none", StringComparison.OrdinalIgnoreCase) >= 0
            && style.Replace(" ", string.Empty).IndexOf("display:none", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static void Flush(StringBuilder paragraph, SourceLayout layout)
    {
        if (paragraph.Length > 0)
        {
            layout.AddParagraph(TextForms.Clean(paragraph.ToString()));
            paragraph.Clear();
        }
    }

    private static SourceTable ReadTable(IHtmlTableElement table, bool exact)
    {
        var result = new SourceTable();
        var occupied = new List<int>(); // per grid column: the row index until which it is covered by a row span
        var rowIndex = 0;
        foreach (var row in table.Rows)
        {
            var cells = new List<SourceCell>();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                while (column < occupied.Count && occupied[column] > rowIndex)
                {
                    column++;
                }

                var colSpan = Math.Max(1, Math.Min(cell.ColumnSpan, 100));
                var rowSpan = Math.Max(1, Math.Min(cell.RowSpan, 1000));
                cells.Add(new SourceCell(exact ? ExactText(cell) : CellText(cell), rowIndex, column, rowSpan, colSpan));
                for (var c = column; c < column + colSpan; c++)
                {
                    while (occupied.Count <= c)
                    {
                        occupied.Add(0);
                    }

                    occupied[c] = rowIndex + rowSpan;
                }

                column += colSpan;
            }

            result.Rows.Add(cells);
            rowIndex++;
        }

        return result;
    }

    /// <summary>An element's text exactly as its text nodes hold it, each <c>&lt;br&gt;</c> a line break (for what this library writes).</summary>
    private static string ExactText(IElement element)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
            }
            else if (node is IElement e)
            {
                if (e.LocalName == "br")
                {
                    text.Append('\n');
                    continue;
                }

                if (e != element && Skipped.Contains(e.LocalName))
                {
                    continue;
                }

                for (var child = e.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(child);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A cell's text: line breaks where the page breaks lines, other whitespace collapsed.</summary>
    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((cell, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (exit || name == "br")
                {
                    if (element != cell && (name == "br" || name == "p" || name == "div"))
                    {
                        text.Append('\n');
                    }

                    continue;
                }

                if (Skipped.Contains(name))
                {
                    continue;
                }

                stack.Push((element, true));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node is IText t && !exit)
            {
                text.Append(t.Data);
            }
        }

        var lines = text.ToString().Split('\n').Select(TextForms.Clean).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}
