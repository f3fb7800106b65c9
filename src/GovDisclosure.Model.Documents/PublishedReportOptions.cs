using System;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Documents;

/// <summary>Settings for reading a published report. Values given here override what the document states.</summary>
public sealed record PublishedReportOptions
{
    /// <summary>The default settings.</summary>
    public static PublishedReportOptions Default { get; } = new();

    /// <summary>The publishing agency's name, overriding what the document states.</summary>
    public string? AgencyName { get; init; }

    /// <summary>The report year, overriding what the document states.</summary>
    public int? ReportYear { get; init; }

    /// <summary>The publication date, overriding what the document states.</summary>
    public DateTime? PublicationDate { get; init; }

    /// <summary>The absolute http(s) URL the report was published at.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>
    /// The largest document read, in bytes (default 32 MiB; published report pages are under 1 MiB, PDFs a few MiB);
    /// a larger one gets a <see cref="ReadingRules.Damaged"/> finding without being parsed.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The most bytes read from inside a .docx (all its parts together, uncompressed; default 64 MiB): zip-bomb protection.</summary>
    public long MaxUncompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most pages of a PDF read (default 200).</summary>
    public int MaxPdfPages { get; init; } = 200;

    /// <summary>The validation settings, or <see langword="null"/> for the defaults.</summary>
    public ReportValidationOptions? Validation { get; init; }

    /// <summary>The same agency's previous-year report, to validate against (rules <c>X-*</c>), or <see langword="null"/>.</summary>
    public AnnualReport? PreviousReport { get; init; }
}
