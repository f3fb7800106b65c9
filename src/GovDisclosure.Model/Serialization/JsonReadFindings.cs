using System;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Serialization;

/// <summary>The findings of the strict reader, worded by this library (never by System.Text.Json).</summary>
internal static class JsonReadFindings
{
    public static Finding Create(string keyword, string pointer, string zh, string en) => FindingFactory.Structural(RuleIds.Json, keyword, pointer, zh, en);

    /// <summary>
    /// The finding for a failed read, decided without reading any exception's text: a duplicate member
    /// name first (whatever else is wrong with it), then the strict converters' own typed error, then
    /// what a scan of the bytes finds (encoding, syntax, nesting), then the root's shape and its
    /// <c>formatVersion</c>, and last the JSON Schema's diagnosis of the first structural problem.
    /// </summary>
    public static Finding ForFailedRead(Exception ex, ReadOnlySpan<byte> utf8Json)
    {
        var scan = JsonScan.Run(utf8Json, ReportJson.MaxDepth);
        if (scan.Duplicates.Count > 0)
        {
            return scan.Duplicates[0];
        }

        var path = (ex as JsonException)?.Path;
        if (ex is JsonReadError own)
        {
            var pointer = path is null ? string.Empty : JsonPointers.FromJsonPath(path);
            if (own.RelativePointer is not null)
            {
                pointer += own.RelativePointer;
            }

            return Locate(own.Keyword, pointer, (own.Zh, own.En));
        }

        if (scan.Fatal is not null)
        {
            return scan.Fatal;
        }

        if (scan.Root != JsonTokenType.StartObject)
        {
            var kind = (Zh: JsonReadError.TokenZh(scan.Root), En: JsonReadError.TokenEn(scan.Root));
            return Create(JsonReadKeywords.Type, string.Empty, $"报告应为 JSON 对象，实为{kind.Zh}", $"a report must be a JSON object, found {kind.En}");
        }

        var (token, text) = scan.FormatVersion;
        if (token == JsonTokenType.None)
        {
            return Create(JsonReadKeywords.FormatVersion, string.Empty, $"缺少 formatVersion（格式版本），应为 {KnownFormats.Zh}", $"formatVersion is missing; expected {KnownFormats.En}");
        }

        if (token != JsonTokenType.String || !KnownFormats.Contains(text!))
        {
            var found = token == JsonTokenType.String ? Quote.Text(text!) : JsonReadError.TokenEn(token);
            var foundZh = token == JsonTokenType.String ? Quote.Text(text!) : JsonReadError.TokenZh(token);
            return Create(
                JsonReadKeywords.FormatVersion,
                "/formatVersion",
                $"/formatVersion：formatVersion（格式版本）应为字符串 {KnownFormats.Zh}（实为 {foundZh}）",
                $"/formatVersion: formatVersion must be the string {KnownFormats.En} (found {found}; these are the formats this version of the library reads)");
        }

        var at = path is null ? string.Empty : JsonPointers.FromJsonPath(path);
        if (SchemaDiagnosis.Affordable(utf8Json.Length, scan.Tokens) && SchemaDiagnosis.First(utf8Json, at) is { } diagnosed)
        {
            return diagnosed;
        }

        return Create(JsonReadKeywords.Type, at, Where(at) + "此处的值不符合报告格式", Where(at, true) + "the value here does not have the form the report format requires");
    }

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
