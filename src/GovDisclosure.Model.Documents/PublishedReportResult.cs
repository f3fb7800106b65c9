using System;
using System.Collections.Immutable;
using System.Linq;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Documents;

/// <summary>What kind of document a published report was read from.</summary>
public enum DocumentKind
{
    /// <summary>Not recognised: neither a web page, a PDF, a Word file nor text.</summary>
    Unknown = 0,

    /// <summary>A web page (HTML), in any encoding it declares or implies.</summary>
    Html = 1,

    /// <summary>A PDF with a text layer.</summary>
    Pdf = 2,

    /// <summary>A Word document (.docx, Office Open XML).</summary>
    Docx = 3,

    /// <summary>A legacy Word 97–2003 document (.doc): recognised, not read.</summary>
    Doc = 4,

    /// <summary>Plain text: one table cell per line, or cells joined by <c> | </c>.</summary>
    Text = 5,

    /// <summary>Markdown, with pipe tables.</summary>
    Markdown = 6,
}

/// <summary>The document a report was read from.</summary>
public sealed record DocumentSource
{
    /// <summary>What kind of document it is (detected from the bytes first, the file name second).</summary>
    public required DocumentKind Kind { get; init; }

    /// <summary>The file name given, without directories, if any.</summary>
    public string? FileName { get; init; }

    /// <summary>The SHA-256 of the bytes read, as 64 lower-case hexadecimal digits.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The number of bytes read.</summary>
    public required long Length { get; init; }

    /// <summary>The text encoding the document was decoded with (e.g. <c>utf-8</c>, <c>gb18030</c>), for web pages and text.</summary>
    public string? Encoding { get; init; }
}

/// <summary>A rectangle on a PDF page, in points from the page's bottom-left corner.</summary>
public sealed record PageBox
{
    /// <summary>The left edge.</summary>
    public required double Left { get; init; }

    /// <summary>The bottom edge.</summary>
    public required double Bottom { get; init; }

    /// <summary>The right edge.</summary>
    public required double Right { get; init; }

    /// <summary>The top edge.</summary>
    public required double Top { get; init; }
}

/// <summary>Where one cell of the report came from in the published document.</summary>
public sealed record CellProvenance
{
    /// <summary>The cell's JSON Pointer in the report, e.g. <c>/applications/newlyReceived/total</c>.</summary>
    public required string Pointer { get; init; }

    /// <summary>The cell's text exactly as printed (empty for a blank cell).</summary>
    public required string SourceText { get; init; }

    /// <summary>The 0-based index of the table in the document (in document order; a table continued on the next page of a PDF counts again).</summary>
    public required int Table { get; init; }

    /// <summary>The 0-based row of the cell in that table.</summary>
    public required int Row { get; init; }

    /// <summary>The 0-based column of the cell in that table's grid (spans expanded).</summary>
    public required int Column { get; init; }

    /// <summary>The 1-based page number, for PDFs.</summary>
    public int? Page { get; init; }

    /// <summary>The cell's box on its page, for PDFs.</summary>
    public PageBox? Box { get; init; }
}

/// <summary>A row of a published table that the format does not have (e.g. a local <c>其他主动公开文件</c> row), kept as read.</summary>
public sealed record ExtraRow
{
    /// <summary>The table it was in: <c>二</c>, <c>三</c> or <c>四</c>.</summary>
    public required string Table { get; init; }

    /// <summary>The row's label text as printed.</summary>
    public required string Label { get; init; }

    /// <summary>The row's other cells, as printed, left to right.</summary>
    public required EquatableArray<string> Cells { get; init; }

    /// <summary>The 0-based index of the source table and row.</summary>
    public required int SourceTable { get; init; }

    /// <summary>The 0-based row in the source table.</summary>
    public required int SourceRow { get; init; }
}

/// <summary>
/// The outcome of reading a published report: the report (when the document holds one), every finding
/// (reading findings, then every validation finding of <see cref="ReportValidator.Validate(AnnualReport)"/>),
/// where each cell came from, and the document read.
/// </summary>
public sealed class PublishedReportResult
{
    internal PublishedReportResult(AnnualReport? report, ImmutableArray<Finding> readingFindings, ImmutableArray<Finding> validationFindings, ImmutableArray<CellProvenance> cells, ImmutableArray<ExtraRow> extraRows, DocumentSource source)
    {
        Report = report;
        ReadingFindings = new EquatableArray<Finding>(readingFindings);
        Findings = new EquatableArray<Finding>(readingFindings.Concat(validationFindings).ToArray());
        Cells = new EquatableArray<CellProvenance>(cells);
        ExtraRows = new EquatableArray<ExtraRow>(extraRows);
        Source = source;
    }

    /// <summary>
    /// The report read, or <see langword="null"/> when the document holds none (not a report, unreadable).
    /// A report with a table missing is still returned, its cells 0, with an error finding
    /// (<see cref="ReadingRules.TableMissing"/>) saying so: check <see cref="HasErrors"/>.
    /// </summary>
    public AnnualReport? Report { get; }

    /// <summary>Every finding: the reading findings first, then the validation findings of the report.</summary>
    public EquatableArray<Finding> Findings { get; }

    /// <summary>The findings about reading the document (rule ids of <see cref="ReadingRules"/> and <see cref="RuleIds.FormatTemplateDeviation"/>).</summary>
    public EquatableArray<Finding> ReadingFindings { get; }

    /// <summary>Where each table cell of the report came from, in the catalogue's table order.</summary>
    public EquatableArray<CellProvenance> Cells { get; }

    /// <summary>Rows the format does not have, kept as read.</summary>
    public EquatableArray<ExtraRow> ExtraRows { get; }

    /// <summary>The document read.</summary>
    public DocumentSource Source { get; }

    /// <summary>Whether any finding is an error (including a document that holds no report).</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
