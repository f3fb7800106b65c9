using System.Text.Json.Serialization;

namespace GovDisclosure.Model;

/// <summary>
/// An annual report in the 2019 format (国办公开办函〔2019〕60号, “中华人民共和国政府信息公开工作年度报告格式（试行）”),
/// used for report years 2019 and 2020.
/// </summary>
/// <remarks>
/// Sections 一, 四, 五 and 六 are as in the 2021 format. Table 二 has five bands (<see cref="ProactiveDisclosure2019"/>),
/// and table 三's （六）其他处理 is a single row (<see cref="Outcomes2019.OtherHandling"/>).
/// </remarks>
public sealed record AnnualReport2019 : AnnualReport
{
    /// <summary>The format version string of this format, as written in JSON: <c>"2019"</c>.</summary>
    public const string FormatVersionString = "2019";

    /// <inheritdoc />
    [JsonIgnore]
    public override ReportFormat Format => ReportFormat.Format2019;

    /// <summary>二、主动公开政府信息情况 — table 二 of the 2019 format.</summary>
    [OfficialLabel("二、主动公开政府信息情况", "2. Proactive disclosure", Corner = "信息内容")]
    [JsonPropertyOrder(2)]
    public required ProactiveDisclosure2019 ProactiveDisclosure { get; init; }

    /// <summary>三、收到和处理政府信息公开申请情况 — table 三 of the 2019 format.</summary>
    [OfficialLabel("三、收到和处理政府信息公开申请情况", "3. Disclosure applications received and handled", Corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")]
    [JsonPropertyOrder(3)]
    public required Applications2019 Applications { get; init; }
}
