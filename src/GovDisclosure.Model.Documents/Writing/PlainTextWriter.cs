using System;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>Writes a report as a PlainTextWriter document (see <see cref="ReportPublisher"/>).</summary>
internal static class PlainTextWriter
{
    public static string Write(AnnualReport report, PublishOptions options) => throw new NotImplementedException();
}
