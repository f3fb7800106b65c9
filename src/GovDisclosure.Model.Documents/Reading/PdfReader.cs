using System;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>The PDF has no letters at all (an image-only PDF).</summary>
internal sealed class PdfNoTextException : Exception
{
}

internal static class PdfReader
{
    public static SourceLayout Read(byte[] bytes, int maxPages) => throw new DocumentDamagedException("PDF 读取尚未实现", "PDF reading is not implemented yet");
}
