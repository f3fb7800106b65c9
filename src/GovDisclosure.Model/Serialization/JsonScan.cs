using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Serialization;

/// <summary>
/// One pass over untrusted bytes that finds, in our own words and without reading any exception's text,
/// what makes them unreadable as JSON — the encoding (UTF-16 and UTF-32 recognised by their zero bytes),
/// invalid UTF-8, unpaired surrogate escapes, syntax, nesting — and every duplicate member name, each at
/// its JSON Pointer. Runs only when a read has failed, so its cost does not touch valid reports.
/// </summary>
internal sealed class JsonScan
{
    /// <summary>How many duplicate findings one scan collects at most.</summary>
    private const int MaxDuplicates = 100;

    private readonly List<Finding> _duplicates = new();

    private JsonScan()
    {
    }

    /// <summary>Duplicate member names, in document order.</summary>
    public IReadOnlyList<Finding> Duplicates => _duplicates;

    /// <summary>What stops the bytes being read as JSON at all (encoding, syntax, nesting), if anything.</summary>
    public Finding? Fatal { get; private set; }

    /// <summary>The number of JSON tokens read (a measure of what a schema evaluation would cost).</summary>
    public int Tokens { get; private set; }

    /// <summary>The first token of the document.</summary>
    public JsonTokenType Root { get; private set; }

    /// <summary>The root object's <c>formatVersion</c> member: absent (<see cref="JsonTokenType.None"/>), or its token and, for a string, its text.</summary>
    public (JsonTokenType Token, string? Text) FormatVersion { get; private set; }

    /// <summary>Every problem: the duplicates, then the fatal one.</summary>
    public IEnumerable<Finding> All()
    {
        foreach (var d in _duplicates)
        {
            yield return d;
        }

        if (Fatal is not null)
        {
            yield return Fatal;
        }
    }

    /// <summary>Scans <paramref name="utf8Json"/> (without a byte order mark).</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="maxDepth">Nesting deeper than this many containers is a <see cref="JsonReadKeywords.Depth"/> finding.</param>
    public static JsonScan Run(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var scan = new JsonScan();
        if (Encodings.Describe(utf8Json) is { } encoding)
        {
            scan.Fatal = JsonReadFindings.Create(
                JsonReadKeywords.Encoding,
                string.Empty,
                $"输入看起来是 {encoding.Zh} 编码的文本，报告应为 UTF-8",
                $"the input looks like {encoding.En} text; a report must be UTF-8");
            return scan;
        }

        scan.Walk(utf8Json, maxDepth);
        return scan;
    }

    private void Walk(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth + 2, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        var lastGood = 0L;
        var pendingFormatVersion = false;
        try
        {
            while (reader.Read())
            {
                Tokens++;
                if (Tokens == 1)
                {
                    Root = reader.TokenType;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (!CheckText(ref reader, frames, isName: true))
                        {
                            return;
                        }

                        var name = reader.GetString()!;
                        var frame = frames[frames.Count - 1];
                        frame.Member = name;
                        frame.Names ??= new HashSet<string>(StringComparer.Ordinal);
                        if (!frame.Names.Add(name) && _duplicates.Count < MaxDuplicates)
                        {
                            _duplicates.Add(JsonReadFindings.Locate(JsonReadKeywords.DuplicateProperty, Pointer(frames), ProblemTexts.DuplicateMember(name)));
                        }

                        pendingFormatVersion = frames.Count == 1 && name == "formatVersion";
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        if (frames.Count >= maxDepth)
                        {
                            var at = Pointer(frames);
                            Fatal = JsonReadFindings.Create(
                                JsonReadKeywords.Depth,
                                at,
                                Where(at) + $"嵌套层数超过报告的最大深度 {maxDepth}",
                                Where(at, true) + $"the document nests deeper than a report's {maxDepth} levels");
                            return;
                        }

                        NoteFormatVersion(ref reader, ref pendingFormatVersion);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        ValueDone(frames);
                        break;
                    case JsonTokenType.String:
                        Advance(frames);
                        if (!CheckText(ref reader, frames, isName: false))
                        {
                            return;
                        }

                        NoteFormatVersion(ref reader, ref pendingFormatVersion);
                        ValueDone(frames);
                        break;
                    default:
                        Advance(frames);
                        NoteFormatVersion(ref reader, ref pendingFormatVersion);
                        ValueDone(frames);
                        break;
                }

                lastGood = reader.BytesConsumed;
            }

            if (Tokens == 0)
            {
                Fatal = JsonReadFindings.Create(JsonReadKeywords.Syntax, string.Empty, "输入为空（没有任何 JSON 值）", "the input is empty (there is no JSON value)");
            }
        }
        catch (JsonException ex)
        {
            Fatal = Syntax(utf8Json, lastGood, frames, ex);
        }
    }

    private void NoteFormatVersion(ref Utf8JsonReader reader, ref bool pending)
    {
        if (pending)
        {
            pending = false;
            FormatVersion = (reader.TokenType, reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
        }
    }

    /// <summary>Checks a string's raw bytes are UTF-8 and its escapes are Unicode; records the finding and returns false if not.</summary>
    private bool CheckText(ref Utf8JsonReader reader, List<Frame> frames, bool isName)
    {
        var raw = reader.ValueSpan;
        if (!Encodings.IsValidUtf8(raw))
        {
            var at = Pointer(frames);
            var text = ProblemTexts.NotUtf8(isName);
            Fatal = JsonReadFindings.Create(JsonReadKeywords.Encoding, at, Where(at) + text.Zh, Where(at, true) + text.En);
            return false;
        }

        if (reader.ValueIsEscaped && Encodings.LoneSurrogateEscape(raw) is { } escape)
        {
            var at = Pointer(frames);
            var text = ProblemTexts.LoneSurrogate(escape, isName);
            Fatal = JsonReadFindings.Create(JsonReadKeywords.Encoding, at, Where(at) + text.Zh, Where(at, true) + text.En);
            return false;
        }

        return true;
    }

    /// <summary>Describes where and why the bytes stop being JSON, from the bytes themselves.</summary>
    private static Finding Syntax(ReadOnlySpan<byte> utf8Json, long lastGood, List<Frame> frames, JsonException ex)
    {
        var i = (int)Math.Min(lastGood, utf8Json.Length);
        while (i < utf8Json.Length && utf8Json[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        var hadComma = false;
        if (i < utf8Json.Length && utf8Json[i] == (byte)',' && frames.Count > 0)
        {
            hadComma = true;
            i++;
            while (i < utf8Json.Length && utf8Json[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }
        }

        (string Zh, string En) what;
        var keyword = JsonReadKeywords.Syntax;
        if (i >= utf8Json.Length)
        {
            what = lastGood == 0 && frames.Count == 0
                ? ("输入为空（没有任何 JSON 值）", "the input is empty (there is no JSON value)")
                : ("输入在 JSON 结束之前就结束了（对象、数组或字符串未闭合）", "the input ends before the JSON does (an object, array or string is not closed)");
        }
        else
        {
            var c = utf8Json[i];
            if (c == (byte)'/')
            {
                what = ("不允许注释", "comments are not allowed");
            }
            else if (hadComma && c is (byte)'}' or (byte)']')
            {
                what = ("不允许尾随逗号", "a trailing comma is not allowed");
            }
            else if (c == (byte)'"')
            {
                what = StringProblem(utf8Json, i);
            }
            else if (c == (byte)'\'')
            {
                what = ("字符串应使用双引号", "strings must be in double quotes");
            }
            else if (c >= 0x80 && !Encodings.IsValidUtf8(utf8Json.Slice(i, Math.Min(1 + Encodings.ContinuationCount(c), utf8Json.Length - i))))
            {
                keyword = JsonReadKeywords.Encoding;
                what = ("输入不是有效的 UTF-8 文本", "the input is not valid UTF-8 text");
            }
            else if (frames.Count == 0 && lastGood > 0)
            {
                what = ($"JSON 值之后还有其他内容（{Show(utf8Json, i)}）", $"there is more after the JSON value ({Show(utf8Json, i)})");
            }
            else if (c is (byte)'-' or (>= (byte)'0' and <= (byte)'9'))
            {
                what = ($"数字写法无效（{Show(utf8Json, i)}）", $"the number is not written as JSON allows ({Show(utf8Json, i)})");
            }
            else
            {
                what = ($"此处不应出现 {Show(utf8Json, i)}", $"unexpected {Show(utf8Json, i)}");
            }
        }

        var at = frames.Count == 0 ? string.Empty : Pointer(frames);
        var position = ex.LineNumber is { } line && ex.BytePositionInLine is { } column ? ($"（第 {line + 1} 行，第 {column + 1} 字节）", $" (line {line + 1}, byte {column + 1})") : (string.Empty, string.Empty);
        return JsonReadFindings.Create(keyword, at, Where(at) + what.Zh + position.Item1, Where(at, true) + what.En + position.Item2);
    }

    private static (string Zh, string En) StringProblem(ReadOnlySpan<byte> utf8Json, int start)
    {
        for (var j = start + 1; j < utf8Json.Length; j++)
        {
            var b = utf8Json[j];
            if (b == (byte)'"')
            {
                break;
            }

            if (b < 0x20)
            {
                return ($"字符串中的控制字符 U+{b:X4} 必须转义", $"the control character U+{b:X4} must be escaped in a string");
            }

            if (b == (byte)'\\')
            {
                if (j + 1 >= utf8Json.Length)
                {
                    break;
                }

                var e = utf8Json[j + 1];
                if (e == (byte)'u')
                {
                    for (var k = j + 2; k < j + 6; k++)
                    {
                        if (k >= utf8Json.Length || !Uri.IsHexDigit((char)utf8Json[k]))
                        {
                            return ("\\u 之后应为 4 位十六进制数字", "\\u must be followed by 4 hexadecimal digits");
                        }
                    }

                    j += 5;
                }
                else if (e is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
                {
                    j++;
                }
                else
                {
                    var shown = e is >= 0x20 and < 0x7F ? ((char)e).ToString() : $"U+{e:X4}";
                    return ($"无效的转义 \\{shown}", $"the escape \\{shown} is not valid");
                }
            }
        }

        return ("字符串未闭合", "a string is not closed");
    }

    /// <summary>The text at <paramref name="i"/>, quoted and cut short, for messages.</summary>
    private static string Show(ReadOnlySpan<byte> utf8Json, int i)
    {
        var end = i;
        while (end < utf8Json.Length && end - i < 12 && utf8Json[end] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            end++;
        }

        if (end == i)
        {
            end = i + 1;
        }

        var text = Encodings.IsValidUtf8(utf8Json.Slice(i, end - i)) ? Encoding.UTF8.GetString(utf8Json.Slice(i, end - i).ToArray()) : $"0x{utf8Json[i]:X2}";
        return "“" + text + (end < utf8Json.Length && end - i >= 12 ? "…" : string.Empty) + "”";
    }

    private static string Where(string pointer, bool english = false) => pointer.Length == 0 ? string.Empty : english ? $"{pointer}: " : $"{pointer}：";

    /// <summary>A member's value is complete: what follows is located at its object, not at the member.</summary>
    private static void ValueDone(List<Frame> frames)
    {
        if (frames.Count > 0 && !frames[frames.Count - 1].IsArray)
        {
            frames[frames.Count - 1].Member = null;
        }
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
        {
            frames[frames.Count - 1].Index++;
        }
    }

    private static string Pointer(List<Frame> frames)
    {
        var text = new StringBuilder();
        foreach (var f in frames)
        {
            if (f.IsArray)
            {
                if (f.Index >= 0)
                {
                    text.Append('/').Append(f.Index.ToString(CultureInfo.InvariantCulture));
                }
            }
            else if (f.Member is not null)
            {
                text.Append('/').Append(JsonPointers.Escape(f.Member));
            }
        }

        return text.ToString();
    }

    private sealed class Frame
    {
        public Frame(bool isArray) => IsArray = isArray;

        public bool IsArray { get; }

        public int Index { get; set; } = -1;

        public string? Member { get; set; }

        public HashSet<string>? Names { get; set; }
    }
}

/// <summary>Recognising text that is not UTF-8, and checking that it is.</summary>
internal static class Encodings
{
#if !NET8_0_OR_GREATER
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

    /// <summary>
    /// The encoding the bytes look like when it is UTF-16 or UTF-32 (by a byte order mark, or by the zero
    /// bytes of an ASCII first character, as RFC 4627 describes), else <see langword="null"/>.
    /// </summary>
    public static (string Zh, string En)? Describe(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return ("UTF-32（小端序，带字节顺序标记）", "UTF-32 (little-endian, with a byte order mark)");
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return ("UTF-32（大端序，带字节顺序标记）", "UTF-32 (big-endian, with a byte order mark)");
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return ("UTF-16（小端序，带字节顺序标记）", "UTF-16 (little-endian, with a byte order mark)");
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return ("UTF-16（大端序，带字节顺序标记）", "UTF-16 (big-endian, with a byte order mark)");
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0)
        {
            return ("UTF-32（大端序）", "UTF-32 (big-endian)");
        }

        if (b.Length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
        {
            return ("UTF-32（小端序）", "UTF-32 (little-endian)");
        }

        if (b.Length >= 2 && b[0] == 0 && b[1] != 0)
        {
            return ("UTF-16（大端序）", "UTF-16 (big-endian)");
        }

        if (b.Length >= 2 && b[0] != 0 && b[1] == 0)
        {
            return ("UTF-16（小端序）", "UTF-16 (little-endian)");
        }

        return null;
    }

    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        var ascii = true;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return true;
        }

#if NET8_0_OR_GREATER
        return System.Text.Unicode.Utf8.IsValid(bytes);
#else
        try
        {
            _ = StrictUtf8.GetCharCount(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
#endif
    }

    /// <summary>How many continuation bytes a UTF-8 lead byte announces (0 for a byte that cannot lead).</summary>
    public static int ContinuationCount(byte lead) => lead switch
    {
        >= 0xF0 and <= 0xF4 => 3,
        >= 0xE0 and <= 0xEF => 2,
        >= 0xC2 and <= 0xDF => 1,
        _ => 0,
    };

    /// <summary>The first <c>\uXXXX</c> escape of an unpaired surrogate in a raw (still escaped) JSON string, if any.</summary>
    public static string? LoneSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        var pendingHigh = (string?)null;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\' || i + 1 >= raw.Length)
            {
                if (pendingHigh is not null)
                {
                    return pendingHigh;
                }

                continue;
            }

            if (raw[i + 1] != (byte)'u' || i + 5 >= raw.Length)
            {
                if (pendingHigh is not null)
                {
                    return pendingHigh;
                }

                i++;
                continue;
            }

            var hex = Encoding.ASCII.GetString(raw.Slice(i + 2, 4).ToArray());
            var unit = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var escape = "\\u" + hex;
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (pendingHigh is not null)
                {
                    return pendingHigh;
                }

                pendingHigh = escape;
            }
            else if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                if (pendingHigh is null)
                {
                    return escape;
                }

                pendingHigh = null;
            }
            else if (pendingHigh is not null)
            {
                return pendingHigh;
            }

            i += 5;
        }

        return pendingHigh;
    }
}
