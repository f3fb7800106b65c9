namespace GovDisclosure.Model;

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

    /// <summary>Copies the rows, in table order, into <paramref name="rows"/> from <paramref name="at"/>; returns the index after them.</summary>
    internal int CopyRows(ApplicantCounts[] rows, int at)
    {
        rows[at++] = StateSecret;
        rows[at++] = ProhibitedByLawOrRegulation;
        rows[at++] = EndangersSecurityOrStability;
        rows[at++] = ThirdPartyRights;
        rows[at++] = InternalAffairs;
        rows[at++] = ProcessInformation;
        rows[at++] = EnforcementCaseFile;
        rows[at++] = AdministrativeInquiry;
        return at;
    }
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

    /// <summary>Copies the rows, in table order, into <paramref name="rows"/> from <paramref name="at"/>; returns the index after them.</summary>
    internal int CopyRows(ApplicantCounts[] rows, int at)
    {
        rows[at++] = NotHeldByAgency;
        rows[at++] = RequiresNewCompilation;
        rows[at++] = UnclearAfterCorrection;
        return at;
    }
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

    /// <summary>Copies the rows, in table order, into <paramref name="rows"/> from <paramref name="at"/>; returns the index after them.</summary>
    internal int CopyRows(ApplicantCounts[] rows, int at)
    {
        rows[at++] = PetitionOrComplaint;
        rows[at++] = RepeatedApplication;
        rows[at++] = PublishedMaterial;
        rows[at++] = ExcessiveRepetition;
        rows[at++] = ConfirmationOrReissue;
        return at;
    }
}
