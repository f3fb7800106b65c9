namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>Every count is an integer ≥ 0; money amounts ≥ 0 (signed changes such as 本年增/减 may be negative).</summary>
    public const string CellRange = "CELL-RANGE";
}

/// <summary>
/// <c>CELL-RANGE</c>: counts are non-negative by type (<see cref="uint"/>); this checks the money cells, which a
/// <see cref="decimal"/> could hold negative. Signed changes (本年增/减) are allowed to be negative.
/// </summary>
internal sealed class CellRangeRule : ReportRule
{
    public CellRangeRule()
        : base(new RuleDescriptor(
            RuleIds.CellRange, 50, RuleScope.Report, AllFormats, Severity.Error,
            "数值超出范围", "Value out of range",
            "件数为不小于 0 的整数，金额不小于 0（本年增/减可为负数）。",
            "Every count is an integer ≥ 0; money amounts are ≥ 0 (a change such as “this year's increase/decrease” may be negative).",
            "{name}：应不小于 0，实为 {actual}",
            "{name}: expected a value ≥ 0, actual {actual}"))
    {
    }

    public override void Check(RuleContext context)
    {
        foreach (var (pointer, get) in context.Layout.MoneyCells)
        {
            if (get(context.Report) is < 0 and var amount)
            {
                context.Add(this, pointer, default, null, amount);
            }
        }
    }
}
