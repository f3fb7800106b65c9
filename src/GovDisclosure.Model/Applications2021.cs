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
    public ApplicantCounts[] OutcomeRows() =>
    [
        Disclosed,
        PartiallyDisclosed,
        NotDisclosed.StateSecret,
        NotDisclosed.ProhibitedByLawOrRegulation,
        NotDisclosed.EndangersSecurityOrStability,
        NotDisclosed.ThirdPartyRights,
        NotDisclosed.InternalAffairs,
        NotDisclosed.ProcessInformation,
        NotDisclosed.EnforcementCaseFile,
        NotDisclosed.AdministrativeInquiry,
        UnableToProvide.NotHeldByAgency,
        UnableToProvide.RequiresNewCompilation,
        UnableToProvide.UnclearAfterCorrection,
        NotProcessed.PetitionOrComplaint,
        NotProcessed.RepeatedApplication,
        NotProcessed.PublishedMaterial,
        NotProcessed.ExcessiveRepetition,
        NotProcessed.ConfirmationOrReissue,
        OtherHandling.CorrectionOverdue,
        OtherHandling.FeeUnpaid,
        OtherHandling.Other,
    ];

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

/// <summary>（三）不予公开 — the eight reasons for not disclosing.</summary>
public sealed record NotDisclosed
{
    /// <summary>1.属于国家秘密 — state secret.</summary>
    [OfficialLabel("1.属于国家秘密", "1. State secret")]
    public required ApplicantCounts StateSecret { get; init; }

    /// <summary>2.其他法律行政法规禁止公开 — prohibited by other laws or administrative regulations.</summary>
    [OfficialLabel("2.其他法律行政法规禁止公开", "2. Prohibited by other laws or administrative regulations")]
    public required ApplicantCounts ProhibitedByLawOrRegulation { get; init; }

    /// <summary>3.危及“三安全一稳定” — endangers the “three securities and one stability”.</summary>
    [OfficialLabel("3.危及“三安全一稳定”", "3. Endangers national, public or economic security or social stability")]
    public required ApplicantCounts EndangersSecurityOrStability { get; init; }

    /// <summary>4.保护第三方合法权益 — protects a third party's lawful rights.</summary>
    [OfficialLabel("4.保护第三方合法权益", "4. Protects a third party's lawful rights")]
    public required ApplicantCounts ThirdPartyRights { get; init; }

    /// <summary>5.属于三类内部事务信息 — internal affairs information.</summary>
    [OfficialLabel("5.属于三类内部事务信息", "5. Internal affairs information")]
    public required ApplicantCounts InternalAffairs { get; init; }

    /// <summary>6.属于四类过程性信息 — process information.</summary>
    [OfficialLabel("6.属于四类过程性信息", "6. Process information")]
    public required ApplicantCounts ProcessInformation { get; init; }

    /// <summary>7.属于行政执法案卷 — administrative enforcement case file.</summary>
    [OfficialLabel("7.属于行政执法案卷", "7. Administrative enforcement case file")]
    public required ApplicantCounts EnforcementCaseFile { get; init; }

    /// <summary>8.属于行政查询事项 — administrative inquiry matter.</summary>
    [OfficialLabel("8.属于行政查询事项", "8. Administrative inquiry matter")]
    public required ApplicantCounts AdministrativeInquiry { get; init; }
}

/// <summary>（四）无法提供 — the three reasons for being unable to provide.</summary>
public sealed record UnableToProvide
{
    /// <summary>1.本机关不掌握相关政府信息 — not held by this agency.</summary>
    [OfficialLabel("1.本机关不掌握相关政府信息", "1. Not held by this agency")]
    public required ApplicantCounts NotHeldByAgency { get; init; }

    /// <summary>2.没有现成信息需要另行制作 — would require new compilation.</summary>
    [OfficialLabel("2.没有现成信息需要另行制作", "2. Not existing; would require new compilation")]
    public required ApplicantCounts RequiresNewCompilation { get; init; }

    /// <summary>3.补正后申请内容仍不明确 — still unclear after correction.</summary>
    [OfficialLabel("3.补正后申请内容仍不明确", "3. Still unclear after correction")]
    public required ApplicantCounts UnclearAfterCorrection { get; init; }
}

/// <summary>（五）不予处理 — the five reasons for not processing.</summary>
public sealed record NotProcessed
{
    /// <summary>1.信访举报投诉类申请 — petition, report or complaint.</summary>
    [OfficialLabel("1.信访举报投诉类申请", "1. Petition, report or complaint")]
    public required ApplicantCounts PetitionOrComplaint { get; init; }

    /// <summary>2.重复申请 — repeated application.</summary>
    [OfficialLabel("2.重复申请", "2. Repeated application")]
    public required ApplicantCounts RepeatedApplication { get; init; }

    /// <summary>3.要求提供公开出版物 — requests published material.</summary>
    [OfficialLabel("3.要求提供公开出版物", "3. Requests published material")]
    public required ApplicantCounts PublishedMaterial { get; init; }

    /// <summary>4.无正当理由大量反复申请 — excessive repeated applications without good reason.</summary>
    [OfficialLabel("4.无正当理由大量反复申请", "4. Excessive repeated applications without good reason")]
    public required ApplicantCounts ExcessiveRepetition { get; init; }

    /// <summary>5.要求行政机关确认或重新出具已获取信息 — asks to confirm or reissue information already obtained.</summary>
    [OfficialLabel("5.要求行政机关确认或重新出具已获取信息", "5. Asks to confirm or reissue information already obtained")]
    public required ApplicantCounts ConfirmationOrReissue { get; init; }
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
