using System.Collections.Immutable;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>The document is not a well-formed report in the strict JSON form (syntax, unknown or missing members, types, ranges).</summary>
    public const string Json = "JSON";

    /// <summary>The document does not conform to the JSON Schema (reported with the schema keyword).</summary>
    public const string Schema = "SCHEMA";
}

/// <summary><c>JSON</c>: raised by the strict reader; its messages are built where the problem is found.</summary>
internal sealed class JsonRule : ReportRule
{
    public JsonRule()
        : base(new RuleDescriptor(
            RuleIds.Json, 10, RuleScope.Document, AllFormats, Severity.Error,
            "JSON 格式错误", "Malformed report JSON",
            "文档不是严格 JSON 形式的年度报告（语法、编码、未知或缺少的成员、类型、数值范围、格式版本）。",
            "The document is not a well-formed report in the strict JSON form (syntax, encoding, unknown or missing members, types, ranges, format version).",
            null, null))
    {
    }
}

/// <summary><c>SCHEMA</c>: raised by the JSON Schema evaluation, with the schema keyword.</summary>
internal sealed class SchemaRule : ReportRule
{
    public SchemaRule()
        : base(new RuleDescriptor(
            RuleIds.Schema, 20, RuleScope.Document, AllFormats, Severity.Error,
            "不符合 JSON Schema", "JSON Schema violation",
            "文档不符合年度报告的 JSON Schema（附带 Schema 关键字）。",
            "The document does not conform to the report's JSON Schema (reported with the schema keyword).",
            null, null))
    {
    }
}
