using System;

namespace GovDisclosure.Model;

/// <summary>四、政府信息公开行政复议、行政诉讼情况 — table 四 (the same in both formats): three groups of five.</summary>
public sealed record ReviewAndLitigation
{
    /// <summary>行政复议 — administrative reconsideration.</summary>
    [OfficialLabel("行政复议", "Administrative reconsideration")]
    public required CaseOutcomes AdministrativeReview { get; init; }

    /// <summary>行政诉讼 · 未经复议直接起诉 — lawsuits filed directly, without reconsideration.</summary>
    [OfficialLabel("行政诉讼·未经复议直接起诉", "Litigation filed directly")]
    public required CaseOutcomes LitigationDirect { get; init; }

    /// <summary>行政诉讼 · 复议后起诉 — lawsuits filed after reconsideration.</summary>
    [OfficialLabel("行政诉讼·复议后起诉", "Litigation after reconsideration")]
    public required CaseOutcomes LitigationAfterReview { get; init; }
}

/// <summary>One group of table 四: the outcomes of cases, and the group's 总计 as reported.</summary>
public sealed record CaseOutcomes
{
    /// <summary>结果维持 — decision upheld.</summary>
    [OfficialLabel("结果维持", "Upheld")]
    public required uint Upheld { get; init; }

    /// <summary>结果纠正 — decision corrected.</summary>
    [OfficialLabel("结果纠正", "Corrected")]
    public required uint Corrected { get; init; }

    /// <summary>其他结果 — other outcome.</summary>
    [OfficialLabel("其他结果", "Other outcome")]
    public required uint Other { get; init; }

    /// <summary>尚未审结 — still pending.</summary>
    [OfficialLabel("尚未审结", "Pending")]
    public required uint Pending { get; init; }

    /// <summary>总计 — the group total, as reported.</summary>
    [OfficialLabel("总计", "Total", IsTotal = true)]
    public required uint Total { get; init; }

    /// <summary>A group of zeros.</summary>
    public static CaseOutcomes Zero { get; } = FromParts(0, 0, 0, 0);

    /// <summary>The sum of the four outcomes, without overflow (the group's 总计 as it should be).</summary>
    /// <returns>The sum as a 64-bit integer.</returns>
    public long SumOfParts() => (long)Upheld + Corrected + Other + Pending;

    /// <summary>Builds a group from its four parts, computing 总计.</summary>
    /// <param name="upheld">结果维持.</param>
    /// <param name="corrected">结果纠正.</param>
    /// <param name="other">其他结果.</param>
    /// <param name="pending">尚未审结.</param>
    /// <returns>The group with a computed total.</returns>
    /// <exception cref="OverflowException">The total exceeds <see cref="uint.MaxValue"/>.</exception>
    public static CaseOutcomes FromParts(uint upheld, uint corrected, uint other, uint pending) => new()
    {
        Upheld = upheld,
        Corrected = corrected,
        Other = other,
        Pending = pending,
        Total = Counts.ToCount((long)upheld + corrected + other + pending),
    };
}
