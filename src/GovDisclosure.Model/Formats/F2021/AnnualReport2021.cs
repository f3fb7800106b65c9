using System.Text.Json.Serialization;

namespace GovDisclosure.Model;

/// <summary>
/// An annual report in the 2021 format (国办公开办函〔2021〕30号, “中华人民共和国政府信息公开工作年度报告格式”),
/// used for report years 2021 onward.
/// </summary>
public sealed record AnnualReport2021 : AnnualReport
{
    /// <summary>The format version string of this format, as written in JSON: <c>"2021"</c>.</summary>
    public const string FormatVersionString = "2021";

    /// <inheritdoc />
    [JsonIgnore]
    public override ReportFormat Format => ReportFormat.Format2021;

    /// <summary>二、主动公开政府信息情况 — table 二 of the 2021 format.</summary>
    [OfficialLabel("二、主动公开政府信息情况", "2. Proactive disclosure", Corner = "信息内容")]
    [JsonPropertyOrder(2)]
    public required ProactiveDisclosure2021 ProactiveDisclosure { get; init; }

    /// <summary>三、收到和处理政府信息公开申请情况 — table 三 of the 2021 format.</summary>
    [OfficialLabel("三、收到和处理政府信息公开申请情况", "3. Disclosure applications received and handled", Corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")]
    [JsonPropertyOrder(3)]
    public required Applications2021 Applications { get; init; }
}
