using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>For every column: 一 + 二 = （七）总计 + 四.</summary>
    public const string T3Balance = "T3-BALANCE";

    /// <summary>For every column: （七）总计 = the sum of all outcome rows.</summary>
    public const string T3OutcomeTotal = "T3-OUTCOME-TOTAL";

    /// <summary>For every row of table 三: 总计 = the sum of the six applicant columns.</summary>
    public const string T3RowTotal = "T3-ROW-TOTAL";
}

/// <summary><c>T3-BALANCE</c>: for every column, 一 + 二 = （七）总计 + 四 (the rule the table's own note states), reported on 四.</summary>
internal sealed class T3BalanceRule : ReportRule
{
    public T3BalanceRule()
        : base(new RuleDescriptor(
            RuleIds.T3Balance, 70, RuleScope.Report, AllFormats, Severity.Error,
            "表三勾稽关系不平", "Table 3 does not balance",
            "表三每一列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理。",
            "For every column of table 3: I. new + II. carried over = III. (7) total + IV. carried forward.",
            "{name}：应为 {expected}，实为 {actual}（一、本年新收 + 二、上年结转 − 三、（七）总计）",
            "{name}: expected {expected}, actual {actual} (I. new + II. carried over − III. (7) total)"))
    {
    }

    public override void Check(RuleContext context)
    {
        var layout = context.Layout;
        var rows = context.Table3Rows;
        var received = rows[FormatLayout.RowNewlyReceived];
        var carriedOver = rows[FormatLayout.RowCarriedOver];
        var total = rows[layout.RowOutcomeTotal];
        var carriedForward = rows[layout.RowCarriedForward];
        for (var c = 0; c < FormatLayout.Columns; c++)
        {
            var expected = (long)received[c] + carriedOver[c] - total[c];
            if (expected != carriedForward[c])
            {
                context.Add(this, layout.T3[layout.RowCarriedForward][c], layout.BalanceParts[c], expected, carriedForward[c]);
            }
        }
    }
}

/// <summary><c>T3-OUTCOME-TOTAL</c>: for every column, （七）总计 = the sum of the outcome rows (（六）'s sub-rows, or （六） itself in the 2019 format).</summary>
internal sealed class T3OutcomeTotalRule : ReportRule
{
    public T3OutcomeTotalRule()
        : base(new RuleDescriptor(
            RuleIds.T3OutcomeTotal, 80, RuleScope.Report, AllFormats, Severity.Error,
            "办理结果总计不等于各项之和", "Outcome total is not the sum of the outcomes",
            "表三每一列：（七）总计 = （一）（二）、（三）（四）（五）各子项及（六）其他处理（格式分列子项的，为其各子项）之和。",
            "For every column of table 3: (7) total = the sum of (1), (2), every sub-row of (3), (4) and (5), and (6) other handling (its sub-rows where the format has them).",
            "{name}：应为 {expected}，实为 {actual}（各办理结果之和）",
            "{name}: expected {expected}, actual {actual} (sum of the outcome rows)"))
    {
    }

    public override void Check(RuleContext context)
    {
        var layout = context.Layout;
        var rows = context.Table3Rows;
        var sums = default(ColumnSums);
        for (var r = FormatLayout.FirstOutcomeRow; r < FormatLayout.FirstOutcomeRow + layout.OutcomeRows; r++)
        {
            sums.Add(rows[r]);
        }

        var total = rows[layout.RowOutcomeTotal];
        for (var c = 0; c < FormatLayout.Columns; c++)
        {
            if (sums[c] != total[c])
            {
                context.Add(this, layout.T3[layout.RowOutcomeTotal][c], layout.OutcomeParts[c], sums[c], total[c]);
            }
        }
    }
}

/// <summary><c>T3-ROW-TOTAL</c>: for every row of table 三, 总计 = the six applicant columns.</summary>
internal sealed class T3RowTotalRule : ReportRule
{
    public T3RowTotalRule()
        : base(new RuleDescriptor(
            RuleIds.T3RowTotal, 90, RuleScope.Report, AllFormats, Severity.Error,
            "表三行总计不等于各列之和", "Table 3 row total is not the sum of its columns",
            "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
            "For every row of table 3: total = natural persons + the five kinds of legal persons and other organisations.",
            "{name}：应为 {expected}，实为 {actual}（六类申请人之和）",
            "{name}: expected {expected}, actual {actual} (sum of the six applicant columns)"))
    {
    }

    public override void Check(RuleContext context)
    {
        var layout = context.Layout;
        var rows = context.Table3Rows;
        for (var r = 0; r < layout.T3Rows; r++)
        {
            var row = rows[r];
            var sum = row.SumOfParts();
            if (sum != row.Total)
            {
                context.Add(this, layout.T3[r][FormatLayout.TotalColumn], layout.RowParts[r], sum, row.Total);
            }
        }
    }
}
