using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Serialization;

/// <summary>Turns what System.Text.Json throws into a <see cref="Finding"/> with our own messages.</summary>
internal static class JsonReadFindings
{
    private static readonly Regex MissingRequired = new("missing required properties including: (?<names>.*?)\\.?\\s*(Path:|$)", RegexOptions.CultureInvariant);
    private static readonly Regex Quoted = new("'(?<name>[^']*)'", RegexOptions.CultureInvariant);

    public static Finding Create(string keyword, string pointer, string zh, string en) => FindingFactory.Structural(RuleIds.Json, keyword, pointer, zh, en);

    public static Finding FromException(Exception ex, ReadOnlySpan<byte> utf8Json)
    {
        var path = (ex as JsonException)?.Path;
        var isSyntax = ex.InnerException?.GetType().Name == "JsonReaderException";
        var tooDeep = ex.Message.Contains("maximum configured depth");
        var pointer = path is null || isSyntax ? SyntaxLocator.Locate(utf8Json, tooDeep ? ReportJson.MaxDepth : SyntaxLocator.DefaultMaxDepth) : JsonPointers.FromJsonPath(path);
        if (ex is JsonReadError own)
        {
            if (own.RelativePointer is not null)
            {
                pointer += own.RelativePointer;
            }

            return Locate(own.Keyword, pointer, (own.Zh, own.En));
        }

        var message = ex.Message;
        var inner = ex.InnerException;
        if (message.Contains("must specify a type discriminator") || message.Contains("abstract type"))
        {
            return Create(JsonReadKeywords.FormatVersion, string.Empty, $"缺少 formatVersion（格式版本），应为 {FormatVersions.ListZh}", $"formatVersion is missing; expected {FormatVersions.ListEn}");
        }

        if (pointer == "/formatVersion" || message.Contains("type discriminator") || message.Contains("metadata property"))
        {
            return Create(JsonReadKeywords.FormatVersion, "/formatVersion", $"/formatVersion：formatVersion（格式版本）应为字符串 {FormatVersions.ListZh}", $"/formatVersion: formatVersion must be the string {FormatVersions.ListEn} (the formats this version of the library reads)");
        }

        if (ex is DecoderFallbackException || message.Contains("UTF-8") || message.Contains("UTF8") || inner is DecoderFallbackException)
        {
            return Create(JsonReadKeywords.Encoding, pointer, Where(pointer) + "输入不是有效的 UTF-8 文本", Where(pointer, true) + "the input is not valid UTF-8 text");
        }

        if (message.Contains("maximum configured depth"))
        {
            return Create(JsonReadKeywords.Depth, pointer, Where(pointer) + $"嵌套层数超过报告的最大深度 {ReportJson.MaxDepth}", Where(pointer, true) + $"the document nests deeper than a report's {ReportJson.MaxDepth} levels");
        }

        if (message.Contains("could not be mapped to any .NET member"))
        {
            return Locate(JsonReadKeywords.UnknownProperty, pointer, ProblemTexts.UnknownMember(LastToken(pointer)));
        }

        if (message.Contains("Duplicate"))
        {
            return Locate(JsonReadKeywords.DuplicateProperty, pointer, ProblemTexts.DuplicateMember(LastToken(pointer)));
        }

        var missing = MissingRequired.Match(message);
        if (missing.Success)
        {
            var names = Quoted.Matches(missing.Groups["names"].Value).Cast<Match>().Select(m => m.Groups["name"].Value);
            return Locate(JsonReadKeywords.Required, pointer, ProblemTexts.MissingMembers(names));
        }

        if (message.Contains("null"))
        {
            return Locate(JsonReadKeywords.Null, pointer, ProblemTexts.Null);
        }

        if (isSyntax)
        {
            var detail = TrimPath(message);
            var zh = message.Contains("comment") || message.Contains("'/' is an invalid") || message.Contains("'/' is invalid")
                ? "不允许注释"
                : message.Contains("trailing comma") || message.Contains("',' is an invalid start")
                    ? "不允许尾随逗号"
                    : message.Contains("does not contain any JSON tokens")
                        ? "输入为空"
                        : "JSON 语法错误";
            var position = ex is JsonException { LineNumber: { } line, BytePositionInLine: { } column } ? $"（第 {line + 1} 行，第 {column + 1} 字节）" : string.Empty;
            var positionEn = ex is JsonException { LineNumber: { } l, BytePositionInLine: { } c } ? $" (line {l + 1}, byte {c + 1})" : string.Empty;
            return Create(JsonReadKeywords.Syntax, pointer, $"{Where(pointer)}{zh}{position}", $"{Where(pointer, true)}{detail}{positionEn}");
        }

        if (message.Contains("could not be converted"))
        {
            return Create(JsonReadKeywords.Type, pointer, $"{Where(pointer)}类型错误：{ExpectedZh(message)}", $"{Where(pointer, true)}wrong type: {ExpectedEn(message)}");
        }

        return Create(JsonReadKeywords.Syntax, pointer, $"{Where(pointer)}无法读取：{TrimPath(message)}", $"{Where(pointer, true)}cannot be read: {TrimPath(message)}");
    }

    private static string ExpectedZh(string message) =>
        message.Contains("ImmutableArray") || message.Contains("[]") ? "应为数组" : message.Contains("Boolean") ? "应为布尔值" : message.Contains("ImmutableSortedDictionary") || message.Contains("GovDisclosure.Model.") ? "应为对象" : "值无法转换";

    private static string ExpectedEn(string message) =>
        message.Contains("ImmutableArray") || message.Contains("[]") ? "expected an array" : message.Contains("Boolean") ? "expected a boolean" : message.Contains("ImmutableSortedDictionary") || message.Contains("GovDisclosure.Model.") ? "expected an object" : "the value cannot be converted";

    /// <summary>
    /// A finding with its place in front of the text: a member that should not be there is described from
    /// its object (<c>/metadata：格式中没有成员 “x”</c>), anything else where it is.
    /// </summary>
    public static Finding Locate(string keyword, string pointer, (string Zh, string En) text)
    {
        if (keyword is JsonReadKeywords.UnknownProperty or JsonReadKeywords.DuplicateProperty)
        {
            return Create(keyword, pointer, $"{Parent(pointer)}：{text.Zh}", $"{Parent(pointer, true)}: {text.En}");
        }

        return Create(keyword, pointer, Where(pointer) + text.Zh, Where(pointer, true) + text.En);
    }

    private static string Where(string pointer, bool english = false) => pointer.Length == 0 ? string.Empty : english ? $"{pointer}: " : $"{pointer}：";

    private static string Parent(string pointer, bool english = false)
    {
        var i = pointer.LastIndexOf('/');
        var parent = i <= 0 ? string.Empty : pointer.Substring(0, i);
        return parent.Length == 0 ? (english ? "report" : "报告") : parent;
    }

    private static string LastToken(string pointer)
    {
        var i = pointer.LastIndexOf('/');
        return (i < 0 ? pointer : pointer.Substring(i + 1)).Replace("~1", "/").Replace("~0", "~");
    }

    private static string TrimPath(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (i < 0 ? message : message.Substring(0, i)).TrimEnd();
    }
}

/// <summary>Checks made after the serializer has built the model: those the JSON contract states but the serializer cannot.</summary>
internal static class PostReadChecks
{
    public static Finding? Check(AnnualReport report)
    {
        // System.Text.Json does not apply nullable annotations to collection elements: reject null paragraphs here.
        var nullParagraph = NullParagraph("/overview/paragraphs", report.Overview.Paragraphs)
            ?? NullParagraph("/problemsAndImprovements/paragraphs", report.ProblemsAndImprovements.Paragraphs)
            ?? NullParagraph("/otherMatters/paragraphs", report.OtherMatters.Paragraphs);
        if (nullParagraph is not null)
        {
            return nullParagraph;
        }

        foreach (var pointer in report.SourceNotes.Keys)
        {
            if (!ReportCells.TryFind(report.Format, pointer, out _))
            {
                return JsonReadFindings.Locate(JsonReadKeywords.Format, JsonPointers.Append("/sourceNotes", pointer), ProblemTexts.SourceNoteKey(pointer));
            }
        }

        return null;
    }

    private static Finding? NullParagraph(string pointer, EquatableArray<NarrativeParagraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i] is null)
            {
                var at = pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return JsonReadFindings.Locate(JsonReadKeywords.Null, at, ProblemTexts.NullNotAllowed("段落对象", "a paragraph object"));
            }
        }

        return null;
    }
}

/// <summary>The format versions the reader accepts, quoted for messages (from <see cref="ReportFormatInfo.All"/>).</summary>
internal static class FormatVersions
{
    public static readonly string ListZh = string.Join("或", ReportFormatInfo.All.Select(f => "\"" + f.Version + "\""));

    public static readonly string ListEn = string.Join(" or ", ReportFormatInfo.All.Select(f => "\"" + f.Version + "\""));
}
