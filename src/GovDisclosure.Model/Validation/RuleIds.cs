namespace GovDisclosure.Model.Validation;

/// <summary>
/// The ids of every rule that can produce a <see cref="Finding"/>. The strings are a public contract:
/// the consistency rules carry the ids of the format reference (§6).
/// </summary>
public static class RuleIds
{
    /// <summary>The document is not a well-formed report in the strict JSON form (syntax, unknown or missing members, types, ranges).</summary>
    public const string Json = "JSON";

    /// <summary>The document does not conform to the JSON Schema (reported with the schema keyword).</summary>
    public const string Schema = "SCHEMA";

    /// <summary>For every column: 一 + 二 = （七）总计 + 四.</summary>
    public const string T3Balance = "T3-BALANCE";

    /// <summary>For every column: （七）总计 = the sum of all outcome rows.</summary>
    public const string T3OutcomeTotal = "T3-OUTCOME-TOTAL";

    /// <summary>For every row of table 三: 总计 = the sum of the six applicant columns.</summary>
    public const string T3RowTotal = "T3-ROW-TOTAL";

    /// <summary>In each group of table 四: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.</summary>
    public const string T4GroupTotal = "T4-GROUP-TOTAL";

    /// <summary>Every count is an integer ≥ 0; money amounts ≥ 0.</summary>
    public const string CellRange = "CELL-RANGE";

    /// <summary>The format version fits the report year.</summary>
    public const string FormatYear = "FORMAT-YEAR";

    /// <summary>Agency name and report year present; year within 2019..current year.</summary>
    public const string MetaRequired = "META-REQUIRED";

    /// <summary>Table 二's 行政事业性收费 looks like yuan, not 万元.</summary>
    public const string FeeAmountUnit = "FEE-AMOUNT-UNIT";

    /// <summary>Applications ended for unpaid fees, but section 六 reports no fee notice.</summary>
    public const string FeeUnpaidNoNotice = "FEE-UNPAID-NO-NOTICE";

    /// <summary>A figure in the narrative contradicts the tables.</summary>
    public const string TextTableMismatch = "TEXT-TABLE-MISMATCH";

    /// <summary>A published report deviates from its format's layout.</summary>
    public const string FormatTemplateDeviation = "FORMAT-TEMPLATE-DEVIATION";

    /// <summary>A cell was blank in the published report.</summary>
    public const string CellBlank = "CELL-BLANK";

    /// <summary>This year's 二、上年结转 = last year's 四、结转下年度继续办理, per column.</summary>
    public const string XCarryOver = "X-CARRY-OVER";

    /// <summary>现行有效件数 ≈ last year's 现行有效件数 + 本年制发件数 − 本年废止件数.</summary>
    public const string XDocsInForce = "X-DOCS-IN-FORCE";
}
