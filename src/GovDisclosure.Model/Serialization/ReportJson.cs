using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Serialization;

/// <summary>
/// Reads and writes reports in their JSON form. Reading is strict: unknown, duplicate or missing
/// members, wrong types, numbers out of range, numbers sent as strings, comments, trailing commas,
/// invalid UTF-8 and excessive nesting are each rejected with a <see cref="Finding"/> (rule
/// <see cref="RuleIds.Json"/>) that names the problem and points at it. Writing is deterministic.
/// </summary>
public static class ReportJson
{
    /// <summary>The deepest nesting a report's JSON has; deeper documents are rejected before they are parsed further.</summary>
    internal const int MaxDepth = 6;

    private static readonly JsonSerializerOptions CompactOptions = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions IndentedOptions = CreateOptions(indented: true);
    private static readonly JsonTypeInfo<AnnualReport> ReadTypeInfo = (JsonTypeInfo<AnnualReport>)CompactOptions.GetTypeInfo(typeof(AnnualReport));
    private static readonly JsonTypeInfo<AnnualReport> IndentedTypeInfo = (JsonTypeInfo<AnnualReport>)IndentedOptions.GetTypeInfo(typeof(AnnualReport));

    // The common case, formatVersion written first (as the writer does), is read without buffering the root
    // object to look for the discriminator, which halves the cost of a read. Both readers accept the same
    // documents; the in-order one also points at deep nesting where it starts rather than at the root.
    private static readonly JsonTypeInfo<AnnualReport> InOrderTypeInfo = (JsonTypeInfo<AnnualReport>)CreateOptions(indented: false, allowOutOfOrderMetadata: false).GetTypeInfo(typeof(AnnualReport));

    /// <summary>
    /// The strict serializer options (compact output), for hosts that call <see cref="JsonSerializer"/>
    /// themselves. Read-only. Prefer <see cref="Read(ReadOnlySpan{byte})"/>, which turns every failure
    /// into a <see cref="Finding"/>.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => CompactOptions;

    /// <summary>Reads a report from UTF-8 JSON (a leading byte order mark is allowed).</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The bytes are not a report in the strict JSON form.</exception>
    public static AnnualReport Read(ReadOnlySpan<byte> utf8Json) =>
        TryRead(utf8Json, out var report, out var error) ? report : throw new ReportReadException(error);

    /// <summary>Reads a report from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The text is not a report in the strict JSON form.</exception>
    public static AnnualReport Read(string json) => Read(Utf8(json));

    /// <summary>Reads a report from a stream of UTF-8 JSON, to its end, but no further than <see cref="ReportReadOptions.DefaultMaxSize"/> bytes.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The bytes are not a report in the strict JSON form, or the stream is longer than the limit (keyword <see cref="JsonReadKeywords.Size"/>).</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static AnnualReport Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a report from a stream of UTF-8 JSON, to its end, but no further than the options' <see cref="ReportReadOptions.MaxSize"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The limits, or <see langword="null"/> for <see cref="ReportReadOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The bytes are not a report in the strict JSON form, or the stream is longer than the limit (keyword <see cref="JsonReadKeywords.Size"/>).</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static AnnualReport Read(Stream utf8Json, ReportReadOptions? options) =>
        Read(BoundedStream.ReadAll(utf8Json, options, out var tooLarge) ?? throw new ReportReadException(tooLarge!));

    /// <summary>Tries to read a report from UTF-8 JSON (a leading byte order mark is allowed). Never throws.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="report">The report, when the bytes are one.</param>
    /// <param name="error">The first problem, when they are not.</param>
    /// <returns>Whether a report was read.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out AnnualReport? report, [NotNullWhen(false)] out Finding? error)
    {
        report = null;
        error = null;
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        try
        {
            report = JsonSerializer.Deserialize(utf8Json, StartsWithFormatVersion(utf8Json) ? InOrderTypeInfo : ReadTypeInfo);
            if (report is null)
            {
                error = JsonReadFindings.Create(JsonReadKeywords.Type, string.Empty, "报告应为 JSON 对象，实为 null", "a report must be a JSON object, found null");
                return false;
            }

            error = PostReadChecks.Check(report);
            if (error is not null)
            {
                report = null;
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException or DecoderFallbackException)
        {
            report = null;
            error = JsonReadFindings.ForFailedRead(ex, utf8Json);
            return false;
        }
    }

    /// <summary>Tries to read a report from a JSON string. Never throws.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="report">The report, when the text is one.</param>
    /// <param name="error">The first problem, when it is not.</param>
    /// <returns>Whether a report was read.</returns>
    public static bool TryRead(string json, [NotNullWhen(true)] out AnnualReport? report, [NotNullWhen(false)] out Finding? error) =>
        TryRead(Utf8(json), out report, out error);

    /// <summary>Writes a report as UTF-8 JSON. The same report always gives the same bytes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Indent with two spaces and <c>\n</c> line ends, ending with a line break, for humans.</param>
    /// <returns>The bytes (no byte order mark).</returns>
    /// <exception cref="ArgumentException">A string in the report is not valid Unicode (a lone surrogate), so it cannot be written without loss.</exception>
    public static byte[] WriteToUtf8Bytes(AnnualReport report, bool indented = false)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        EnsureWritable(report);
        if (!indented)
        {
            return JsonSerializer.SerializeToUtf8Bytes(report, ReadTypeInfo);
        }

        using var buffer = new MemoryStream();
        JsonSerializer.Serialize(buffer, report, IndentedTypeInfo);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes a report as a JSON string. The same report always gives the same text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Indent with two spaces and <c>\n</c> line ends, for humans.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">A string in the report is not valid Unicode (a lone surrogate), so it cannot be written without loss.</exception>
    public static string Write(AnnualReport report, bool indented = false) => Encoding.UTF8.GetString(WriteToUtf8Bytes(report, indented));

    /// <summary>Writes a report as UTF-8 JSON to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="indented">Indent with two spaces and <c>\n</c> line ends, for humans.</param>
    /// <exception cref="ArgumentException">A string in the report is not valid Unicode (a lone surrogate), so it cannot be written without loss.</exception>
    public static void WriteTo(AnnualReport report, Stream utf8Json, bool indented = false)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var bytes = WriteToUtf8Bytes(report, indented);
        (utf8Json ?? throw new ArgumentNullException(nameof(utf8Json))).Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// The JSON contract of a model type as the source generator describes it (member names, order,
    /// required flags, attributes) — the metadata the cell catalogue and the JSON Schema are derived from.
    /// </summary>
    internal static JsonTypeInfo GetTypeInfo(Type type) => ReportJsonContext.Default.GetTypeInfo(type)
        ?? throw new ArgumentException($"{type} is not part of the report model.", nameof(type));

    /// <summary>Every string of a report must be valid Unicode, or the writer would replace what it cannot encode.</summary>
    private static void EnsureWritable(AnnualReport report)
    {
        var m = report.Metadata;
        StrictStringJsonConverter.EnsureWritable(m.AgencyName);
        StrictStringJsonConverter.EnsureWritable(m.AdministrativeDivisionCode ?? string.Empty);
        StrictStringJsonConverter.EnsureWritable(m.SourceUrl ?? string.Empty);
        foreach (var paragraphs in new[] { report.Overview.Paragraphs, report.ProblemsAndImprovements.Paragraphs, report.OtherMatters.Paragraphs })
        {
            foreach (var p in paragraphs)
            {
                StrictStringJsonConverter.EnsureWritable(p.Heading ?? string.Empty);
                StrictStringJsonConverter.EnsureWritable(p.Text);
            }
        }

        foreach (var note in report.SourceNotes)
        {
            StrictStringJsonConverter.EnsureWritable(note.Key);
            StrictStringJsonConverter.EnsureWritable(note.Value.Annotation ?? string.Empty);
            StrictStringJsonConverter.EnsureWritable(note.Value.SourceText ?? string.Empty);
        }
    }

    private static bool StartsWithFormatVersion(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName
                && !reader.ValueIsEscaped && reader.ValueTextEquals("formatVersion"u8);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static JsonSerializerOptions CreateOptions(bool indented, bool allowOutOfOrderMetadata = true)
    {
        var options = new JsonSerializerOptions(ReportJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            MaxDepth = MaxDepth,
            AllowDuplicateProperties = false,
            AllowOutOfOrderMetadataProperties = allowOutOfOrderMetadata,

            // Optional members are absent, never null: nullable annotations alone would let "fees": null through.
            TypeInfoResolver = ReportJsonContext.Default.WithAddedModifier(RejectNullMembers),
        };
        foreach (var converter in CountRowConverters.All())
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }

    private static void RejectNullMembers(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            property.IsSetNullable = false;
        }
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json)));
}

/// <summary>Thrown by <see cref="ReportJson.Read(ReadOnlySpan{byte})"/> when the input is not a report in the strict JSON form.</summary>
public sealed class ReportReadException : Exception
{
    /// <summary>Creates the exception for a finding.</summary>
    /// <param name="finding">What is wrong, and where.</param>
    public ReportReadException(Finding finding)
        : base($"{(finding ?? throw new ArgumentNullException(nameof(finding))).MessageEn} (at '{finding.Pointer}')")
    {
        Finding = finding;
    }

    /// <summary>What is wrong, and where (rule <see cref="RuleIds.Json"/>).</summary>
    public Finding Finding { get; }
}
