using System;
using System.IO;
using System.Linq;
using System.Text;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>Tells the kind of a document from its bytes first and its file name second.</summary>
internal static class DocumentDetector
{
    private static readonly byte[] Ole = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    public static DocumentKind Detect(byte[] bytes, string? fileName)
    {
        if (bytes.Length == 0)
        {
            return DocumentKind.Unknown;
        }

        if (IndexOf(bytes, "%PDF-"u8.ToArray(), 1024) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            return DocxReader.IsDocx(bytes) ? DocumentKind.Docx : DocumentKind.Unknown;
        }

        if (StartsWith(bytes, Ole))
        {
            return DocumentKind.Doc;
        }

        if (LooksBinary(bytes))
        {
            return DocumentKind.Unknown;
        }

        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        var extension = fileName is null ? string.Empty : Path.GetExtension(fileName).ToLowerInvariant();
        if (head.StartsWith("<", StringComparison.Ordinal))
        {
            // <!DOCTYPE html>, <html>, <?xml …>, a fragment.
            return DocumentKind.Html;
        }

        if (head.Contains("<body") || head.Contains("<table") || head.Contains("<head") || head.Contains("<meta"))
        {
            // Markup further in: a page with something before its first tag — unless the file says it is plain text,
            // where a sentence may quote markup (a Markdown file may hold HTML tables, and is read as a page).
            return extension == ".txt" ? DocumentKind.Text : DocumentKind.Html;
        }

        switch (extension)
        {
            case ".htm":
            case ".html":
            case ".xhtml":
                return DocumentKind.Html;
            case ".md":
            case ".markdown":
                return DocumentKind.Markdown;
        }

        return head.Contains("|---") || head.Contains("| ---") || head.Contains("|:--") ? DocumentKind.Markdown : DocumentKind.Text;
    }

    /// <summary>
    /// Decodes a web page: a byte-order mark, else UTF-8 when valid (whatever the page declares: pages saved as UTF-8
    /// often still say gb2312), else the encoding a <c>&lt;meta&gt;</c> in the first 1,024 bytes declares when .NET knows it,
    /// it is neither UTF nor of the GB family and it reads every byte of the page, else GB18030 (which covers GB2312 and GBK). The parser is given the
    /// text: given the bytes, AngleSharp decodes and parses a page again at each <c>&lt;meta charset&gt;</c> that names
    /// another encoding, and a page declaring UTF-8 in its head and GBK further on made it do so without end.
    /// </summary>
    public static string DecodePage(byte[] bytes, out string encoding)
    {
        var text = DecodeText(bytes, out encoding);
        // Not valid UTF-8: a declaration of UTF-8 (or UTF-16, which a page's text cannot be) is wrong, one of the GB family is
        // what GB18030 reads already.
        if (encoding != "gb18030" || DeclaredCharset(bytes) is not { } declared || IsGb(declared) || declared.StartsWith("utf", StringComparison.Ordinal))
        {
            return text;
        }

        if (Known(declared) is not { } declaredEncoding)
        {
            return text;
        }

        // A declaration that cannot read the page's bytes (us-ascii on a page with bytes above 0x7F) is as wrong as a
        // UTF-8 one: its replacement characters would lose the text.
        var strict = (Encoding)declaredEncoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            var declaredText = strict.GetString(bytes);
            encoding = declaredEncoding.WebName;
            return declaredText;
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }

    /// <summary>The encoding of that name if .NET has it (the code pages provider's or a built-in one), without an exception for a name it does not know.</summary>
    private static Encoding? Known(string name) =>
        CodePagesEncodingProvider.Instance.GetEncoding(name)
        ?? Encoding.GetEncodings().FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))?.GetEncoding();

    private static bool IsGb(string charset) => charset is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "gb_2312-80" or "chinese" or "csgb2312" or "iso-ir-58";

    /// <summary>The charset a <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv content="…; charset=…"&gt;</c> in the first 1,024 bytes names, lower case.</summary>
    internal static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).ToLowerInvariant();
        var at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.Ordinal)) >= 0)
        {
            var end = head.IndexOf('>', at);
            var tag = end < 0 ? head.Substring(at) : head.Substring(at, end - at);
            var charset = tag.IndexOf("charset", StringComparison.Ordinal);
            if (charset >= 0)
            {
                var i = charset + "charset".Length;
                while (i < tag.Length && (tag[i] == ' ' || tag[i] == '='))
                {
                    i++;
                }

                while (i < tag.Length && (tag[i] == '"' || tag[i] == '\''))
                {
                    i++;
                }

                var start = i;
                while (i < tag.Length && (char.IsLetterOrDigit(tag[i]) || tag[i] is '-' or '_' or ':' or '.'))
                {
                    i++;
                }

                if (i > start)
                {
                    return tag.Substring(start, i - start);
                }
            }

            at += 5;
        }

        return null;
    }

    /// <summary>Decodes text: a byte-order mark, else UTF-8 when valid, else GB18030 (which covers GB2312 and GBK).</summary>
    public static string DecodeText(byte[] bytes, out string encoding)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encoding = "utf-8";
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var unicode = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            encoding = unicode.WebName;
            return unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            encoding = "utf-8";
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encoding = "gb18030";
            return Encoding.GetEncoding("gb18030").GetString(bytes);
        }
    }

    private static bool LooksBinary(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return false;
        }

        var length = Math.Min(bytes.Length, 8192);
        var control = 0;
        for (var i = 0; i < length; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')
            {
                control++;
            }
        }

        return control > length / 50;
    }

    private static bool StartsWith(byte[] bytes, byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(byte[] bytes, byte[] needle, int limit)
    {
        var end = Math.Min(bytes.Length - needle.Length, limit);
        for (var i = 0; i <= end; i++)
        {
            var found = true;
            for (var j = 0; j < needle.Length; j++)
            {
                if (bytes[i + j] != needle[j])
                {
                    found = false;
                    break;
                }
            }

            if (found)
            {
                return i;
            }
        }

        return -1;
    }
}
