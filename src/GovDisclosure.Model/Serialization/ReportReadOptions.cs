using System;
using System.Globalization;

namespace GovDisclosure.Model.Serialization;

/// <summary>
/// Limits for reading untrusted report JSON from a stream (<see cref="ReportJson.Read(System.IO.Stream, ReportReadOptions?)"/>,
/// <see cref="Validation.ReportValidator.ValidateJson(System.IO.Stream, AnnualReport?, ReportReadOptions?)"/>,
/// <see cref="Schema.ReportSchema.Evaluate(System.IO.Stream, ReportReadOptions?)"/>). A stream longer than
/// <see cref="MaxSize"/> is not read further: it gives a finding with the keyword <see cref="JsonReadKeywords.Size"/>,
/// so an endless stream ends quickly and memory stays within a small multiple of the limit.
/// </summary>
public sealed class ReportReadOptions
{
    /// <summary>The default <see cref="MaxSize"/>: 32 MiB, hundreds of times a real report.</summary>
    public const long DefaultMaxSize = 32L * 1024 * 1024;

    private readonly long _maxSize = DefaultMaxSize;

    /// <summary>The default limits.</summary>
    public static ReportReadOptions Default { get; } = new();

    /// <summary>The largest document read, in bytes (a leading byte order mark counts). At least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="int.MaxValue"/> bytes less 64 (the largest array a reader can hold).</exception>
    public long MaxSize
    {
        get => _maxSize;
        init => _maxSize = value is >= 1 and <= int.MaxValue - 64
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum size must be between 1 byte and 2 GiB.");
    }

    /// <summary>A size in bytes as people read it: <c>32 MiB</c>, <c>1.5 KiB</c>, <c>200 bytes</c>.</summary>
    internal static string Describe(long bytes)
    {
        string[] units = ["KiB", "MiB", "GiB"];
        if (bytes < 1024)
        {
            return bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
        }

        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString(value % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
