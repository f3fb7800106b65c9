using System;
using System.Collections.Immutable;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using GovDisclosure.Model.Documents.Reading;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Documents;

/// <summary>
/// Reads an annual report as it is published — a web page, a PDF, a Word .docx, plain text or Markdown —
/// into the model, with findings, per-cell provenance and the source. Detects the kind of document from
/// its bytes first and its file name second. Never throws for any input bytes: a document that holds no
/// report, or cannot be read, gives a result without a report and an error finding. Thread-safe.
/// </summary>
public static class PublishedReport
{
    static PublishedReport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Tells what kind of document the bytes are, from the bytes first and the file name second, without reading
    /// it (for a host that must choose between this reader and a JSON reader).
    /// </summary>
    /// <param name="document">The document's bytes, or at least its first 8 KiB (a zip needs all of it to tell a .docx).</param>
    /// <param name="fileName">The file name, or <see langword="null"/>.</param>
    /// <returns>The kind; <see cref="DocumentKind.Unknown"/> for empty or unrecognised bytes.</returns>
    public static DocumentKind Detect(byte[] document, string? fileName = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return DocumentDetector.Detect(document, fileName is null ? null : Path.GetFileName(fileName));
    }

    /// <summary>Reads a published report from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="PublishedReportOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PublishedReportResult ReadFile(string path, PublishedReportOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.OpenRead(path);
        return ReadStream(stream, Path.GetFileName(path), options);
    }

    /// <summary>Reads a published report from a stream (read to its end, up to <see cref="PublishedReportOptions.MaxDocumentBytes"/>).</summary>
    /// <param name="document">The document's bytes.</param>
    /// <param name="fileName">The file name, used when the bytes do not tell the kind (e.g. <c>.md</c>), or <see langword="null"/>.</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="PublishedReportOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PublishedReportResult ReadStream(Stream document, string? fileName = null, PublishedReportOptions? options = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        options ??= PublishedReportOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = document.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxDocumentBytes)
            {
                return TooLarge(buffer.ToArray(), fileName, options, complete: false);
            }
        }

        return Read(buffer.ToArray(), fileName, options);
    }

    /// <summary>Reads a published report from its bytes.</summary>
    /// <param name="document">The document's bytes.</param>
    /// <param name="fileName">The file name, used when the bytes do not tell the kind (e.g. <c>.md</c>), or <see langword="null"/>.</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="PublishedReportOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    public static PublishedReportResult Read(byte[] document, string? fileName = null, PublishedReportOptions? options = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        options ??= PublishedReportOptions.Default;
        fileName = fileName is null ? null : Path.GetFileName(fileName);
        if (document.LongLength > options.MaxDocumentBytes)
        {
            return TooLarge(document, fileName, options, complete: true);
        }

        var kind = DocumentDetector.Detect(document, fileName);
        string? encoding = null;
        SourceLayout? layout = null;
        Finding? failure = null;
        try
        {
            switch (kind)
            {
                case DocumentKind.Html:
                    layout = HtmlReader.Read(document, out encoding);
                    break;
                case DocumentKind.Docx:
                    layout = DocxReader.Read(document, options.MaxUncompressedBytes);
                    break;
                case DocumentKind.Pdf:
                    layout = PdfReader.Read(document, options.MaxPdfPages);
                    break;
                case DocumentKind.Text:
                case DocumentKind.Markdown:
                    var text = DocumentDetector.DecodeText(document, out encoding);
                    layout = StructuredTextReader.TryRead(text) ?? PlainTextReader.Read(text, kind == DocumentKind.Markdown);
                    break;
                case DocumentKind.Doc:
                    failure = ReadingRules.Create(
                        ReadingRules.Unsupported,
                        string.Empty,
                        "这是旧版 Word 97–2003 文件（.doc），无法直接读取；请先转换为 .docx，例如 soffice --headless --convert-to docx 文件名（Debian 软件包 libreoffice-writer-nogui）",
                        "this is a legacy Word 97–2003 file (.doc), which cannot be read directly; convert it to .docx first, e.g. soffice --headless --convert-to docx FILE (Debian package libreoffice-writer-nogui)");
                    break;
                default:
                    failure = ReadingRules.Create(
                        ReadingRules.Unsupported,
                        string.Empty,
                        document.Length == 0 ? "文件为空" : "无法识别的文件：不是网页、PDF、Word（.docx）或文本",
                        document.Length == 0 ? "the file is empty" : "unrecognised document: not a web page, PDF, Word (.docx) or text");
                    break;
            }
        }
        catch (PdfNoTextException)
        {
            failure = ReadingRules.Create(ReadingRules.NoText, string.Empty, "PDF 没有文字层（图片版），无法读取表格；不做文字识别（OCR）", "the PDF has no text layer (an image-only PDF), so its tables cannot be read; no OCR is done");
        }
        catch (DocumentDamagedException ex)
        {
            failure = ReadingRules.Create(ReadingRules.Damaged, string.Empty, ex.Zh, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failure = ReadingRules.Create(
                ReadingRules.Damaged,
                string.Empty,
                $"文件无法读取（{KindName(kind)}）：{ex.Message}",
                $"the {KindName(kind)} document cannot be read: {ex.Message}");
        }

        var source = Source(document, fileName, kind, encoding);
        if (layout is null)
        {
            return new PublishedReportResult(null, ImmutableArray.Create(failure!), ImmutableArray<Finding>.Empty, ImmutableArray<CellProvenance>.Empty, ImmutableArray<ExtraRow>.Empty, source);
        }

        var (report, findings, cells, extras) = ReportMapper.Map(layout, options);
        var validation = report is null
            ? ImmutableArray<Finding>.Empty
            : ReportValidator.Validate(report, options.PreviousReport, options.Validation).Findings.Items;
        return new PublishedReportResult(report, findings, validation, cells, extras, source);
    }

    private static PublishedReportResult TooLarge(byte[] document, string? fileName, PublishedReportOptions options, bool complete)
    {
        var finding = ReadingRules.Create(
            ReadingRules.Damaged,
            string.Empty,
            $"文件超过 {options.MaxDocumentBytes} 字节的大小限制",
            $"the document is larger than the limit of {options.MaxDocumentBytes} bytes");
        var source = Source(document, fileName, complete ? DocumentDetector.Detect(document, fileName) : DocumentKind.Unknown, null);
        return new PublishedReportResult(null, ImmutableArray.Create(finding), ImmutableArray<Finding>.Empty, ImmutableArray<CellProvenance>.Empty, ImmutableArray<ExtraRow>.Empty, source);
    }

    private static DocumentSource Source(byte[] document, string? fileName, DocumentKind kind, string? encoding)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(document);
        var hex = new StringBuilder(64);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return new DocumentSource { Kind = kind, FileName = fileName, Sha256 = hex.ToString(), Length = document.LongLength, Encoding = encoding?.ToLowerInvariant() };
    }

    private static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Html => "HTML",
        DocumentKind.Pdf => "PDF",
        DocumentKind.Docx => "Word (.docx)",
        _ => kind.ToString(),
    };
}
