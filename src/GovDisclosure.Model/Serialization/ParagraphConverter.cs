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
            throw JsonReadError.NotAnObject(reader.TokenType);
        }

        string? heading = null;
        string? text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isHeading = reader.ValueTextEquals(HeadingName.EncodedUtf8Bytes);
            if (!isHeading && !reader.ValueTextEquals(TextName.EncodedUtf8Bytes))
            {
                throw JsonReadError.UnknownMember(reader.GetString()!);
            }

            var member = isHeading ? Names[0] : Names[1];
            if ((isHeading ? heading : text) is not null)
            {
                throw JsonReadError.DuplicateMember(member);
            }

            reader.Read();
            string value;
            try
            {
                value = StrictStringJsonConverter.ReadString(ref reader);
            }
            catch (JsonReadError e) when (e.RelativePointer is null)
            {
                throw e.At(member);
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
            throw JsonReadError.MissingMembers(new[] { Names[1] });
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
