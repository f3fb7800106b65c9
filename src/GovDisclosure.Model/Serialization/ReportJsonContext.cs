using System.Text.Json.Serialization;

namespace GovDisclosure.Model.Serialization;

/// <summary>The source-generated serialization metadata of the report model.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = new[]
    {
        typeof(CountJsonConverter),
        typeof(OptionalCountJsonConverter),
        typeof(Int32JsonConverter),
        typeof(MoneyJsonConverter),
        typeof(OptionalMoneyJsonConverter),
        typeof(StrictStringJsonConverter),
    })]
[JsonSerializable(typeof(AnnualReport))]
[JsonSerializable(typeof(AnnualReport2021))]
[JsonSerializable(typeof(AnnualReport2019))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
