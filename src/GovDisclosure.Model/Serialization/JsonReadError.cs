using System.Collections.Generic;
using System.Text.Json;

namespace GovDisclosure.Model.Serialization;

/// <summary>
/// Raised inside the strict converters: carries the kind of problem and messages in both languages.
/// Never escapes the library: <see cref="ReportJson"/> turns it into a finding.
/// </summary>
internal sealed class JsonReadError : JsonException
{
    public JsonReadError(string keyword, string zh, string en, string? relativePointer = null)
        : base(en)
    {
        Keyword = keyword;
        Zh = zh;
        En = en;
        RelativePointer = relativePointer;
    }

    public JsonReadError(string keyword, (string Zh, string En) text, string? relativePointer = null)
        : this(keyword, text.Zh, text.En, relativePointer)
    {
    }

    public string Keyword { get; }

    public string Zh { get; }

    public string En { get; }

    /// <summary>A pointer below the path STJ reports, for errors found inside a converter's own value.</summary>
    public string? RelativePointer { get; }

    public static JsonReadError WrongType(JsonTokenType actual, string expectedZh, string expectedEn) =>
        actual == JsonTokenType.Null
            ? new JsonReadError(JsonReadKeywords.Null, ProblemTexts.NullNotAllowed(expectedZh, expectedEn))
            : actual == JsonTokenType.String && (expectedEn.Contains("integer") || expectedEn.Contains("number"))
                ? new JsonReadError(JsonReadKeywords.Type, ProblemTexts.NumberAsString(expectedZh, expectedEn))
                : new JsonReadError(JsonReadKeywords.Type, ProblemTexts.WrongType(expectedZh, expectedEn, TokenZh(actual), TokenEn(actual)));

    /// <summary>The start of a value where the format wants an object.</summary>
    public static JsonReadError NotAnObject(JsonTokenType actual) => WrongType(actual, "对象", "an object");

    public static JsonReadError UnknownMember(string name) =>
        new(JsonReadKeywords.UnknownProperty, ProblemTexts.UnknownMember(name), "/" + JsonPointers.Escape(name));

    public static JsonReadError DuplicateMember(string name) =>
        new(JsonReadKeywords.DuplicateProperty, ProblemTexts.DuplicateMember(name), "/" + JsonPointers.Escape(name));

    public static JsonReadError MissingMembers(IEnumerable<string> names) =>
        new(JsonReadKeywords.Required, ProblemTexts.MissingMembers(names));

    /// <summary>The same problem, one member further down.</summary>
    public JsonReadError At(string member) => new(Keyword, Zh, En, "/" + JsonPointers.Escape(member) + RelativePointer);

    public static string TokenZh(JsonTokenType t) => t switch
    {
        JsonTokenType.StartObject => "对象",
        JsonTokenType.StartArray => "数组",
        JsonTokenType.String => "字符串",
        JsonTokenType.Number => "数字",
        JsonTokenType.True or JsonTokenType.False => "布尔值",
        JsonTokenType.Null => "null",
        _ => t.ToString(),
    };

    public static string TokenEn(JsonTokenType t) => t switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => t.ToString(),
    };
}

/// <summary>The values of <see cref="Validation.Finding.Keyword"/> for <see cref="Validation.RuleIds.Json"/> findings.</summary>
public static class JsonReadKeywords
{
    /// <summary>The bytes are not well-formed JSON (including comments, trailing commas and an empty document).</summary>
    public const string Syntax = "syntax";

    /// <summary>The bytes are not valid UTF-8 (including text in UTF-16 or UTF-32, and escapes of unpaired surrogates such as <c>"\ud800"</c>).</summary>
    public const string Encoding = "encoding";

    /// <summary>The input is larger than the limit of <see cref="ReportReadOptions.MaxSize"/>, and was not read further.</summary>
    public const string Size = "size";

    /// <summary>The document nests deeper than a report can.</summary>
    public const string Depth = "depth";

    /// <summary>A member that the format does not define.</summary>
    public const string UnknownProperty = "unknownProperty";

    /// <summary>A member that appears twice in one object.</summary>
    public const string DuplicateProperty = "duplicateProperty";

    /// <summary>A required member is missing.</summary>
    public const string Required = "required";

    /// <summary>A value of the wrong JSON type (including a number sent as a string).</summary>
    public const string Type = "type";

    /// <summary>A null where the format wants a value (absent optional members are omitted, never null).</summary>
    public const string Null = "null";

    /// <summary>A number outside its range (a negative count, a count beyond 4294967295, a fractional count, a money amount that cannot be held exactly).</summary>
    public const string Range = "range";

    /// <summary>A string that does not have the required form (date, division code, URL, cell pointer).</summary>
    public const string Format = "format";

    /// <summary>The <c>formatVersion</c> member is missing, misplaced or names no known format.</summary>
    public const string FormatVersion = "formatVersion";
}
