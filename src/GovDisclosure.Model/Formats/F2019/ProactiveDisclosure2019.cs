using System.Text.Json.Serialization;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model;

/// <summary>
/// 二、主动公开政府信息情况 — table 二 of the 2019 format: five bands, 22 cells (第二十条第（一）（五）（六）（八）（九）项).
/// </summary>
public sealed record ProactiveDisclosure2019
{
    /// <summary>第二十条第（一）项 · 规章 — regulations.</summary>
    [OfficialLabel("规章", "Regulations", Heading = "第二十条第（一）项")]
    public required DocumentCounts2019 Regulations { get; init; }

    /// <summary>第二十条第（一）项 · 规范性文件 — normative documents.</summary>
    [OfficialLabel("规范性文件", "Normative documents", Heading = "第二十条第（一）项")]
    public required DocumentCounts2019 NormativeDocuments { get; init; }

    /// <summary>第二十条第（五）项 · 行政许可 — administrative licensing.</summary>
    [OfficialLabel("行政许可", "Administrative licensing", Heading = "第二十条第（五）项")]
    public required ItemCounts2019 Licensing { get; init; }

    /// <summary>第二十条第（五）项 · 其他对外管理服务事项 — other external administrative services.</summary>
    [OfficialLabel("其他对外管理服务事项", "Other external administrative services", Heading = "第二十条第（五）项")]
    public required ItemCounts2019 OtherExternalServices { get; init; }

    /// <summary>第二十条第（六）项 · 行政处罚 — administrative penalties.</summary>
    [OfficialLabel("行政处罚", "Administrative penalties", Heading = "第二十条第（六）项")]
    public required ItemCounts2019 Penalties { get; init; }

    /// <summary>第二十条第（六）项 · 行政强制 — administrative coercive measures.</summary>
    [OfficialLabel("行政强制", "Administrative coercive measures", Heading = "第二十条第（六）项")]
    public required ItemCounts2019 CoerciveMeasures { get; init; }

    /// <summary>第二十条第（八）项 · 行政事业性收费 — administrative fees (items, no amount).</summary>
    [OfficialLabel("行政事业性收费", "Administrative and institutional fees", Heading = "第二十条第（八）项")]
    public required FeeItems2019 AdministrativeFees { get; init; }

    /// <summary>第二十条第（九）项 · 政府集中采购 — centralized government procurement.</summary>
    [OfficialLabel("政府集中采购", "Centralized government procurement", Heading = "第二十条第（九）项")]
    public required Procurement2019 CentralizedProcurement { get; init; }
}

/// <summary>A row of 第二十条第（一）项 (2019 format): documents newly made, newly published, and published in all.</summary>
public sealed record DocumentCounts2019
{
    /// <summary>本年新制作数量 — newly made this year.</summary>
    [OfficialLabel("本年新制作数量", "Newly made this year")]
    public required uint NewlyMade { get; init; }

    /// <summary>本年新公开数量 — newly published this year.</summary>
    [OfficialLabel("本年新公开数量", "Newly published this year")]
    public required uint NewlyPublished { get; init; }

    /// <summary>对外公开总数量 — published in all.</summary>
    [OfficialLabel("对外公开总数量", "Published in all")]
    public required uint TotalPublished { get; init; }
}

/// <summary>A row of 第二十条第（五）项 or 第二十条第（六）项 (2019 format): items last year, this year's change, decisions.</summary>
public sealed record ItemCounts2019
{
    /// <summary>上一年项目数量 — items in the previous year.</summary>
    [OfficialLabel("上一年项目数量", "Items in the previous year")]
    public required uint PreviousYearItems { get; init; }

    /// <summary>本年增/减 — this year's change in items, signed (reports write <c>+14</c>, <c>-3</c>).</summary>
    [OfficialLabel("本年增/减", "Change this year")]
    public required int ChangeThisYear { get; init; }

    /// <summary>处理决定数量 — decisions made.</summary>
    [OfficialLabel("处理决定数量", "Decisions")]
    public required uint Decisions { get; init; }
}

/// <summary>The row of 第二十条第（八）项 (2019 format): fee items last year and this year's change.</summary>
public sealed record FeeItems2019
{
    /// <summary>上一年项目数量 — items in the previous year.</summary>
    [OfficialLabel("上一年项目数量", "Items in the previous year")]
    public required uint PreviousYearItems { get; init; }

    /// <summary>本年增/减 — this year's change in items, signed.</summary>
    [OfficialLabel("本年增/减", "Change this year")]
    public required int ChangeThisYear { get; init; }
}

/// <summary>The row of 第二十条第（九）项 (2019 format): procurement projects and their total amount.</summary>
public sealed record Procurement2019
{
    /// <summary>采购项目数量 — procurement projects.</summary>
    [OfficialLabel("采购项目数量", "Procurement projects")]
    public required uint Projects { get; init; }

    /// <summary>
    /// 采购总金额 — the total amount, with the unit as the report writes it (<c>251000元</c>, <c>1.2亿元</c>): the
    /// official table gives no unit, so the amount is never rescaled.
    /// </summary>
    [OfficialLabel("采购总金额", "Total procurement amount")]
    public required AmountWithUnit TotalAmount { get; init; }
}

/// <summary>A money amount with the unit it was written in (元, 万元 or 亿元), kept as written.</summary>
public sealed record AmountWithUnit
{
    /// <summary>金额 — the amount as written (the scale of the decimal is kept).</summary>
    [OfficialLabel("金额", "Amount")]
    public required decimal Amount { get; init; }

    /// <summary>单位 — the unit as written: <c>元</c>, <c>万元</c> or <c>亿元</c>; absent when the report states none.</summary>
    [OfficialLabel("单位", "Unit")]
    [JsonConverter(typeof(AmountUnitJsonConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>The units a report may write, from the smallest.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> Units { get; } = AmountUnitJsonConverter.Units;
}
