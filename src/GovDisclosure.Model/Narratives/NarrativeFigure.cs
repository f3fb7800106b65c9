namespace GovDisclosure.Model.Narratives;

/// <summary>What a figure stated in a report's narrative counts.</summary>
public enum FigureSubject
{
    /// <summary>收到/受理 N 件申请 — applications received: 本年新收, or 本年新收 + 上年结转 (reports use both).</summary>
    ApplicationsReceived = 0,

    /// <summary>新收 N 件 — applications newly received this year (表三 一).</summary>
    ApplicationsNewlyReceived,

    /// <summary>上年结转 N 件 — applications carried over from the previous year (表三 二).</summary>
    ApplicationsCarriedOver,

    /// <summary>办理 N 件 — applications dealt with, where the sentence does not say whether received or finished.</summary>
    ApplicationsProcessed,

    /// <summary>办结/答复 N 件 — applications finished this year (表三 （七）总计).</summary>
    ApplicationsHandled,

    /// <summary>结转下年度/顺延到下年度 N 件 — applications carried forward to the next year (表三 四).</summary>
    ApplicationsCarriedForward,

    /// <summary>予以公开 N 件 — outcome （一）.</summary>
    OutcomeDisclosed,

    /// <summary>部分公开 N 件 — outcome （二）.</summary>
    OutcomePartiallyDisclosed,

    /// <summary>予以公开及部分公开 N 件 — outcomes （一） and （二） together.</summary>
    OutcomeDisclosedOrPartiallyDisclosed,

    /// <summary>不予公开 N 件 — outcome （三）, all its reasons.</summary>
    OutcomeNotDisclosed,

    /// <summary>无法提供 N 件 — outcome （四）, all its reasons.</summary>
    OutcomeUnableToProvide,

    /// <summary>不予处理 N 件 — outcome （五）, all its reasons.</summary>
    OutcomeNotProcessed,

    /// <summary>其他处理 N 件 — outcome （六）.</summary>
    OutcomeOtherHandling,

    /// <summary>行政复议 N 件 — administrative reconsiderations (表四).</summary>
    AdministrativeReviews,

    /// <summary>行政诉讼 N 件 — lawsuits, direct and after reconsideration together (表四).</summary>
    Lawsuits,

    /// <summary>未经复议直接起诉 N 件 — lawsuits filed directly (表四).</summary>
    LawsuitsDirect,

    /// <summary>复议后起诉 N 件 — lawsuits filed after reconsideration (表四).</summary>
    LawsuitsAfterReview,

    /// <summary>制发/出台 规章 N 件 — regulations issued this year (表二).</summary>
    RegulationsIssued,

    /// <summary>废止 规章 N 件 — regulations repealed this year (表二).</summary>
    RegulationsRepealed,

    /// <summary>现行有效 规章 N 件 — regulations in force (表二).</summary>
    RegulationsInForce,

    /// <summary>公开 规章 N 件 — regulations published, without saying whether issued this year or in force (表二).</summary>
    RegulationsPublished,

    /// <summary>制发/出台 （行政）规范性文件 N 件 — normative documents issued this year (表二).</summary>
    NormativeDocumentsIssued,

    /// <summary>废止 （行政）规范性文件 N 件 — normative documents repealed this year (表二).</summary>
    NormativeDocumentsRepealed,

    /// <summary>现行有效 （行政）规范性文件 N 件 — normative documents in force (表二).</summary>
    NormativeDocumentsInForce,

    /// <summary>公开 （行政）规范性文件 N 件 — normative documents published, without saying whether issued this year or in force (表二).</summary>
    NormativeDocumentsPublished,

    /// <summary>行政许可 N 件 — licensing decisions (表二).</summary>
    LicensingDecisions,

    /// <summary>行政处罚 N 件 — penalty decisions (表二).</summary>
    PenaltyDecisions,

    /// <summary>行政强制 N 件 — coercive measure decisions (表二).</summary>
    CoerciveDecisions,

    /// <summary>行政事业性收费 N 万元 — administrative fees collected (表二).</summary>
    AdministrativeFees,

    /// <summary>收取信息处理费 N 元 — information processing fees collected (section 六).</summary>
    InformationProcessingFees,

    /// <summary>发出收费通知 N 件 — fee notices issued (section 六).</summary>
    FeeNoticesIssued,
}

/// <summary>The kind of applicant a figure is restricted to (the columns of table 三).</summary>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPersons = 0,

    /// <summary>商业企业.</summary>
    CommercialEnterprises,

    /// <summary>科研机构.</summary>
    ResearchInstitutions,

    /// <summary>社会公益组织.</summary>
    PublicWelfareOrganizations,

    /// <summary>法律服务机构.</summary>
    LegalServiceAgencies,

    /// <summary>其他 (other organisations).</summary>
    OtherOrganizations,

    /// <summary>法人或其他组织 — the five organisation columns together.</summary>
    LegalPersonsAndOtherOrganizations,
}

/// <summary>The outcome a case figure is restricted to (the columns of table 四).</summary>
public enum CaseResult
{
    /// <summary>结果维持 — upheld.</summary>
    Upheld = 0,

    /// <summary>结果纠正 — corrected.</summary>
    Corrected,

    /// <summary>其他结果 — other outcome.</summary>
    Other,

    /// <summary>尚未审结 — pending.</summary>
    Pending,
}

/// <summary>How exactly a figure is stated.</summary>
public enum FigureKind
{
    /// <summary>An exact number (<c>9件</c>).</summary>
    Exact = 0,

    /// <summary>An approximate number: <c>约</c>, <c>近</c>, <c>余</c>, <c>多</c>, <c>左右</c>, <c>以上</c>, <c>超过</c>, <c>不足</c>….</summary>
    Approximate,

    /// <summary>A range (<c>5-8件</c>, <c>5至8件</c>): <see cref="NarrativeFigure.Value"/> is the low end, <see cref="NarrativeFigure.UpperValue"/> the high end.</summary>
    Range,

    /// <summary>A change, not a level (<c>增加3件</c>, <c>下降2件</c>).</summary>
    Change,

    /// <summary>A percentage or a number of percentage points — not a count.</summary>
    Percentage,
}

/// <summary>
/// A figure a report's narrative states about something its tables also count: what it counts, the number and unit,
/// how exactly it is stated, and where it is (the paragraph's JSON Pointer and the character range of the quoted text).
/// </summary>
public sealed record NarrativeFigure
{
    /// <summary>What the figure counts.</summary>
    public required FigureSubject Subject { get; init; }

    /// <summary>The kind of applicant the figure is restricted to (<c>其中自然人8件</c>), or <see langword="null"/> for all applicants.</summary>
    public ApplicantKind? Applicant { get; init; }

    /// <summary>The case outcome the figure is restricted to (<c>其中结果维持72件</c>), or <see langword="null"/> for all cases.</summary>
    public CaseResult? CaseResult { get; init; }

    /// <summary>The number as stated (for a range, its low end). Chinese numerals are converted (<c>一百零三</c> → 103).</summary>
    public required decimal Value { get; init; }

    /// <summary>The high end of a range (<see cref="FigureKind.Range"/>); otherwise <see langword="null"/>.</summary>
    public decimal? UpperValue { get; init; }

    /// <summary>The unit as written: <c>件</c>, <c>个</c>, <c>元</c>, <c>万元</c>, <c>%</c>….</summary>
    public required string Unit { get; init; }

    /// <summary>How exactly the figure is stated.</summary>
    public FigureKind Kind { get; init; }

    /// <summary>
    /// Whether the figure is about another year than the report's (<c>同比</c>, <c>较上年</c>, <c>去年</c>, or another year named in
    /// the sentence) — such a figure is not compared with this year's tables.
    /// </summary>
    public bool AboutAnotherYear { get; init; }

    /// <summary>
    /// Whether the number is implied by words rather than written: <c>均获维持</c> (every case upheld: the case count) or
    /// <c>均已结案</c> (none pending: 0).
    /// </summary>
    public bool IsImplied { get; init; }

    /// <summary>The JSON Pointer of the paragraph text the figure is in, e.g. <c>/overview/paragraphs/2/text</c>.</summary>
    public required string Pointer { get; init; }

    /// <summary>The start of the quoted text (<see cref="Text"/>) in the paragraph text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>The length of the quoted text in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>The quoted text: from the words that say what is counted to the unit, e.g. <c>受理依申请公开9件</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The sentence the figure is in, as written.</summary>
    public required string Sentence { get; init; }
}
