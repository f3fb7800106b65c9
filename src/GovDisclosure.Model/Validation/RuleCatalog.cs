using System;
using System.Collections.Immutable;

namespace GovDisclosure.Model.Validation;

/// <summary>What a rule checks and how serious its findings are.</summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, Severity severity, string titleZh, string titleEn, string descriptionZh, string descriptionEn, string? templateZh, string? templateEn)
    {
        Id = id;
        Severity = severity;
        TitleZh = titleZh;
        TitleEn = titleEn;
        DescriptionZh = descriptionZh;
        DescriptionEn = descriptionEn;
        TemplateZh = templateZh;
        TemplateEn = templateEn;
    }

    /// <summary>The rule id, one of <see cref="RuleIds"/>.</summary>
    public string Id { get; }

    /// <summary>The severity of the rule's findings.</summary>
    public Severity Severity { get; }

    /// <summary>A short title in Chinese.</summary>
    public string TitleZh { get; }

    /// <summary>A short title in English.</summary>
    public string TitleEn { get; }

    /// <summary>What the rule checks, in Chinese.</summary>
    public string DescriptionZh { get; }

    /// <summary>What the rule checks, in English.</summary>
    public string DescriptionEn { get; }

    /// <summary>
    /// The message template in Chinese (placeholders <c>{name}</c>, <c>{expected}</c>, <c>{actual}</c>, <c>{max}</c>);
    /// <see langword="null"/> for <see cref="RuleIds.Json"/> and <see cref="RuleIds.Schema"/>, whose messages are built by the reader.
    /// </summary>
    internal string? TemplateZh { get; }

    /// <summary>The message template in English.</summary>
    internal string? TemplateEn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Severity}): {TitleEn}";
}

/// <summary>
/// The catalogue of every rule id in <see cref="RuleIds"/>: severity, titles, descriptions and message
/// templates in Chinese and English. The single home of rule texts: validators, documentation and tests
/// derive from it.
/// </summary>
public static class RuleCatalog
{
    // Message templates. Findings with numbers lead with "{name}：应为 {expected}，实为 {actual}".
    private const string SumZh = "{name}：应为 {expected}，实为 {actual}";
    private const string SumEn = "{name}: expected {expected}, actual {actual}";

    /// <summary>
    /// The second message of <see cref="RuleIds.MetaRequired"/>, for a report year out of range (the first is for
    /// a blank agency name).
    /// </summary>
    internal const string MetaYearZh = "{name}：应在 2019 至 {max} 之间，实为 {actual}";

    /// <summary>The English form of <see cref="MetaYearZh"/>.</summary>
    internal const string MetaYearEn = "{name}: expected a year from 2019 to {max}, actual {actual}";

    /// <summary>A further contradicted figure of the same sentence in a <see cref="RuleIds.TextTableMismatch"/> message.</summary>
    internal const string TextTableMoreZh = "；{name}：正文为 {expected}，表格为 {actual}";

    /// <summary>The English form of <see cref="TextTableMoreZh"/>.</summary>
    internal const string TextTableMoreEn = "; {name}: the narrative says {expected}, the tables say {actual}";

    /// <summary>The quoted sentence that ends a <see cref="RuleIds.TextTableMismatch"/> message.</summary>
    internal const string TextTableQuoteZh = "。原文：“{quote}”";

    /// <summary>The English form of <see cref="TextTableQuoteZh"/>.</summary>
    internal const string TextTableQuoteEn = ". Text: “{quote}”";

    /// <summary>Every rule, in the order findings of the same pointer are reported.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } = ImmutableArray.Create(
        new RuleDescriptor(
            RuleIds.Json, Severity.Error,
            "JSON 格式错误", "Malformed report JSON",
            "文档不是严格 JSON 形式的年度报告（语法、未知或缺少的成员、类型、数值范围）。",
            "The document is not a well-formed report in the strict JSON form (syntax, unknown or missing members, types, ranges).",
            null, null),
        new RuleDescriptor(
            RuleIds.Schema, Severity.Error,
            "不符合 JSON Schema", "JSON Schema violation",
            "文档不符合年度报告的 JSON Schema（附带 Schema 关键字）。",
            "The document does not conform to the report's JSON Schema (reported with the schema keyword).",
            null, null),
        new RuleDescriptor(
            RuleIds.FormatYear, Severity.Error,
            "格式版本与报告年度不符", "Format version does not fit the report year",
            "格式版本应与报告年度相符：2019、2020 年度用 2019 年格式，2021 年度及以后用 2021 年格式。",
            "The format version must fit the report year: 2019 and 2020 use the 2019 format, 2021 onward the 2021 format.",
            "{name}：2021 年格式用于 2021 年度及以后的报告，报告年度实为 {actual}",
            "{name}: the 2021 format applies to report years 2021 onward; the report year is {actual}"),
        new RuleDescriptor(
            RuleIds.MetaRequired, Severity.Error,
            "报告信息缺失或不合理", "Missing or implausible report metadata",
            "发布机关不得为空；报告年度应在 2019 年至当前年度之间。",
            "The agency name must not be blank; the report year must lie between 2019 and the current year.",
            "{name}：不得为空",
            "{name}: must not be blank"),
        new RuleDescriptor(
            RuleIds.CellRange, Severity.Error,
            "数值超出范围", "Value out of range",
            "件数为不小于 0 的整数，金额不小于 0。",
            "Every count is an integer ≥ 0; money amounts are ≥ 0.",
            "{name}：应不小于 0，实为 {actual}",
            "{name}: expected a value ≥ 0, actual {actual}"),
        new RuleDescriptor(
            RuleIds.FeeAmountUnit, Severity.Warning,
            "收费金额疑似以元填报", "Fee amount looks like yuan, not 10,000 yuan",
            "表二“行政事业性收费”的单位是万元：小数超过 6 位（细于 1 分）或不小于 10,000,000 万元时，疑似误以元填报。",
            "Table 2's administrative fees are in 10,000 yuan: more than 6 decimals (finer than one fen) or an amount ≥ 10,000,000 suggests it was written in yuan.",
            "{name}：{actual} 不像以万元为单位的金额（小数超过 6 位或不小于 10,000,000），疑似以元填报",
            "{name}: {actual} does not look like an amount in 10,000 yuan (more than 6 decimals, or ≥ 10,000,000); it may have been written in yuan"),
        new RuleDescriptor(
            RuleIds.T3Balance, Severity.Error,
            "表三勾稽关系不平", "Table 3 does not balance",
            "表三每一列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理。",
            "For every column of table 3: I. new + II. carried over = III. (7) total + IV. carried forward.",
            SumZh + "（一、本年新收 + 二、上年结转 − 三、（七）总计）",
            SumEn + " (I. new + II. carried over − III. (7) total)"),
        new RuleDescriptor(
            RuleIds.T3OutcomeTotal, Severity.Error,
            "办理结果总计不等于各项之和", "Outcome total is not the sum of the outcomes",
            "表三每一列：（七）总计 = （一）（二）及（三）（四）（五）（六）各子项之和。",
            "For every column of table 3: (7) total = the sum of (1), (2) and every sub-row of (3), (4), (5) and (6).",
            SumZh + "（各办理结果之和）",
            SumEn + " (sum of the outcome rows)"),
        new RuleDescriptor(
            RuleIds.T3RowTotal, Severity.Error,
            "表三行总计不等于各列之和", "Table 3 row total is not the sum of its columns",
            "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
            "For every row of table 3: total = natural persons + the five kinds of legal persons and other organisations.",
            SumZh + "（六类申请人之和）",
            SumEn + " (sum of the six applicant columns)"),
        new RuleDescriptor(
            RuleIds.T4GroupTotal, Severity.Error,
            "表四总计不等于各项之和", "Table 4 group total is not the sum of its outcomes",
            "表四每组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
            "In each group of table 4: upheld + corrected + other + pending = total.",
            SumZh + "（结果维持、结果纠正、其他结果、尚未审结之和）",
            SumEn + " (upheld + corrected + other + pending)"),
        new RuleDescriptor(
            RuleIds.FeeUnpaidNoNotice, Severity.Warning,
            "逾期未缴费但未报告收费通知", "Unpaid fees but no fee notice reported",
            "表三“逾期未按收费通知要求缴纳费用”大于 0，但六、其他需要报告的事项未报告发出收费通知或收取费用。",
            "Table 3's row “did not pay the noticed fee in time” is > 0, but section 6 reports no fee notice or fee.",
            "{name}：实为 {actual}，但六、其他需要报告的事项未报告发出收费通知",
            "{name}: actual {actual}, but section 6 (other matters) reports no fee notice"),
        new RuleDescriptor(
            RuleIds.TextTableMismatch, Severity.Warning,
            "正文数字与表格不符", "Narrative figure contradicts the tables",
            "正文（一、总体情况，及五、六）所述数字与表格的任何合理读法都不符：收到/受理可为本年新收或新收 + 上年结转；办结可为（七）总计、各办理结果之和或（七）总计 − 结转下年度；行政诉讼为直接起诉 + 复议后起诉（句中指明者除外）；同比、上年、约、余、以上、范围和百分比不作比较。",
            "A figure stated in the narrative (the overview, and sections 5 and 6) matches no reasonable reading of the tables: received may be new or new + carried over; finished may be (7) total, the sum of the outcome rows or (7) total − carried forward; lawsuits are direct + after reconsideration unless the sentence says which; figures about last year, approximate figures, ranges and percentages are not compared.",
            "{name}：正文为 {expected}，表格为 {actual}",
            "{name}: the narrative says {expected}, the tables say {actual}"),
        new RuleDescriptor(
            RuleIds.FormatTemplateDeviation, Severity.Warning,
            "偏离格式模板", "Deviates from the format's layout",
            "已发布报告的表格偏离其格式的版式，如缺行、多行或 2019 年式的（六）其他处理（读取已发布报告时检查）。",
            "A published report's tables deviate from its format's layout, e.g. a missing or extra row or a 2019-style (6) other handling row (checked when reading published reports).",
            "{name}：偏离格式模板",
            "{name}: deviates from the format's layout"),
        new RuleDescriptor(
            RuleIds.CellBlank, Severity.Info,
            "原表空白", "Blank in the published report",
            "已发布报告中该单元格为空白（格式要求填 0），按 0 处理。",
            "The cell was blank in the published report (the format expects 0); it is read as 0.",
            "{name}：原表空白，按 0 处理",
            "{name}: blank in the published report, read as 0"),
        new RuleDescriptor(
            RuleIds.XCarryOver, Severity.Warning,
            "上年结转与上一年度报告不符", "Carry-over differs from the previous year's report",
            "本年“二、上年结转”每一列应等于同一机关上一年度报告的“四、结转下年度继续办理”。",
            "Per column, this year's II. carried over must equal the same agency's previous-year IV. carried forward.",
            SumZh + "（上一年度报告的四、结转下年度继续办理）",
            SumEn + " (the previous year's IV. carried forward to next year)"),
        new RuleDescriptor(
            RuleIds.XDocsInForce, Severity.Info,
            "现行有效件数与上一年度报告不符", "Documents in force differ from the previous year's report",
            "现行有效件数应约等于上一年度现行有效件数 + 本年制发件数 − 本年废止件数。",
            "Documents in force should be about last year's in force + issued this year − repealed this year.",
            SumZh + "（上一年度现行有效件数 + 本年制发件数 − 本年废止件数）",
            SumEn + " (last year's in force + issued − repealed)"));

    private static readonly ImmutableDictionary<string, RuleDescriptor> ById = Index();

    /// <summary>Finds a rule by id.</summary>
    /// <param name="ruleId">The id, one of <see cref="RuleIds"/>.</param>
    /// <param name="descriptor">The rule, when found.</param>
    /// <returns>Whether the id is known.</returns>
    public static bool TryGet(string ruleId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? descriptor) =>
        ById.TryGetValue(ruleId ?? string.Empty, out descriptor);

    /// <summary>Gets a rule by id.</summary>
    /// <param name="ruleId">The id, one of <see cref="RuleIds"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is unknown.</exception>
    public static RuleDescriptor Get(string ruleId) =>
        TryGet(ruleId, out var descriptor) ? descriptor : throw new ArgumentException($"Unknown rule id '{ruleId}'.", nameof(ruleId));

    /// <summary>The position of a rule in <see cref="All"/> (the tie-break of the reporting order).</summary>
    internal static int OrderOf(string ruleId)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (string.Equals(All[i].Id, ruleId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return All.Length;
    }

    private static ImmutableDictionary<string, RuleDescriptor> Index()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in All)
        {
            builder.Add(rule.Id, rule);
        }

        return builder.ToImmutable();
    }
}
