using System;
using System.IO;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>Writes a report as a Word document (see <see cref="ReportPublisher"/>).</summary>
internal static class DocxWriter
{
    public static void Write(AnnualReport report, Stream output, PublishOptions options) => throw new NotImplementedException();
}
