using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Model.Serialization;

/// <summary>
/// Reads a <see cref="NarrativeParagraph"/> in one pass with the serializer's strictness (unknown,
/// duplicate, missing and null members). Paragraphs are most of a report's bytes.
/// </summary>
internal sealed class ParagraphConverter : JsonConverter<NarrativeParagraph>
{
    private static readonly string[] Names = ReportJsonContext.Default.NarrativeParagraph.Properties.OrderBy(p => p.Order).Select(p => p.Name).ToArray();
    private static readonly JsonEncodedText HeadingName = JsonEncodedText.Encode(Names[0]);
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode(Names[1]);

    public override bool HandleNull => true;

    public override NarrativeParagraph Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw reader.TokenType == JsonTokenType.Null
                ? new JsonReadError(JsonReadKeywords.Null, "不允许为 null，应为对象", "null is not allowed here; expected an object")
                : new JsonReadError(JsonReadKeywords.Type, $"类型错误：应为对象，实为{JsonReadError.TokenZh(reader.TokenType)}", $"wrong type: expected an object, found {JsonReadError.TokenEn(reader.TokenType)}");
        }

        string? heading = null;
        string? text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isHeading = reader.ValueTextEquals(HeadingName.EncodedUtf8Bytes);
            if (!isHeading && !reader.ValueTextEquals(TextName.EncodedUtf8Bytes))
            {
                var name = reader.GetString()!;
                throw new JsonReadError(JsonReadKeywords.UnknownProperty, $"格式中没有成员 “{name}”", $"the format has no member \"{name}\"", "/" + JsonPointers.Escape(name));
            }

            var member = isHeading ? Names[0] : Names[1];
            if ((isHeading ? heading : text) is not null)
            {
                throw new JsonReadError(JsonReadKeywords.DuplicateProperty, $"成员 “{member}” 重复出现", $"the member \"{member}\" appears more than once", "/" + member);
            }

            reader.Read();
            string value;
            try
            {
                value = StrictStringJsonConverter.ReadString(ref reader);
            }
            catch (JsonReadError e) when (e.RelativePointer is null)
            {
                throw new JsonReadError(e.Keyword, e.Zh, e.En, "/" + member);
            }

            if (isHeading)
            {
                heading = value;
            }
            else
            {
                text = value;
            }
        }

        if (text is null)
        {
            throw new JsonReadError(JsonReadKeywords.Required, $"缺少必需成员：{Names[1]}", $"missing required member(s): {Names[1]}");
        }

        return new NarrativeParagraph { Heading = heading, Text = text };
    }

    public override void Write(Utf8JsonWriter writer, NarrativeParagraph value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Heading is not null)
        {
            writer.WriteString(HeadingName, StrictStringJsonConverter.EnsureWritable(value.Heading));
        }

        writer.WriteString(TextName, StrictStringJsonConverter.EnsureWritable(value.Text));
        writer.WriteEndObject();
    }
}
