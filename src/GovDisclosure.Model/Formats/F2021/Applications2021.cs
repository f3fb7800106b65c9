using System;

namespace GovDisclosure.Model;

/// <summary>三、收到和处理政府信息公开申请情况 — table 三 of the 2021 format (25 rows × 7 columns).</summary>
public sealed record Applications2021
{
    /// <summary>一、本年新收政府信息公开申请数量 — applications newly received this year.</summary>
    [OfficialLabel("一、本年新收政府信息公开申请数量", "I. New applications received this year")]
    public required ApplicantCounts NewlyReceived { get; init; }

    /// <summary>二、上年结转政府信息公开申请数量 — applications carried over from the previous year.</summary>
    [OfficialLabel("二、上年结转政府信息公开申请数量", "II. Applications carried over from the previous year")]
    public required ApplicantCounts CarriedOverFromPreviousYear { get; init; }

    /// <summary>三、本年度办理结果 — outcomes of applications finished this year.</summary>
    [OfficialLabel("三、本年度办理结果", "III. Outcomes this year")]
    public required Outcomes2021 Outcomes { get; init; }

    /// <summary>四、结转下年度继续办理 — applications carried forward to the next year.</summary>
    [OfficialLabel("四、结转下年度继续办理", "IV. Carried forward to next year")]
    public required ApplicantCounts CarriedForwardToNextYear { get; init; }
}

/// <summary>三、本年度办理结果 — the outcome rows of table 三 in the 2021 format.</summary>
public sealed record Outcomes2021
{
    /// <summary>（一）予以公开 — disclosed.</summary>
    [OfficialLabel("（一）予以公开", "(1) Disclosed")]
    public required ApplicantCounts Disclosed { get; init; }

    /// <summary>（二）部分公开（区分处理的，只计这一情形，不计其他情形） — partially disclosed.</summary>
    [OfficialLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(2) Partially disclosed")]
    public required ApplicantCounts PartiallyDisclosed { get; init; }

    /// <summary>（三）不予公开 — not disclosed, by reason.</summary>
    [OfficialLabel("（三）不予公开", "(3) Not disclosed")]
    public required NotDisclosed NotDisclosed { get; init; }

    /// <summary>（四）无法提供 — unable to provide, by reason.</summary>
    [OfficialLabel("（四）无法提供", "(4) Unable to provide")]
    public required UnableToProvide UnableToProvide { get; init; }

    /// <summary>（五）不予处理 — not processed, by reason.</summary>
    [OfficialLabel("（五）不予处理", "(5) Not processed")]
    public required NotProcessed NotProcessed { get; init; }

    /// <summary>（六）其他处理 — other handling, by reason (three sub-rows in the 2021 format).</summary>
    [OfficialLabel("（六）其他处理", "(6) Other handling")]
    public required OtherHandling2021 OtherHandling { get; init; }

    /// <summary>（七）总计 — the total of all outcome rows, as reported.</summary>
    [OfficialLabel("（七）总计", "(7) Total", IsTotal = true)]
    public required ApplicantCounts Total { get; init; }

    /// <summary>Every outcome row that （七）总计 sums, in table order (not the total itself).</summary>
    /// <returns>The 21 outcome rows.</returns>
    public ApplicantCounts[] OutcomeRows()
    {
        var rows = new ApplicantCounts[OutcomeRowCount];
        CopyOutcomeRows(rows, 0);
        return rows;
    }

    /// <summary>The number of outcome rows (<see cref="OutcomeRows"/>).</summary>
    internal const int OutcomeRowCount = 21;

    /// <summary>Copies the outcome rows, in table order, into <paramref name="rows"/> from <paramref name="at"/> (the one home of their order).</summary>
    internal int CopyOutcomeRows(ApplicantCounts[] rows, int at)
    {
        rows[at++] = Disclosed;
        rows[at++] = PartiallyDisclosed;
        at = NotDisclosed.CopyRows(rows, at);
        at = UnableToProvide.CopyRows(rows, at);
        at = NotProcessed.CopyRows(rows, at);
        rows[at++] = OtherHandling.CorrectionOverdue;
        rows[at++] = OtherHandling.FeeUnpaid;
        rows[at++] = OtherHandling.Other;
        return at;
    }

    /// <summary>
    /// Computes （七）总计 from the outcome rows (column by column). For producers; reading a report never
    /// computes a total.
    /// </summary>
    /// <returns>The sum of <see cref="OutcomeRows"/>.</returns>
    /// <exception cref="OverflowException">A column's sum exceeds <see cref="uint.MaxValue"/>.</exception>
    public ApplicantCounts ComputeTotal() => ApplicantCounts.Sum(OutcomeRows());

    /// <summary>Returns a copy whose <see cref="Total"/> is <see cref="ComputeTotal"/>.</summary>
    /// <returns>The copy.</returns>
    /// <exception cref="OverflowException">A column's sum exceeds <see cref="uint.MaxValue"/>.</exception>
    public Outcomes2021 WithComputedTotal() => this with { Total = ComputeTotal() };
}

/// <summary>（六）其他处理 in the 2021 format — three sub-rows.</summary>
public sealed record OtherHandling2021
{
    /// <summary>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 — correction overdue.</summary>
    [OfficialLabel("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1. Applicant did not correct in time without good reason")]
    public required ApplicantCounts CorrectionOverdue { get; init; }

    /// <summary>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 — fee not paid.</summary>
    [OfficialLabel("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2. Applicant did not pay the noticed fee in time")]
    public required ApplicantCounts FeeUnpaid { get; init; }

    /// <summary>3.其他 — other.</summary>
    [OfficialLabel("3.其他", "3. Other")]
    public required ApplicantCounts Other { get; init; }
}
