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
        var bytes = ReadBounded(stream, options.MaxSize);
        if (bytes is null || IsJson(bytes))
        {
            // Too large (the reader gives its 'size' finding), or JSON.
            using var again = bytes is null ? (Stream)new EndlessStream(options.MaxSize) : new MemoryStream(bytes, writable: false);
            return new Loaded(ReportValidator.ValidateJson(again, previous, options), null);
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

    /// <summary>The stream's bytes, or <see langword="null"/> when it holds more than <paramref name="maxSize"/>.</summary>
    private static byte[]? ReadBounded(Stream stream, long maxSize)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxSize)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A stream longer than the limit, for the reader to turn into its 'size' finding without the bytes being kept.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _left;

        public EndlessStream(long maxSize) => _left = maxSize + 1;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            Array.Clear(buffer, offset, n);
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
