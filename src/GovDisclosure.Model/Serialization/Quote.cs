using System;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Serialization;

/// <summary>Values quoted in messages, cut short: a 20 MB number must not be repeated in a finding.</summary>
internal static class Quote
{
    /// <summary>The longest text quoted whole.</summary>
    public const int MaxLength = 40;

    private const int Head = 24;
    private const int Tail = 8;

    /// <summary>The text, or its start and end around an ellipsis when it is longer than <see cref="MaxLength"/>.</summary>
    public static string Short(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var head = text.Substring(0, Head);
        var tail = text.Substring(text.Length - Tail);
        // Never split a surrogate pair.
        if (char.IsHighSurrogate(head[head.Length - 1]))
        {
            head = head.Substring(0, head.Length - 1);
        }

        if (char.IsLowSurrogate(tail[0]))
        {
            tail = tail.Substring(1);
        }

        return head + "…" + tail;
    }

    /// <summary>A JSON value as it is quoted in messages: a string in double quotes, anything else as written; cut short.</summary>
    public static string Json(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? Text(value.GetString()!) : Short(value.GetRawText());

    /// <summary>A string value as it is quoted in messages.</summary>
    public static string Text(string text) => "\"" + Short(text) + "\"";

    /// <summary>A number token's text as written, cut short, without copying all of a long token.</summary>
    public static string Number(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        if (span.Length <= MaxLength)
        {
            return System.Text.Encoding.UTF8.GetString(span);
        }

        return System.Text.Encoding.ASCII.GetString(span, 0, Head) + "…" + System.Text.Encoding.ASCII.GetString(span, span.Length - Tail, Tail);
    }
}

/// <summary>The formats the reader knows, by their <c>formatVersion</c> strings, from the format descriptors (<see cref="ReportFormatInfo.All"/>).</summary>
internal static class KnownFormats
{
    private static readonly string[] Values = ReportFormatInfo.All.Select(f => f.Version).ToArray();

    public static string En => string.Join(" or ", Values.Select(v => "\"" + v + "\""));

    public static string Zh => string.Join(" 或 ", Values.Select(v => "\"" + v + "\""));

    public static bool Contains(string value) => Array.IndexOf(Values, value) >= 0;
}

/// <summary>
/// The JSON Schema's diagnosis of a document the strict reader rejected for its shape, as the reader's
/// finding (rule <see cref="RuleIds.Json"/>). Run only on documents small enough that a schema evaluation
/// stays within a small multiple of their size.
/// </summary>
internal static class SchemaDiagnosis
{
    /// <summary>Documents larger than this are not diagnosed by the schema (a real report is tens of kilobytes).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Documents with more tokens than this are not diagnosed by the schema (a report has a few thousand).</summary>
    public const int MaxTokens = 50_000;

    public static bool Affordable(int length, int tokens) => length <= MaxBytes && tokens <= MaxTokens;

    /// <summary>The schema's finding where the reader failed (<paramref name="pointer"/>), else the nearest below it, else its first.</summary>
    public static Finding? First(ReadOnlySpan<byte> utf8Json, string pointer)
    {
        var result = Schema.ReportSchema.Evaluate(utf8Json);
        var structural = result.Findings.Where(f => f.RuleId == RuleIds.Schema).ToList();
        var first = structural.FirstOrDefault(f => f.Pointer == pointer)
            ?? structural.FirstOrDefault(f => f.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal))
            ?? structural.FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        JsonValueKind? kind = null;
        if (first.Keyword == "type")
        {
            using var document = JsonDocument.Parse(utf8Json.ToArray());
            kind = Schema.SchemaFindings.Resolve(document.RootElement, first.Pointer)?.ValueKind;
        }

        return first with { RuleId = RuleIds.Json, Keyword = KeywordOf(first.Keyword, kind) };
    }

    private static string KeywordOf(string? schemaKeyword, JsonValueKind? value) => schemaKeyword switch
    {
        "additionalProperties" => JsonReadKeywords.UnknownProperty,
        "required" => JsonReadKeywords.Required,
        "type" when value == JsonValueKind.Null => JsonReadKeywords.Null,
        "minimum" or "maximum" => JsonReadKeywords.Range,
        "pattern" or "format" or "minLength" or "maxLength" or "enum" => JsonReadKeywords.Format,
        _ => JsonReadKeywords.Type,
    };
}
