namespace GovDisclosure.Model;

/// <summary>二、主动公开政府信息情况 — table 二 of the 2021 format: ten cells in four bands.</summary>
public sealed record ProactiveDisclosure2021
{
    /// <summary>第二十条第（一）项 · 规章 — regulations.</summary>
    [OfficialLabel("规章", "Regulations", Heading = "第二十条第（一）项")]
    public required DocumentCounts Regulations { get; init; }

    /// <summary>第二十条第（一）项 · 行政规范性文件 — administrative normative documents.</summary>
    [OfficialLabel("行政规范性文件", "Administrative normative documents", Heading = "第二十条第（一）项")]
    public required DocumentCounts NormativeDocuments { get; init; }

    /// <summary>第二十条第（五）项 · 行政许可 — administrative licensing.</summary>
    [OfficialLabel("行政许可", "Administrative licensing", Heading = "第二十条第（五）项")]
    public required DecisionCount Licensing { get; init; }

    /// <summary>第二十条第（六）项 · 行政处罚 — administrative penalties.</summary>
    [OfficialLabel("行政处罚", "Administrative penalties", Heading = "第二十条第（六）项")]
    public required DecisionCount Penalties { get; init; }

    /// <summary>第二十条第（六）项 · 行政强制 — administrative coercive measures.</summary>
    [OfficialLabel("行政强制", "Administrative coercive measures", Heading = "第二十条第（六）项")]
    public required DecisionCount CoerciveMeasures { get; init; }

    /// <summary>第二十条第（八）项 · 行政事业性收费 — administrative fees.</summary>
    [OfficialLabel("行政事业性收费", "Administrative and institutional fees", Heading = "第二十条第（八）项")]
    public required FeeAmount AdministrativeFees { get; init; }
}

/// <summary>A row of 第二十条第（一）项 (2021 format): documents issued, repealed and in force.</summary>
public sealed record DocumentCounts
{
    /// <summary>本年制发件数 — issued this year.</summary>
    [OfficialLabel("本年制发件数", "Issued this year")]
    public required uint Issued { get; init; }

    /// <summary>本年废止件数 — repealed this year.</summary>
    [OfficialLabel("本年废止件数", "Repealed this year")]
    public required uint Repealed { get; init; }

    /// <summary>现行有效件数 — in force at year end.</summary>
    [OfficialLabel("现行有效件数", "In force")]
    public required uint InForce { get; init; }
}

/// <summary>A row of 第二十条第（五）项 or 第二十条第（六）项 (2021 format): decisions made this year.</summary>
public sealed record DecisionCount
{
    /// <summary>本年处理决定数量 — decisions made this year.</summary>
    [OfficialLabel("本年处理决定数量", "Decisions this year")]
    public required uint Decisions { get; init; }
}

/// <summary>The row of 第二十条第（八）项 (2021 format): fees collected.</summary>
public sealed record FeeAmount
{
    /// <summary>
    /// 本年收费金额（单位：万元） — the amount collected this year in 万元 (ten thousand yuan), as written
    /// (the scale of the decimal is kept: <c>822.70</c> stays <c>822.70</c>).
    /// </summary>
    [OfficialLabel("本年收费金额（单位：万元）", "Amount collected this year (10,000 yuan)")]
    public required decimal AmountTenThousandYuan { get; init; }
}
