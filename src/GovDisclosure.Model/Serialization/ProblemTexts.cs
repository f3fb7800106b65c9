using System.Collections.Generic;

namespace GovDisclosure.Model.Serialization;

/// <summary>
/// The one home of how a structural problem of a report's JSON is worded, in Chinese and English: the
/// strict reader (its converters and the mapping of serializer errors) and the JSON Schema diagnosis
/// describe the same problem in the same words. Callers add where it is (a pointer and, where known, the
/// official label) in front.
/// </summary>
internal static class ProblemTexts
{
    public static (string Zh, string En) UnknownMember(string name) =>
        ($"格式中没有成员 “{Quote.Short(name)}”", $"the format has no member {Quote.Text(name)}");

    public static (string Zh, string En) DuplicateMember(string name) =>
        ($"成员 “{Quote.Short(name)}” 重复出现", $"the member {Quote.Text(name)} appears more than once");

    public static (string Zh, string En) MissingMembers(IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return ($"缺少必需成员：{list}", $"missing required member(s): {list}");
    }

    public static (string Zh, string En) Null => ("不允许为 null", "null is not allowed here");

    public static (string Zh, string En) NullNotAllowed(string expectedZh, string expectedEn) =>
        ($"{Null.Zh}，应为{expectedZh}", $"{Null.En}; expected {expectedEn}");

    public static (string Zh, string En) NumberAsString(string expectedZh, string expectedEn) =>
        ($"数字不能写成字符串，应为{expectedZh}", $"a number must not be sent as a string; expected {expectedEn}");

    public static (string Zh, string En) WrongType(string expectedZh, string expectedEn, string foundZh, string foundEn) =>
        ($"类型错误：应为{expectedZh}，实为{foundZh}", $"wrong type: expected {expectedEn}, found {foundEn}");

    public static (string Zh, string En) NotAnInteger(string found) =>
        ($"应为整数，实为 {found}", $"expected an integer, found {found}");

    public static (string Zh, string En) Negative(string found) =>
        ($"不能为负数（实为 {found}）", $"cannot be negative (found {found})");

    public static (string Zh, string En) SourceNoteKey(string key) =>
        ($"来源备注的键应为本格式某个数值单元格的 JSON Pointer（实为 “{Quote.Short(key)}”）", $"a source note's key must be the JSON Pointer of a numeric cell of the format (found {Quote.Text(key)})");

    public static (string Zh, string En) NotUtf8(bool isName) => isName
        ? ("成员名不是有效的 UTF-8 文本", "a member name is not valid UTF-8 text")
        : ("字符串不是有效的 UTF-8 文本", "the string is not valid UTF-8 text");

    public static (string Zh, string En) LoneSurrogate(string escape, bool isName) => isName
        ? ($"成员名含有未配对的代理项转义 {escape}，它不是 Unicode 字符", $"a member name has the escape {escape} of an unpaired surrogate, which is not a Unicode character")
        : ($"字符串含有未配对的代理项转义 {escape}，它不是 Unicode 字符", $"the string has the escape {escape} of an unpaired surrogate, which is not a Unicode character");
}
