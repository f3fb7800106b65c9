using System.Text.Json.Serialization;

namespace GovDisclosure.Model;

/// <summary>A narrative section: ordered paragraphs, as published.</summary>
public sealed record Narrative
{
    private EquatableArray<NarrativeParagraph> _paragraphs;

    /// <summary>The paragraphs in published order (empty by default).</summary>
    [JsonIgnore]
    public EquatableArray<NarrativeParagraph> Paragraphs { get => _paragraphs; init => _paragraphs = value; }

    [JsonInclude]
    [JsonRequired]
    [JsonPropertyName("paragraphs")]
    [OfficialLabel("段落", "Paragraphs")]
    internal System.Collections.Immutable.ImmutableArray<NarrativeParagraph> ParagraphsJson { get => _paragraphs.Items; init => _paragraphs = value; }

    /// <summary>Creates a narrative from paragraphs.</summary>
    /// <param name="paragraphs">The paragraphs in order.</param>
    /// <returns>The narrative.</returns>
    public static Narrative Of(params NarrativeParagraph[] paragraphs) => new() { Paragraphs = paragraphs };
}

/// <summary>
/// One paragraph of a narrative section. A heading such as <c>（一）存在的主要问题</c> that stands on a line
/// of its own goes in <see cref="Heading"/>; a sub-heading that a report runs into its paragraph
/// (<c>（一）主动公开政府信息方面。坚持……</c>) stays part of <see cref="Text"/>, so the text is verbatim.
/// </summary>
public sealed record NarrativeParagraph
{
    /// <summary>小标题 — the heading rendered on its own line above the text, if any.</summary>
    [OfficialLabel("小标题", "Heading")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Heading { get; init; }

    /// <summary>正文 — the paragraph text, verbatim (may be empty under a heading).</summary>
    [OfficialLabel("正文", "Text")]
    public required string Text { get; init; }

    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <param name="heading">The heading on its own line, if any.</param>
    /// <returns>The paragraph.</returns>
    public static NarrativeParagraph Of(string text, string? heading = null) => new() { Text = text, Heading = heading };
}

/// <summary>六、其他需要报告的事项 — the narrative of other matters, and the information processing fee facts it states.</summary>
public sealed record OtherMatters
{
    private EquatableArray<NarrativeParagraph> _paragraphs;

    /// <summary>The paragraphs in published order (empty by default).</summary>
    [JsonIgnore]
    public EquatableArray<NarrativeParagraph> Paragraphs { get => _paragraphs; init => _paragraphs = value; }

    [JsonInclude]
    [JsonRequired]
    [JsonPropertyName("paragraphs")]
    [OfficialLabel("段落", "Paragraphs")]
    internal System.Collections.Immutable.ImmutableArray<NarrativeParagraph> ParagraphsJson { get => _paragraphs.Items; init => _paragraphs = value; }

    /// <summary>
    /// 信息处理费 — the information processing fee facts the section states (under 国办函〔2020〕109号), or
    /// <see langword="null"/> when the report states none.
    /// </summary>
    [OfficialLabel("信息处理费", "Information processing fees")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InformationProcessingFees? Fees { get; init; }
}

/// <summary>
/// Information processing fees (信息处理费) as stated in section 六. Amounts are in yuan (元), unlike
/// table 二's 万元. Each member is optional: reports state some facts and not others.
/// </summary>
public sealed record InformationProcessingFees
{
    /// <summary>发出收费通知的件数 — the number of fee notices issued.</summary>
    [OfficialLabel("发出收费通知的件数", "Fee notices issued")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public uint? NoticesIssued { get; init; }

    /// <summary>通知收费金额（元） — the total amount noticed, in yuan.</summary>
    [OfficialLabel("通知收费金额（元）", "Amount noticed (yuan)")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? AmountNoticedYuan { get; init; }

    /// <summary>实际收取金额（元） — the amount actually collected, in yuan.</summary>
    [OfficialLabel("实际收取金额（元）", "Amount collected (yuan)")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? AmountCollectedYuan { get; init; }
}
