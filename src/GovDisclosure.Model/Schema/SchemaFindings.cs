using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;
using Json.Schema;

namespace GovDisclosure.Model.Schema;

/// <summary>Turns JsonSchema.Net's list output into our findings, with our own Chinese and English messages (its English strings are not used).</summary>
internal static class SchemaFindings
{
    /// <summary>The format whose labels name the members of the instance being described (set by <see cref="From"/> for its call).</summary>
    [ThreadStatic]
    private static ReportFormatInfo? _format;

    public static List<Finding> From(EvaluationResults results, JsonElement instance, JsonElement schemaRoot, ReportFormatInfo format)
    {
        _format = format;
        var findings = new List<Finding>();
        var seen = new HashSet<(string, string, string)>();
        foreach (var detail in results.Details ?? (IReadOnlyList<EvaluationResults>)Array.Empty<EvaluationResults>())
        {
            if (detail.Errors is null)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            var evaluationPath = detail.EvaluationPath.ToString();
            var schema = ResolveFragment(schemaRoot, detail.SchemaLocation.ToString());
            foreach (var error in detail.Errors)
            {
                var keyword = error.Key.Length > 0 ? error.Key : LastSegment(evaluationPath);
                foreach (var finding in Describe(keyword, pointer, evaluationPath, schema, instance))
                {
                    if (seen.Add((finding.Keyword ?? string.Empty, finding.Pointer, finding.MessageEn)))
                    {
                        findings.Add(finding);
                    }
                }
            }
        }

        if (findings.Count == 0)
        {
            findings.Add(Create("schema", string.Empty, "报告不符合 JSON 模式", "the report does not match the JSON Schema"));
        }

        return findings;
    }

    private static IEnumerable<Finding> Describe(string keyword, string pointer, string evaluationPath, JsonElement? schema, JsonElement root)
    {
        var value = Resolve(root, pointer);
        var (where, whereEn) = Where(pointer);
        switch (keyword)
        {
            case "required":
                var names = schema is { } s && s.TryGetProperty("required", out var req) ? req.EnumerateArray().Select(e => e.GetString()!).ToList() : new List<string>();
                var missing = value is { ValueKind: JsonValueKind.Object } obj ? names.Where(n => !obj.TryGetProperty(n, out _)).ToList() : names;
                foreach (var name in missing)
                {
                    var (label, labelEn) = Labels.Of(Json.Pointer.JsonPointer.Parse(pointer).Combine(name).ToString());
                    var named = label is null ? $"“{name}”" : $"“{name}”（{label}）";
                    var namedEn = labelEn is null ? $"\"{name}\"" : $"\"{name}\" ({labelEn})";
                    var missingText = ProblemTexts.MissingMembers(new[] { named });
                    yield return Create(keyword, pointer, where + missingText.Zh, whereEn + ProblemTexts.MissingMembers(new[] { namedEn }).En);
                }

                yield break;
            case "additionalProperties":
                var member = LastSegment(pointer);
                var (parent, parentEn) = Where(ParentOf(pointer));
                var unknown = ProblemTexts.UnknownMember(member);
                yield return Create(keyword, pointer, parent + unknown.Zh, parentEn + unknown.En);
                yield break;
            case "enum" when evaluationPath.Contains("/propertyNames"):
                var key = LastSegment(pointer);
                var noteKey = ProblemTexts.SourceNoteKey(key);
                yield return Create(keyword, pointer, $"{pointer}：{noteKey.Zh}", $"{pointer}: {noteKey.En}");
                yield break;
            case "type":
                var expected = schema is { } t && t.TryGetProperty("type", out var type) ? type.GetString() ?? string.Empty : string.Empty;
                var nonNegative = schema is { } m && m.TryGetProperty("minimum", out var min) && min.GetDecimal() == 0;
                var (zh, en) = TypeName(expected, nonNegative);
                var problem = value switch
                {
                    { ValueKind: JsonValueKind.Null } => ProblemTexts.NullNotAllowed(zh, en),
                    { ValueKind: JsonValueKind.String } when expected is "integer" or "number" => ProblemTexts.NumberAsString(zh, en),
                    { ValueKind: JsonValueKind.Number } n when expected == "integer" => ProblemTexts.NotAnInteger(Quote.Short(n.GetRawText())),
                    _ => ProblemTexts.WrongType(zh, en, KindZh(value), KindEn(value)),
                };
                yield return Create(keyword, pointer, where + problem.Zh, whereEn + problem.En);

                yield break;
            case "minimum":
            case "maximum":
                var limit = schema is { } l && l.TryGetProperty(keyword, out var lim) ? lim.GetRawText() : "?";
                var raw = value is { } rawValue ? Quote.Json(rawValue) : "?";
                yield return keyword == "minimum"
                    ? Create(keyword, pointer, limit == "0" ? where + ProblemTexts.Negative(raw).Zh : $"{where}不能小于 {limit}（实为 {raw}）", limit == "0" ? whereEn + ProblemTexts.Negative(raw).En : $"{whereEn}must be at least {limit} (found {raw})")
                    : Create(keyword, pointer, $"{where}不能大于 {limit}（实为 {raw}）", $"{whereEn}must be at most {limit} (found {raw})");
                yield break;
            case "const":
                var constant = schema is { } c && c.TryGetProperty("const", out var cv) ? cv.GetRawText() : "?";
                var found = value is { } constValue ? Quote.Json(constValue) : "?";
                yield return Create(keyword, pointer, $"{where}应为 {constant}（实为 {found}）", $"{whereEn}must be {constant} (found {found})");
                yield break;
            case "pattern":
            case "format":
            case "minLength":
            case "maxLength":
                var (shape, shapeEn) = Shape(schema);
                var text = value is { } textValue ? Quote.Json(textValue) : "?";
                yield return Create(keyword, pointer, $"{where}应为{shape}（实为 {text}）", $"{whereEn}expected {shapeEn} (found {text})");
                yield break;
            default:
                yield return Create(keyword, pointer, $"{where}不符合 JSON 模式的 “{keyword}” 约束", $"{whereEn}violates the JSON Schema keyword \"{keyword}\"");
                yield break;
        }
    }

    private static (string Zh, string En) Shape(JsonElement? schema)
    {
        if (schema is { } s && s.TryGetProperty("pattern", out var p))
        {
            switch (p.GetString())
            {
                case DateOnlyJsonConverter.Pattern:
                    return ("yyyy-MM-dd 格式的有效日期", "a valid date written yyyy-MM-dd");
                case DivisionCodeJsonConverter.Pattern:
                    return ("6 位数字", "6 digits");
                case HttpUrlJsonConverter.Pattern:
                    return ("http 或 https 绝对网址（不含空白或控制字符）", "an absolute http or https URL (no whitespace or control characters)");
            }
        }

        return ("符合要求格式的文本", "text in the required form");
    }

    private static (string Zh, string En) TypeName(string type, bool nonNegative) => type switch
    {
        "integer" => nonNegative ? ("非负整数", "a non-negative integer") : ("整数", "an integer"),
        "number" => nonNegative ? ("非负数值", "a non-negative number") : ("数值", "a number"),
        "string" => ("字符串", "a string"),
        "object" => ("对象", "an object"),
        "array" => ("数组", "an array"),
        "boolean" => ("布尔值", "a boolean"),
        _ => (type, type),
    };

    private static string KindZh(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Null => "null",
        _ => "未知",
    };

    private static string KindEn(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static (string Zh, string En) Where(string pointer)
    {
        if (pointer.Length == 0)
        {
            return ("报告：", "report: ");
        }

        var (label, labelEn) = Labels.Of(pointer);
        return label is null ? ($"{pointer}：", $"{pointer}: ") : ($"{pointer}（{label}）：", $"{pointer} ({labelEn}): ");
    }

    internal static Finding Create(string keyword, string pointer, string zh, string en) => FindingFactory.Structural(RuleIds.Schema, keyword, pointer, zh, en);

    private static string LastSegment(string pointer)
    {
        var i = pointer.LastIndexOf('/');
        return (i < 0 ? pointer : pointer.Substring(i + 1)).Replace("~1", "/").Replace("~0", "~");
    }

    private static string ParentOf(string pointer)
    {
        var i = pointer.LastIndexOf('/');
        return i <= 0 ? string.Empty : pointer.Substring(0, i);
    }

    private static IEnumerable<string> Tokens(string pointer) =>
        pointer.Length == 0 ? Array.Empty<string>() : pointer.Substring(1).Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~"));

    /// <summary>The value at a JSON Pointer, if any.</summary>
    internal static JsonElement? Resolve(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var token in Tokens(pointer))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static JsonElement? ResolveFragment(JsonElement schemaRoot, string location)
    {
        var hash = location.IndexOf('#');
        var fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(location.Substring(hash + 1));
        return Resolve(schemaRoot, fragment);
    }

    /// <summary>The official labels of the member at an instance location, from the model (the single home of labels).</summary>
    private static class Labels
    {
        public static (string? Zh, string? En) Of(string pointer)
        {
            var format = _format ?? ReportFormatInfo.All[0];
            if (format.TryFindCell(pointer, out var cell))
            {
                return (cell.DisplayName, cell.EnglishDisplayName);
            }

            var tokens = Tokens(pointer).ToList();
            if (tokens.Count == 1 && tokens[0] == "formatVersion")
            {
                return ("格式版本", "format version");
            }

            var current = format.ReportType;
            OfficialLabelAttribute? label = null;
            string? suffix = null;
            string? suffixEn = null;
            foreach (var token in tokens)
            {
                if (current == typeof(string) || current.IsPrimitive || current == typeof(decimal) || current == typeof(DateTime))
                {
                    return (null, null);
                }

                var type = ReportJson.GetTypeInfo(current);
                switch (type.Kind)
                {
                    case JsonTypeInfoKind.Object:
                        var property = ReportSchemaGenerator.SerializedProperties(type).FirstOrDefault(p => p.Name == token);
                        if (property is null)
                        {
                            return (null, null);
                        }

                        label = ReportCells.LabelOf(property);
                        suffix = suffixEn = null;
                        current = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                        break;
                    case JsonTypeInfoKind.Enumerable:
                        suffix = $" 第 {token} 项";
                        suffixEn = $" #{token}";
                        current = type.ElementType!;
                        break;
                    case JsonTypeInfoKind.Dictionary:
                        suffix = $" “{token}”";
                        suffixEn = $" \"{token}\"";
                        current = type.ElementType!;
                        break;
                    default:
                        return (null, null);
                }
            }

            return label is null ? (null, null) : (label.Label + suffix, label.English + suffixEn);
        }
    }
}
