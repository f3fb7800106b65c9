using System;
using System.Collections.Generic;
using System.IO;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Serialization;

/// <summary>Reads a stream to its end, but never more than a limit: the one place untrusted streams are read.</summary>
internal static class BoundedStream
{
    private const int Chunk = 81920;

    /// <summary>Reads the whole stream, or stops after <c>MaxSize + 1</c> bytes and returns the size finding instead.</summary>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static byte[]? ReadAll(Stream stream, ReportReadOptions? options, out Finding? tooLarge)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var max = (options ?? ReportReadOptions.Default).MaxSize;
        tooLarge = null;
        var remaining = -1L;
        if (stream.CanSeek)
        {
            try
            {
                remaining = stream.Length - stream.Position;
            }
            catch (NotSupportedException)
            {
                remaining = -1;
            }

            if (remaining > max)
            {
                tooLarge = SizeFinding(max);
                return null;
            }
        }

        var chunks = new List<byte[]>();
        var total = 0L;
        if (remaining > 0)
        {
            // A file: one array of the size it says it has. Only if it has grown since (or its length was wrong) do
            // the chunks below take the rest.
            var exact = new byte[remaining];
            var filled = Fill(stream, exact);
            if (filled < exact.Length)
            {
                Array.Resize(ref exact, filled);
                return exact;
            }

            var probe = new byte[1];
            if (Fill(stream, probe) == 0)
            {
                return exact;
            }

            chunks.Add(exact);
            chunks.Add(probe);
            total = exact.Length + 1L;
            if (total > max)
            {
                tooLarge = SizeFinding(max);
                return null;
            }
        }

        // Chunks, then one exact copy: at most about twice the limit is held at once.
        while (true)
        {
            var chunk = new byte[Chunk];
            var filled = Fill(stream, chunk);

            total += filled;
            if (total > max)
            {
                tooLarge = SizeFinding(max);
                return null;
            }

            if (filled < Chunk)
            {
                if (filled > 0)
                {
                    Array.Resize(ref chunk, filled);
                    chunks.Add(chunk);
                }

                break;
            }

            chunks.Add(chunk);
        }

        if (chunks.Count == 1)
        {
            return chunks[0];
        }

        var bytes = new byte[total];
        var offset = 0;
        foreach (var c in chunks)
        {
            Buffer.BlockCopy(c, 0, bytes, offset, c.Length);
            offset += c.Length;
        }

        return bytes;
    }

    /// <summary>Reads until the buffer is full or the stream ends; returns how many bytes were read.</summary>
    private static int Fill(Stream stream, byte[] buffer)
    {
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    /// <summary>The <c>size</c> finding for input longer than <paramref name="max"/> bytes.</summary>
    public static Finding SizeFinding(long max)
    {
        var limit = ReportReadOptions.Describe(max);
        return JsonReadFindings.Create(
            JsonReadKeywords.Size,
            string.Empty,
            $"输入超过大小上限 {limit}，未继续读取",
            $"the input is larger than the limit of {limit}; it was not read further");
    }
}
