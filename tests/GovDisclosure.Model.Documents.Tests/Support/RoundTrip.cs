using System.IO;
using System.Linq;

namespace GovDisclosure.Model.Documents.Tests.Support;

/// <summary>One way of publishing a report, and the file name its document is read back under.</summary>
public sealed record PublishCase(string Name, PublishFormat Format, PublishOptions Options, string FileName)
{
    public override string ToString() => Name;
}

/// <summary>Publishes a report and reads the document back with <see cref="PublishedReport"/>.</summary>
internal static class RoundTrip
{
    /// <summary>
    /// The text writers under test. The Word writer's round trip is in <c>DocxWriterTests</c>, whose reports leave out
    /// the control characters an XML document cannot hold (the Word writer refuses them).
    /// </summary>
    public static readonly PublishCase[] Cases =
    {
        new("html", PublishFormat.Html, PublishOptions.Default, "report.html"),
        new("html-fragment", PublishFormat.Html, new PublishOptions { Fragment = true }, "report.html"),
        new("markdown", PublishFormat.Markdown, PublishOptions.Default, "report.md"),
        new("text", PublishFormat.Text, PublishOptions.Default, "report.txt"),
    };

    public static PublishCase Case(string name) => Cases.Single(c => c.Name == name);

    public static byte[] Publish(AnnualReport report, PublishCase publish)
    {
        using var stream = new MemoryStream();
        ReportPublisher.Write(report, stream, publish.Format, publish.Options);
        return stream.ToArray();
    }

    public static PublishedReportResult Read(AnnualReport report, PublishCase publish) =>
        PublishedReport.Read(Publish(report, publish), publish.FileName);

    /// <summary>
    /// The report a document reads back as: the same report, but for paragraphs with neither heading nor text, which no
    /// writer prints. Every format carries every metadata field (title, 发布机关, 发布日期, 行政区划代码, 来源网址 lines).
    /// </summary>
    public static AnnualReport Expected(AnnualReport report, PublishCase publish)
    {
        static Narrative Printed(Narrative n) => new() { Paragraphs = n.Paragraphs.Where(p => p.Heading is not null || p.Text.Length > 0).ToArray() };
        return report with
        {
            Overview = Printed(report.Overview),
            ProblemsAndImprovements = Printed(report.ProblemsAndImprovements),
            OtherMatters = report.OtherMatters with { Paragraphs = Printed(Narrative.Of(report.OtherMatters.Paragraphs.ToArray())).Paragraphs },
        };
    }
}
