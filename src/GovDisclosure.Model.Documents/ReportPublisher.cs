using System;
using System.IO;
using System.Text;
using GovDisclosure.Model.Documents.Writing;

namespace GovDisclosure.Model.Documents;

/// <summary>
/// Publishes a report in the official layout — a web page, a Word document, Markdown or plain text — with the title,
/// the six section headings, the narrative and tables 二, 三 and 四 as the format prints them. What is written reads back
/// with <see cref="PublishedReport"/> as the same report. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Every document carries the metadata as printed lines under the title (发布机关, 发布日期, 行政区划代码, 来源网址, each when
/// the report has it; the report year is in the title), a web page also as <c>&lt;meta&gt;</c> (<c>ArticleTitle</c>,
/// <c>ContentSource</c>, <c>PubDate</c>, <c>Url</c>). Section 六's fee facts, when the report has them, are a small table
/// under its paragraphs.
/// </para>
/// <para>
/// A value cell prints its number; a cell the source notes call blank and that holds 0 prints blank; a cell with a
/// <see cref="CellNote.SourceText"/> prints that text when it reads back as the same value and note (<c>22（其中修订16件）</c>),
/// else the number with its <see cref="CellNote.Annotation"/> in brackets. A paragraph with neither heading nor text is
/// not printed. Reading a document back gives the same report but for these: such empty paragraphs, source notes that do
/// not agree with their cell's value, an annotation on 采购总金额 (which keeps its unit instead), and white space in the
/// agency name, which reads back as on a page (runs made one space, none beside Chinese characters).
/// </para>
/// </remarks>
public static class ReportPublisher
{
    /// <summary>Writes a report to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="format">The kind of document.</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="PublishOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not one of <see cref="PublishFormat"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The report holds text no document can carry (U+0000, or a lone UTF-16 surrogate; for <see cref="PublishFormat.Docx"/>
    /// also a control character other than tab and line breaks, which XML cannot hold). Nothing is written then.
    /// </exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(AnnualReport report, Stream output, PublishFormat format, PublishOptions? options = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        options ??= PublishOptions.Default;
        switch (format)
        {
            case PublishFormat.Docx:
                DocxWriter.Write(report, output, options);
                return;
            case PublishFormat.Html:
            case PublishFormat.Markdown:
            case PublishFormat.Text:
                var text = ToText(report, format, options);
                var bytes = new UTF8Encoding(false, true).GetBytes(text);
                output.Write(bytes, 0, bytes.Length);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a publishing format.");
        }
    }

    /// <summary>The report as a text document: <see cref="PublishFormat.Html"/>, <see cref="PublishFormat.Markdown"/> or <see cref="PublishFormat.Text"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The kind of document.</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="PublishOptions.Default"/>.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is <see cref="PublishFormat.Docx"/> (not text) or not one of <see cref="PublishFormat"/>.</exception>
    /// <exception cref="ArgumentException">The report holds text no document can carry (U+0000, or a lone UTF-16 surrogate).</exception>
    public static string ToText(AnnualReport report, PublishFormat format, PublishOptions? options = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        options ??= PublishOptions.Default;
        return format switch
        {
            PublishFormat.Html => HtmlWriter.Write(report, options),
            PublishFormat.Markdown => MarkdownWriter.Write(report, options),
            PublishFormat.Text => PlainTextWriter.Write(report, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a text format: write a .docx to a stream."),
        };
    }

    /// <summary>The usual file extension of a kind of document, with its dot (<c>.html</c>, <c>.docx</c>, <c>.md</c>, <c>.txt</c>).</summary>
    /// <param name="format">The kind of document.</param>
    /// <returns>The extension.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not one of <see cref="PublishFormat"/>.</exception>
    public static string FileExtension(PublishFormat format) => format switch
    {
        PublishFormat.Html => ".html",
        PublishFormat.Docx => ".docx",
        PublishFormat.Markdown => ".md",
        PublishFormat.Text => ".txt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a publishing format."),
    };
}
