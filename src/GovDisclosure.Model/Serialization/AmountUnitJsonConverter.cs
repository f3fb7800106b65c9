using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Model.Serialization;

/// <summary>The unit of an <see cref="AmountWithUnit"/>: one of <c>元</c>, <c>万元</c>, <c>亿元</c>.</summary>
internal sealed class AmountUnitJsonConverter : JsonConverter<string?>
{
    /// <summary>The JSON name of <see cref="AmountWithUnit.Amount"/>.</summary>
    public const string AmountName = "amount";

    /// <summary>The units, from the smallest (the JSON Schema's <c>enum</c>).</summary>
    public static readonly string[] Units = { "元", "万元", "亿元" };

    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = StrictStringJsonConverter.ReadString(ref reader);
        foreach (var unit in Units)
        {
            if (string.Equals(unit, text, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        throw new JsonReadError(JsonReadKeywords.Format, $"金额单位应为 “元”“万元”或“亿元”（实为 “{text}”）", $"an amount's unit is \"元\", \"万元\" or \"亿元\" (found \"{text}\")");
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
