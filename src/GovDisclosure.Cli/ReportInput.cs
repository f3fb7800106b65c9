using System;
using System.IO;
using GovDisclosure.Model;
using GovDisclosure.Model.Documents;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Cli;

/// <summary>
/// Reads what a command is given — report JSON, or a report as published (web page, PDF, Word, text, Markdown) — into a
/// validation result, choosing by the bytes: JSON starts with <c>{</c>; anything else that the document reader
/// recognises is read as a published report.
/// </summary>
internal static class ReportInput
{
    /// <summary>What became of one input: the result (report and findings), the published-document reading when there was one.</summary>
    internal sealed record Loaded(ValidationResult Result, PublishedReportResult? Published);

    public static Loaded Load(Stream stream, string path, AnnualReport? previous, ReportReadOptions options)
    {
        var bytes = BoundedStream.ReadAll(stream, options, out var tooLarge);
        if (bytes is null)
        {
            return new Loaded(new ValidationResult(new[] { tooLarge! }), null);
        }

        if (IsJson(bytes))
        {
            return new Loaded(ReportValidator.ValidateJson(bytes, previous), null);
        }

        var kind = PublishedReport.Detect(bytes, Path.GetFileName(path));
        if (kind == DocumentKind.Unknown)
        {
            return new Loaded(ReportValidator.ValidateJson(bytes, previous), null);
        }

        var published = PublishedReport.Read(bytes, Path.GetFileName(path), new PublishedReportOptions { PreviousReport = previous, MaxDocumentBytes = options.MaxSize });
        return new Loaded(new ValidationResult(published.Findings, published.Report), published);
    }

    /// <summary>Whether the bytes are JSON text: the first character after a byte order mark and white space is <c>{</c> or <c>[</c>.</summary>
    private static bool IsJson(byte[] bytes)
    {
        var i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < bytes.Length && bytes[i] is (byte)'{' or (byte)'[';
    }
}
