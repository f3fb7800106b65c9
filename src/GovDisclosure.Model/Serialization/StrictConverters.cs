using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Model.Serialization;

/// <summary>Counts: JSON integers 0..4294967295 (an integral value written as <c>1.0</c> or <c>1e2</c> is an integer, as in JSON Schema).</summary>
internal sealed class CountJsonConverter : JsonConverter<uint>
{
    public override bool HandleNull => true;

    public override uint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCount(ref reader);

    internal static uint ReadCount(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonReadError.WrongType(reader.TokenType, "非负整数", "a non-negative integer");
        }

        if (reader.TryGetUInt32(out var value))
        {
            return value;
        }

        if (reader.TryGetDecimal(out var d))
        {
            if (d != decimal.Truncate(d))
            {
                throw new JsonReadError(JsonReadKeywords.Type, ProblemTexts.NotAnInteger(Quote.Number(ref reader)));
            }

            if (d >= 0 && d <= uint.MaxValue)
            {
                return (uint)d;
            }

            if (d < 0)
            {
                throw new JsonReadError(JsonReadKeywords.Range, ProblemTexts.Negative(Quote.Number(ref reader)));
            }
        }

        throw new JsonReadError(JsonReadKeywords.Range, $"计数超出范围 0..{uint.MaxValue}", $"a count must be within 0..{uint.MaxValue}");
    }

    public override void Write(Utf8JsonWriter writer, uint value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>
/// An optional value: absent means absent, so an explicit <c>null</c> is rejected like any other wrong
/// token, and the value itself is read by <typeparamref name="T"/>'s strict rule.
/// </summary>
internal abstract class OptionalJsonConverter<T> : JsonConverter<T?>
    where T : struct
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            WriteValue(writer, v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    protected abstract T ReadValue(ref Utf8JsonReader reader);

    protected abstract void WriteValue(Utf8JsonWriter writer, T value);
}

/// <summary>Optional counts: like <see cref="CountJsonConverter"/>, and never null.</summary>
internal sealed class OptionalCountJsonConverter : OptionalJsonConverter<uint>
{
    protected override uint ReadValue(ref Utf8JsonReader reader) => CountJsonConverter.ReadCount(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, uint value) => writer.WriteNumberValue(value);
}

/// <summary>Integers such as the report year: JSON integers within the range of <see cref="int"/>.</summary>
internal sealed class Int32JsonConverter : JsonConverter<int>
{
    public override bool HandleNull => true;

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonReadError.WrongType(reader.TokenType, "整数", "an integer");
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        if (reader.TryGetDecimal(out var d))
        {
            if (d != decimal.Truncate(d))
            {
                throw new JsonReadError(JsonReadKeywords.Type, ProblemTexts.NotAnInteger(Quote.Number(ref reader)));
            }

            if (d >= int.MinValue && d <= int.MaxValue)
            {
                return (int)d;
            }
        }

        throw new JsonReadError(JsonReadKeywords.Range, $"整数超出范围 {int.MinValue}..{int.MaxValue}", $"an integer must be within {int.MinValue}..{int.MaxValue}");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>
/// Money: non-negative JSON numbers held exactly as <see cref="decimal"/> (the scale is kept). A number
/// that a decimal cannot hold exactly (beyond 28 significant digits or 28 decimal places) is rejected
/// rather than rounded.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    /// <summary>The largest amount (28 nines), as the JSON Schema's <c>maximum</c>.</summary>
    public const decimal Maximum = 9999999999999999999999999999m;

    public override bool HandleNull => true;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadMoney(ref reader);

    internal static decimal ReadMoney(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonReadError.WrongType(reader.TokenType, "非负数值", "a non-negative number");
        }

        if (!IsExactlyRepresentable(ref reader) || !reader.TryGetDecimal(out var d))
        {
            throw new JsonReadError(JsonReadKeywords.Range, "金额超出可精确表示的范围（最多 28 位有效数字、28 位小数）", "the amount cannot be held exactly (at most 28 significant digits and 28 decimal places)");
        }

        if (d < 0)
        {
            throw new JsonReadError(JsonReadKeywords.Range, ProblemTexts.Negative(Quote.Number(ref reader)));
        }

        return d;
    }

    private static bool IsExactlyRepresentable(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > 128)
        {
            return false;
        }

        // value = digits × 10^-scale; strip zeros that carry no precision, then check what a decimal holds.
        var span = reader.ValueSpan;
        var i = span.Length > 0 && span[0] == (byte)'-' ? 1 : 0;
        var firstNonZero = -1;
        var lastNonZero = -1;
        var digitCount = 0;
        var fractionDigits = 0;
        var inFraction = false;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (c == (byte)'.')
            {
                inFraction = true;
                continue;
            }

            if (c is (byte)'e' or (byte)'E')
            {
                break;
            }

            if (c != (byte)'0')
            {
                if (firstNonZero < 0)
                {
                    firstNonZero = digitCount;
                }

                lastNonZero = digitCount;
            }

            digitCount++;
            if (inFraction)
            {
                fractionDigits++;
            }
        }

        long exponent = 0;
        if (i < span.Length)
        {
            var text = System.Text.Encoding.ASCII.GetString(span.Slice(i + 1).ToArray());
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || exponent is > 1000 or < -1000)
            {
                return false;
            }
        }

        if (firstNonZero < 0)
        {
            return true;
        }

        var significant = lastNonZero - firstNonZero + 1;
        var scale = fractionDigits - exponent - (digitCount - 1 - lastNonZero);
        var integerDigits = significant - scale;
        return significant <= MaxDigits && scale <= MaxDigits && integerDigits <= MaxDigits;
    }

    /// <summary>The most significant digits, decimal places and integer digits an amount may have.</summary>
    internal const int MaxDigits = 28;

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Optional money: like <see cref="MoneyJsonConverter"/>, and never null.</summary>
internal sealed class OptionalMoneyJsonConverter : OptionalJsonConverter<decimal>
{
    protected override decimal ReadValue(ref Utf8JsonReader reader) => MoneyJsonConverter.ReadMoney(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);
}

/// <summary>Strings: never null, and valid UTF-8.</summary>
internal sealed class StrictStringJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => true;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadString(ref reader);

    internal static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReadError.WrongType(reader.TokenType, "字符串", "a string");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw NotText(ref reader, isName: false);
        }
    }

    /// <summary>Why a string token cannot be decoded: an escape of an unpaired surrogate, or bytes that are not UTF-8.</summary>
    internal static JsonReadError NotText(ref Utf8JsonReader reader, bool isName)
    {
        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        return Encodings.IsValidUtf8(raw) && reader.ValueIsEscaped && Encodings.LoneSurrogateEscape(raw) is { } escape
            ? new JsonReadError(JsonReadKeywords.Encoding, ProblemTexts.LoneSurrogate(escape, isName))
            : new JsonReadError(JsonReadKeywords.Encoding, ProblemTexts.NotUtf8(isName));
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(EnsureWritable(value));

    /// <summary>
    /// Refuses a string that is not valid UTF-16 (a lone surrogate): the JSON writer would replace it
    /// with U+FFFD and the text would not survive a round trip.
    /// </summary>
    internal static string EnsureWritable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"The text \"{value.Substring(0, Math.Min(20, value.Length))}…\" has a lone surrogate (U+{(int)c:X4}) at index {i}: it is not valid Unicode and cannot be written as JSON without loss.", nameof(value));
            }
        }

        return value;
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw NotText(ref reader, isName: true);
        }
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(EnsureWritable(value));
}

/// <summary>A date without time of day, as <c>yyyy-MM-dd</c> (RFC 3339 full-date).</summary>
internal sealed class DateOnlyJsonConverter : OptionalJsonConverter<DateTime>
{
    /// <summary>
    /// The pattern, as in the JSON Schema (beside <c>format: date</c> and a length of 10). It excludes year
    /// 0000, which a <see cref="DateTime"/> cannot hold but Ajv's <c>date</c> format accepts.
    /// </summary>
    public const string Pattern = "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>The length of a date, as the JSON Schema's <c>minLength</c> and <c>maxLength</c> (.NET's <c>$</c> also matches before a final line break).</summary>
    public const int Length = 10;

    protected override DateTime ReadValue(ref Utf8JsonReader reader)
    {
        var text = StrictStringJsonConverter.ReadString(ref reader);
        if (text.Length == Length
            && DateTime.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new JsonReadError(JsonReadKeywords.Format, $"日期格式应为 yyyy-MM-dd（实为 “{Quote.Short(text)}”）", $"a date must be written yyyy-MM-dd (found {Quote.Text(text)})");
    }

    protected override void WriteValue(Utf8JsonWriter writer, DateTime value) =>
        writer.WriteStringValue(value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture));
}

/// <summary>The 6-digit administrative division code (行政区划代码).</summary>
internal sealed class DivisionCodeJsonConverter : JsonConverter<string?>
{
    /// <summary>The pattern, as in the JSON Schema (beside a length of 6).</summary>
    public const string Pattern = "^[0-9]{6}$";

    /// <summary>The length, as the JSON Schema's <c>minLength</c> and <c>maxLength</c> (.NET's <c>$</c> also matches before a final line break).</summary>
    public const int Length = 6;

    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = StrictStringJsonConverter.ReadString(ref reader);
        if (IsValid(text))
        {
            return text;
        }

        throw new JsonReadError(JsonReadKeywords.Format, $"行政区划代码应为 6 位数字（实为 “{Quote.Short(text)}”）", $"an administrative division code is 6 digits (found {Quote.Text(text)})");
    }

    internal static bool IsValid(string text)
    {
        if (text.Length != Length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>An absolute http or https URL: the scheme, then at least one character that is neither whitespace nor a control character.</summary>
internal sealed class HttpUrlJsonConverter : JsonConverter<string?>
{
    /// <summary>
    /// The pattern, as in the JSON Schema; the reader uses it too, so both accept the same strings. The
    /// excluded characters are spelled out (<c>\s</c> differs between .NET and ECMAScript), and the end is
    /// <c>(?![\s\S])</c> because .NET's <c>$</c> also matches before a final line break.
    /// </summary>
    public const string Pattern = "^https?://[^\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+(?![\\s\\S])";

    private static readonly System.Text.RegularExpressions.Regex Regex = new(Pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = StrictStringJsonConverter.ReadString(ref reader);
        if (IsValid(text))
        {
            return text;
        }

        throw new JsonReadError(JsonReadKeywords.Format, $"来源网址应为 http 或 https 绝对网址（实为 “{Quote.Short(text)}”）", $"the source URL must be an absolute http or https URL (found {Quote.Text(text)})");
    }

    internal static bool IsValid(string text) => Regex.IsMatch(text);

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
