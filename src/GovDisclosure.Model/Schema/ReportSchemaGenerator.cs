using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Model.Formats;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Schema;

/// <summary>
/// Writes the JSON Schema of the report JSON from the model's own JSON contract (property names, order,
/// required members, types, converters) and its <see cref="OfficialLabelAttribute"/>s, so that the schema
/// has no facts of its own. The committed <c>schema/*.schema.json</c> files are this output (a test fails
/// when they drift; run the tests with <c>UPDATE_SCHEMA=1</c> to rewrite them).
/// </summary>
internal static class ReportSchemaGenerator
{
    public const string Draft202012Uri = "https://json-schema.org/draft/2020-12/schema";
    public const string Draft07Uri = "http://json-schema.org/draft-07/schema#";
    public const string Draft202012Id = "https://govdisclosure.github.io/schema/annual-report.schema.json";
    public const string Draft07Id = "https://govdisclosure.github.io/schema/annual-report.draft-07.schema.json";

    private const string DiscriminatorTitle = "格式版本";
    private const string DiscriminatorEnglish = "Format version";

    // What each record type is, for the description of its $defs entry (the property labels live on the model).
    private static readonly Dictionary<Type, (string Zh, string En)> TypeDocs = new()
    {
        [typeof(ReportMetadata)] = ("报告信息：发布机关、报告年度，以及发布日期、行政区划代码和来源网址（可选）。", "Report metadata: the publishing agency and report year, and optionally the publication date, administrative division code and source URL."),
        [typeof(Narrative)] = ("叙述部分，由若干段落组成。", "A narrative section made of paragraphs."),
        [typeof(NarrativeParagraph)] = ("一个段落，可带小标题（如“（一）主动公开情况”）。", "One paragraph, with an optional heading."),
        [typeof(OtherMatters)] = ("六、其他需要报告的事项：段落，以及信息处理费情况（可选）。", "Section 6, other matters: paragraphs, and optionally the information processing fees."),
        [typeof(InformationProcessingFees)] = ("信息处理费情况（单位：元），各项均可省略。", "Information processing fees (in yuan); each fact may be absent."),
        [typeof(ApplicantCounts)] = ("表三的一行：按申请人情况分列的件数（自然人；法人或其他组织：商业企业、科研机构、社会公益组织、法律服务机构、其他）及总计。", "A row of table 3: counts by applicant (natural persons; legal persons or other organisations: commercial enterprises, research institutions, public welfare organisations, legal service agencies, other) and the total."),
        [typeof(NotDisclosed)] = ("（三）不予公开：1 至 8 项。", "(3) Not disclosed: items 1 to 8."),
        [typeof(UnableToProvide)] = ("（四）无法提供：1 至 3 项。", "(4) Unable to provide: items 1 to 3."),
        [typeof(NotProcessed)] = ("（五）不予处理：1 至 5 项。", "(5) Not processed: items 1 to 5."),
        [typeof(ReviewAndLitigation)] = ("表四：政府信息公开行政复议、行政诉讼情况。", "Table 4: administrative reconsideration and litigation concerning disclosure."),
        [typeof(CaseOutcomes)] = ("表四的一组：结果维持、结果纠正、其他结果、尚未审结、总计。", "A group of table 4: upheld, corrected, other, pending, total."),
        [typeof(CellNote)] = ("原表中某个数值单元格的备注：是否空白、注释、原文。", "A note on a numeric cell as published: blank, annotation, source text."),
    };

    /// <summary>The canonical draft 2020-12 schema text (UTF-8 JSON, two-space indent, <c>\n</c> line ends, final line break).</summary>
    public static string Generate()
    {
        var defs = new List<(string Name, Type Type)>();
        var seen = new HashSet<Type>();
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var polymorphism = ReportJson.GetTypeInfo(typeof(AnnualReport)).PolymorphismOptions
                ?? throw new InvalidOperationException("AnnualReport is expected to be polymorphic on formatVersion.");
            var formats = ReportFormatInfo.All;
            foreach (var format in formats)
            {
                var derived = polymorphism.DerivedTypes.Single(d => d.DerivedType == format.ReportType);
                if (!string.Equals((string)derived.TypeDiscriminator!, format.Version, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{format.ReportType.Name} is discriminated as {derived.TypeDiscriminator}, its format as {format.Version}.");
                }
            }

            w.WriteStartObject();
            w.WriteString("$schema", Draft202012Uri);
            w.WriteString("$id", Draft202012Id);
            w.WriteString("title", "政府信息公开工作年度报告");
            w.WriteString(
                "description",
                "政府信息公开工作年度报告的 JSON 形式，与 GovDisclosure.Model 读写的 JSON 完全一致；formatVersion 决定格式："
                + string.Join("；", formats.Select(f => $"\"{f.Version}\" 为{f.Notice}规定的格式，用于{f.YearsZh}的报告"))
                + "。表内各合计项的勾稽关系由校验规则检查，不在本模式中。"
                + " — A government information disclosure annual report in its JSON form, exactly as GovDisclosure.Model reads and writes it; formatVersion selects the format: "
                + string.Join("; ", formats.Select(f => $"\"{f.Version}\" is the format of {f.Notice}, for {f.YearsEn}"))
                + ". Cross-field sums are checked by the validation rules, not by this schema.");
            w.WritePropertyName("oneOf");
            w.WriteStartArray();
            foreach (var format in formats)
            {
                w.WriteStartObject();
                w.WriteString("$ref", "#/$defs/" + format.ReportType.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WritePropertyName("$defs");
            w.WriteStartObject();
            foreach (var format in formats)
            {
                WriteReport(w, polymorphism.TypeDiscriminatorPropertyName, format, defs, seen);
            }

            for (var i = 0; i < defs.Count; i++)
            {
                var (name, type) = defs[i];
                if (!TypeDocs.TryGetValue(type, out var doc) && !formats.Any(f => f.Layout.SchemaDocs.TryGetValue(type, out doc)))
                {
                    throw new InvalidOperationException($"Describe {type.Name} in ReportSchemaGenerator.TypeDocs or its format's SchemaDocs.");
                }

                w.WritePropertyName(name);
                w.WriteStartObject();
                w.WriteString("description", doc.Zh + " — " + doc.En);
                w.WriteString("type", "object");
                w.WritePropertyName("properties");
                w.WriteStartObject();
                var req = new List<string>();
                WriteProperties(w, ReportJson.GetTypeInfo(type), null, req, defs, seen);
                w.WriteEndObject();
                WriteRequired(w, req);
                w.WriteBoolean("additionalProperties", false);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The definition of one format's report: its own discriminator value, sections and source-note keys.</summary>
    private static void WriteReport(Utf8JsonWriter w, string discriminator, ReportFormatInfo format, List<(string, Type)> defs, HashSet<Type> seen)
    {
        w.WritePropertyName(format.ReportType.Name);
        w.WriteStartObject();
        w.WriteString("title", $"政府信息公开工作年度报告（{format.Version} 年格式）");
        w.WriteString(
            "description",
            $"按{format.Notice}“{format.Title}”编制的年度报告，用于{format.YearsZh}。 — An annual report in the {format.Version} format ({format.Notice}), for {format.YearsEn}.");
        w.WriteString("type", "object");
        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WritePropertyName(discriminator);
        w.WriteStartObject();
        w.WriteString("title", DiscriminatorTitle);
        w.WriteString("description", $"{DiscriminatorTitle}：本格式为 \"{format.Version}\"（{format.Notice}）。 — {DiscriminatorEnglish}: \"{format.Version}\" for this format.");
        w.WriteString("type", "string");
        w.WriteString("const", format.Version);
        w.WriteString("default", format.Version);
        w.WriteEndObject();
        var required = new List<string> { discriminator };
        WriteProperties(w, ReportJson.GetTypeInfo(format.ReportType), format, required, defs, seen);
        w.WriteEndObject();
        WriteRequired(w, required);
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
    }

    /// <summary>
    /// The draft-07 twin: the canonical text with <c>$schema</c> replaced and no <c>$id</c> (react-jsonschema-form's
    /// validator cannot resolve the <c>#/$defs/…</c> references of a schema that carries an <c>$id</c> when it matches
    /// the <c>oneOf</c> branches). <see cref="Draft07Id"/> is the identifier it is registered under when evaluated.
    /// </summary>
    public static string ToDraft07(string canonical)
    {
        var schemaLine = $"\"$schema\": \"{Draft202012Uri}\"";
        var idLine = $"  \"$id\": \"{Draft202012Id}\",\n";
        var i = canonical.IndexOf(schemaLine, StringComparison.Ordinal);
        var j = canonical.IndexOf(idLine, StringComparison.Ordinal);
        if (i < 0 || j < 0)
        {
            throw new InvalidOperationException("The canonical schema does not start with the expected $schema and $id.");
        }

        return canonical.Substring(0, i)
            + $"\"$schema\": \"{Draft07Uri}\""
            + canonical.Substring(i + schemaLine.Length, j - i - schemaLine.Length)
            + canonical.Substring(j + idLine.Length);
    }

    private static void WriteRequired(Utf8JsonWriter w, List<string> required)
    {
        if (required.Count == 0)
        {
            return;
        }

        w.WritePropertyName("required");
        w.WriteStartArray();
        foreach (var name in required)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter w, JsonTypeInfo type, ReportFormatInfo? format, List<string> required, List<(string, Type)> defs, HashSet<Type> seen)
    {
        foreach (var property in SerializedProperties(type))
        {
            var label = ReportCells.LabelOf(property)
                ?? throw new InvalidOperationException($"{type.Type.Name}.{property.Name} has no [OfficialLabel].");
            if (property.IsRequired)
            {
                required.Add(property.Name);
            }

            w.WritePropertyName(property.Name);
            w.WriteStartObject();
            w.WriteString("title", label.Label);
            WriteValueSchema(w, property, label, format, defs, seen);
            w.WriteEndObject();
        }
    }

    private static void WriteValueSchema(Utf8JsonWriter w, JsonPropertyInfo property, OfficialLabelAttribute label, ReportFormatInfo? format, List<(string, Type)> defs, HashSet<Type> seen)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var total = label.IsTotal ? "合计项，应等于各分项之和（由校验规则检查），表单可只读显示。" : string.Empty;
        var totalEn = label.IsTotal ? " A total, the sum of its parts (checked by the validation rules); a form may show it read-only." : string.Empty;
        var optional = property.IsRequired ? string.Empty : "可省略；省略即无此项，不得写 null。";
        var optionalEn = property.IsRequired ? string.Empty : " May be absent (never null).";

        void Describe(string zh, string en) => w.WriteString(
            "description",
            (zh.Length > 0 ? $"{label.Label}：{zh}" : $"{label.Label}。") + total + optional + " — " + (en.Length > 0 ? $"{label.English}: {en}" : $"{label.English}.") + totalEn + optionalEn);

        if (type == typeof(uint))
        {
            Describe("件数，非负整数。", "a count, a non-negative integer.");
            w.WriteString("type", "integer");
            w.WriteNumber("minimum", 0);
            w.WriteNumber("maximum", uint.MaxValue);
            WriteDefault(w, property, 0);
        }
        else if (type == typeof(decimal))
        {
            Describe("金额，非负数，小数按原表写法保留。", "an amount, a non-negative number; decimals are kept as written.");
            w.WriteString("type", "number");
            w.WriteNumber("minimum", 0);
            w.WriteNumber("maximum", MoneyJsonConverter.Maximum);
        }
        else if (property.CustomConverter is AmountUnitJsonConverter)
        {
            Describe("金额单位，按原表写法。", "the unit as written.");
            w.WriteString("type", "string");
            w.WritePropertyName("enum");
            w.WriteStartArray();
            foreach (var unit in AmountUnitJsonConverter.Units)
            {
                w.WriteStringValue(unit);
            }

            w.WriteEndArray();
        }
        else if (type == typeof(int) && (property.AttributeProvider as System.Reflection.MemberInfo)?.DeclaringType != typeof(ReportMetadata))
        {
            Describe("增减数，整数，可为负数。", "a change, an integer that may be negative.");
            w.WriteString("type", "integer");
            w.WriteNumber("minimum", int.MinValue);
            w.WriteNumber("maximum", int.MaxValue);
            WriteDefault(w, property, 0);
        }
        else if (type == typeof(int))
        {
            Describe("整数。", "an integer.");
            w.WriteString("type", "integer");
            w.WriteNumber("minimum", int.MinValue);
            w.WriteNumber("maximum", int.MaxValue);
        }
        else if (type == typeof(bool))
        {
            Describe("是或否。", "true or false.");
            w.WriteString("type", "boolean");
            if (property.IsRequired)
            {
                w.WriteBoolean("default", false);
            }
        }
        else if (property.CustomConverter is DateOnlyJsonConverter)
        {
            Describe("日期，格式 yyyy-MM-dd。", "a calendar date, yyyy-MM-dd.");
            w.WriteString("type", "string");
            w.WriteNumber("minLength", DateOnlyJsonConverter.Length);
            w.WriteNumber("maxLength", DateOnlyJsonConverter.Length);
            w.WriteString("pattern", DateOnlyJsonConverter.Pattern);
            w.WriteString("format", "date");
        }
        else if (property.CustomConverter is DivisionCodeJsonConverter)
        {
            Describe("6 位数字。", "6 digits.");
            w.WriteString("type", "string");
            w.WriteNumber("minLength", DivisionCodeJsonConverter.Length);
            w.WriteNumber("maxLength", DivisionCodeJsonConverter.Length);
            w.WriteString("pattern", DivisionCodeJsonConverter.Pattern);
        }
        else if (property.CustomConverter is HttpUrlJsonConverter)
        {
            Describe("http 或 https 绝对网址，不含空白或控制字符。", "an absolute http or https URL without whitespace or control characters.");
            w.WriteString("type", "string");
            w.WriteString("pattern", HttpUrlJsonConverter.Pattern);
        }
        else if (type == typeof(string))
        {
            Describe("文本。", "text.");
            w.WriteString("type", "string");
        }
        else
        {
            var info = ReportJson.GetTypeInfo(type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Enumerable:
                    Describe("数组。", "an array.");
                    w.WriteString("type", "array");
                    w.WritePropertyName("items");
                    w.WriteStartObject();
                    w.WriteString("$ref", Ref(info.ElementType!, defs, seen));
                    w.WriteEndObject();
                    break;
                case JsonTypeInfoKind.Dictionary:
                    Describe("以数值单元格的 JSON Pointer 为键的对象。", "an object keyed by the JSON Pointer of a numeric cell.");
                    w.WriteString("type", "object");
                    w.WritePropertyName("propertyNames");
                    w.WriteStartObject();
                    w.WritePropertyName("enum");
                    w.WriteStartArray();
                    foreach (var cell in (format ?? throw new InvalidOperationException("Source notes belong to a format's report.")).Cells)
                    {
                        w.WriteStringValue(cell.Pointer);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WritePropertyName("additionalProperties");
                    w.WriteStartObject();
                    w.WriteString("$ref", Ref(info.ElementType!, defs, seen));
                    w.WriteEndObject();
                    break;
                case JsonTypeInfoKind.Object:
                    Describe(string.Empty, string.Empty);
                    if (label.IsTotal)
                    {
                        w.WriteBoolean("readOnly", true);
                    }

                    w.WriteString("$ref", Ref(type, defs, seen));
                    return;
                default:
                    throw new InvalidOperationException($"No schema for {type.Name}.");
            }

            return;
        }

        if (label.IsTotal)
        {
            w.WriteBoolean("readOnly", true);
        }
    }

    /// <summary>
    /// A required member's default (a form starts it at 0). An optional member has none: absent means not stated, and a
    /// default would make form builders write the member — and create the optional object around it — unasked.
    /// </summary>
    private static void WriteDefault(Utf8JsonWriter w, JsonPropertyInfo property, int value)
    {
        if (property.IsRequired)
        {
            w.WriteNumber("default", value);
        }
    }

    /// <summary>The members a type has in JSON, in order ([JsonIgnore]d members stay in the contract without a getter).</summary>
    internal static IEnumerable<JsonPropertyInfo> SerializedProperties(JsonTypeInfo type) =>
        type.Properties.Where(p => p.Get is not null).OrderBy(p => p.Order);

    private static string Ref(Type type, List<(string, Type)> defs, HashSet<Type> seen)
    {
        if (seen.Add(type))
        {
            defs.Add((type.Name, type));
        }

        return "#/$defs/" + type.Name;
    }
}
