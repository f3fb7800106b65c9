using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>The document is over a size limit, damaged, or otherwise cannot be read (becomes a <see cref="ReadingRules.Damaged"/> finding).</summary>
internal sealed class DocumentDamagedException : Exception
{
    public DocumentDamagedException(string zh, string en)
        : base(en)
    {
        Zh = zh;
    }

    public string Zh { get; }
}

/// <summary>Reads a Word .docx (<c>word/document.xml</c>) into the neutral layout with the BCL's zip and XML readers.</summary>
internal static class DocxReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static bool IsDocx(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static SourceLayout Read(byte[] bytes, long maxUncompressed)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var budget = new[] { maxUncompressed };
        var layout = new SourceLayout();
        var core = zip.GetEntry("docProps/core.xml");
        if (core is not null)
        {
            layout.Title = ReadTitle(core, budget);
        }

        if (zip.GetEntry("docProps/custom.xml") is { } custom)
        {
            ReadProperties(custom, budget, layout);
        }

        var levels = zip.GetEntry("word/styles.xml") is { } styles ? ReadStyleLevels(styles, budget) : new Dictionary<string, int>(StringComparer.Ordinal);
        layout.SubHeadingStyles = levels.Values.Any(l => l > 0);
        var entry = zip.GetEntry("word/document.xml") ?? throw new DocumentDamagedException("缺少 word/document.xml", "word/document.xml is missing");
        using var stream = new BoundedStream(entry.Open(), budget);
        using var reader = XmlReader.Create(stream, Settings());
        ReadBody(reader, layout, levels);
        return layout;
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    /// <summary>The title in the document's properties, or <see langword="null"/> when there is none or it cannot be read (no reason to refuse the document).</summary>
    private static string? ReadTitle(ZipArchiveEntry core, long[] budget)
    {
        using var stream = new BoundedStream(core.Open(), budget);
        using var reader = XmlReader.Create(stream, Settings());
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title")
                {
                    return reader.ReadElementContentAsString();
                }
            }
        }
        catch (XmlException)
        {
        }
        catch (InvalidDataException)
        {
        }

        return null;
    }

    /// <summary>The custom document properties named by a JSON Pointer (<c>/metadata/agencyName</c>), with their text values.</summary>
    private static void ReadProperties(ZipArchiveEntry custom, long[] budget, SourceLayout layout)
    {
        using var stream = new BoundedStream(custom.Open(), budget);
        using var reader = XmlReader.Create(stream, Settings());
        string? name = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "property")
            {
                name = reader.GetAttribute("name");
            }
            else if (name is not null && name.StartsWith("/", StringComparison.Ordinal) && reader.LocalName is "lpwstr" or "lpstr" or "bstr")
            {
                layout.Properties[name] = reader.ReadElementContentAsString();
                name = null;
            }
        }
    }

    /// <summary>The outline level of each paragraph style that has one (Word's headings), through the styles it is based on.</summary>
    private static Dictionary<string, int> ReadStyleLevels(ZipArchiveEntry styles, long[] budget)
    {
        var direct = new Dictionary<string, int>(StringComparer.Ordinal);
        var basedOn = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var stream = new BoundedStream(styles.Open(), budget))
        using (var reader = XmlReader.Create(stream, Settings()))
        {
            string? style = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != W)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "style":
                        style = reader.GetAttribute("type", W) is null or "paragraph" ? reader.GetAttribute("styleId", W) : null;
                        break;
                    case "basedOn" when style is not null && reader.GetAttribute("val", W) is { } parent:
                        basedOn[style] = parent;
                        break;
                    case "outlineLvl" when style is not null && int.TryParse(reader.GetAttribute("val", W), out var level):
                        direct[style] = level;
                        break;
                }
            }
        }

        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var style in direct.Keys.Concat(basedOn.Keys).Distinct())
        {
            var current = style;
            for (var depth = 0; depth < 16 && current is not null; depth++)
            {
                if (direct.TryGetValue(current, out var level))
                {
                    // Level 9 is Word's "body text".
                    if (level is >= 0 and < 9)
                    {
                        levels[style] = level;
                    }

                    break;
                }

                current = basedOn.TryGetValue(current, out var parent) ? parent : null;
            }
        }

        return levels;
    }

    private static void ReadBody(XmlReader reader, SourceLayout layout, Dictionary<string, int> styleLevels)
    {
        var paragraph = new StringBuilder();
        int? paragraphLevel = null;
        int? paragraphStyleLevel = null;
        var tableDepth = 0;
        SourceTable? table = null;
        List<SourceCell>? row = null;
        var gridColumn = 0;
        StringBuilder? cell = null;
        var cellSpan = 1;
        var cellMergeContinue = false;
        var cellParagraphs = 0;
        var inText = false;

        while (reader.Read())
        {
            if (inText && reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                (cell ?? paragraph).Append(reader.Value);
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == W)
            {
                var empty = reader.IsEmptyElement;
                switch (reader.LocalName)
                {
                    case "tbl":
                        tableDepth++;
                        if (tableDepth == 1)
                        {
                            table = new SourceTable();
                        }

                        break;
                    case "tr" when tableDepth == 1:
                        row = new List<SourceCell>();
                        gridColumn = 0;
                        break;
                    case "tc" when tableDepth == 1:
                        cell = new StringBuilder();
                        cellSpan = 1;
                        cellMergeContinue = false;
                        cellParagraphs = 0;
                        if (empty)
                        {
                            EndCell();
                        }

                        break;
                    case "gridSpan" when tableDepth == 1 && cell is not null:
                        if (int.TryParse(reader.GetAttribute("val", W), out var span))
                        {
                            cellSpan = Math.Max(1, Math.Min(span, 100));
                        }

                        break;
                    case "vMerge" when tableDepth == 1 && cell is not null:
                        var val = reader.GetAttribute("val", W);
                        cellMergeContinue = val is null || val == "continue";
                        break;
                    case "p":
                        if (cell is not null && cellParagraphs++ > 0)
                        {
                            cell.Append('\n');
                        }

                        paragraphLevel = null;
                        paragraphStyleLevel = null;
                        break;
                    case "pStyle" when cell is null && tableDepth == 0:
                        paragraphStyleLevel = reader.GetAttribute("val", W) is { } styleId && styleLevels.TryGetValue(styleId, out var styleLevel) ? styleLevel : null;
                        break;
                    case "outlineLvl" when cell is null && tableDepth == 0:
                        paragraphLevel = int.TryParse(reader.GetAttribute("val", W), out var level) ? level : 9;
                        break;
                    case "t":
                        inText = !empty;
                        break;
                    case "tab" when reader.GetAttribute("pos", W) is null: // not a tab stop of the paragraph's properties
                        if (cell is null)
                        {
                            paragraph.Append('\t');
                        }
                        else
                        {
                            cell.Append(' ');
                        }

                        break;
                    case "br":
                    case "cr":
                        (cell ?? paragraph).Append('\n');
                        break;
                }

                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == W)
            {
                switch (reader.LocalName)
                {
                    case "t":
                        inText = false;
                        break;
                    case "p" when cell is null && tableDepth == 0:
                        // A Word paragraph's text is as written (line breaks and tabs kept); only its ends are trimmed.
                        var outline = paragraphLevel ?? paragraphStyleLevel;
                        layout.AddParagraph(paragraph.ToString(), outline is >= 0 and < 9 ? outline : null);
                        paragraph.Clear();
                        break;
                    case "tc" when tableDepth == 1:
                        EndCell();
                        break;
                    case "tr" when tableDepth == 1:
                        if (row is { Count: > 0 } && table is not null)
                        {
                            table.Rows.Add(row);
                        }

                        row = null;
                        break;
                    case "tbl":
                        tableDepth--;
                        if (tableDepth == 0 && table is not null)
                        {
                            layout.AddTable(table);
                            table = null;
                        }

                        break;
                }
            }
        }

        void EndCell()
        {
            if (cell is null || row is null || table is null)
            {
                cell = null;
                return;
            }

            if (!cellMergeContinue)
            {
                var lines = cell.ToString().Split('\n');
                var text = new StringBuilder();
                foreach (var line in lines)
                {
                    var clean = TextForms.Clean(line);
                    if (clean.Length > 0)
                    {
                        text.Append(text.Length > 0 ? "\n" : string.Empty).Append(clean);
                    }
                }

                row.Add(new SourceCell(text.ToString(), table.Rows.Count, gridColumn, 1, cellSpan));
            }

            gridColumn += cellSpan;
            cell = null;
        }
    }

    /// <summary>A read-only stream that stops a zip bomb: it throws once more than the shared budget of bytes has been read.</summary>
    private sealed class BoundedStream : Stream
    {
        private readonly Stream _inner;
        private readonly long[] _budget;

        public BoundedStream(Stream inner, long[] budget)
        {
            _inner = inner;
            _budget = budget;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            _budget[0] -= read;
            if (_budget[0] < 0)
            {
                throw new DocumentDamagedException("Word 文件解压后超出大小限制（可能是压缩炸弹）", "the Word file expands beyond the size limit (possibly a zip bomb)");
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
