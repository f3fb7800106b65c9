namespace GovDisclosure.Model.Documents;

/// <summary>The kinds of document a report is published as by <see cref="ReportPublisher"/>.</summary>
public enum PublishFormat
{
    /// <summary>A self-contained HTML5 web page (UTF-8, with a print stylesheet for A4), or a fragment to embed.</summary>
    Html = 0,

    /// <summary>A Word document (.docx, Office Open XML) in the official template's look.</summary>
    Docx = 1,

    /// <summary>GitHub-flavoured Markdown; merged table cells become full-path row labels.</summary>
    Markdown = 2,

    /// <summary>Plain UTF-8 text.</summary>
    Text = 3,
}

/// <summary>Settings for publishing a report with <see cref="ReportPublisher"/>.</summary>
public sealed record PublishOptions
{
    /// <summary>The default settings: a whole document.</summary>
    public static PublishOptions Default { get; } = new();

    /// <summary>
    /// For <see cref="PublishFormat.Html"/>: write an embeddable fragment (no <c>&lt;html&gt;</c> wrapper, no styles)
    /// for a portal that has its own page. Ignored by the other formats.
    /// </summary>
    public bool Fragment { get; init; }
}
