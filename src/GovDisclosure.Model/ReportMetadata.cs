using System;
using System.Text.Json.Serialization;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model;

/// <summary>Who published a report, for which year, and where it was published.</summary>
public sealed record ReportMetadata
{
    /// <summary>发布机关 — the publishing agency's name, e.g. <c>铜鼓县人民政府</c>.</summary>
    [OfficialLabel("发布机关", "Publishing agency")]
    public required string AgencyName { get; init; }

    /// <summary>报告年度 — the calendar year the report covers (the statistics period is 1 January – 31 December).</summary>
    [OfficialLabel("报告年度", "Report year")]
    public required int ReportYear { get; init; }

    /// <summary>发布日期 — the publication date (date only; the time of day is always midnight), if known. JSON: <c>"yyyy-MM-dd"</c>.</summary>
    [OfficialLabel("发布日期", "Publication date")]
    [JsonConverter(typeof(DateOnlyJsonConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? PublicationDate { get; init; }

    /// <summary>行政区划代码 — the 6-digit administrative division code of the agency's area, if known.</summary>
    [OfficialLabel("行政区划代码", "Administrative division code")]
    [JsonConverter(typeof(DivisionCodeJsonConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AdministrativeDivisionCode { get; init; }

    /// <summary>来源网址 — the absolute http(s) URL the report was published at, if known.</summary>
    [OfficialLabel("来源网址", "Source URL")]
    [JsonConverter(typeof(HttpUrlJsonConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceUrl { get; init; }
}
