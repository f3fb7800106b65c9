using System;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>Writes a report as a HtmlWriter document (see <see cref="ReportPublisher"/>).</summary>
internal static class HtmlWriter
{
    public static string Write(AnnualReport report, PublishOptions options) => throw new NotImplementedException();
}
