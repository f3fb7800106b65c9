using System;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>Writes a report as a MarkdownWriter document (see <see cref="ReportPublisher"/>).</summary>
internal static class MarkdownWriter
{
    public static string Write(AnnualReport report, PublishOptions options) => throw new NotImplementedException();
}
