using System;
using System.IO;
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
