namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>In each group of table 四: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.</summary>
    public const string T4GroupTotal = "T4-GROUP-TOTAL";
}

/// <summary><c>T4-GROUP-TOTAL</c>: in each of table 四's three groups, the four outcomes add up to 总计.</summary>
internal sealed class T4GroupTotalRule : ReportRule
{
    public T4GroupTotalRule()
        : base(new RuleDescriptor(
            RuleIds.T4GroupTotal, 100, RuleScope.Report, AllFormats, Severity.Error,
            "表四总计不等于各项之和", "Table 4 group total is not the sum of its outcomes",
            "表四每组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
            "In each group of table 4: upheld + corrected + other + pending = total.",
            "{name}：应为 {expected}，实为 {actual}（结果维持、结果纠正、其他结果、尚未审结之和）",
            "{name}: expected {expected}, actual {actual} (upheld + corrected + other + pending)"))
    {
    }

    public override void Check(RuleContext context)
    {
        var table = context.Report.ReviewAndLitigation;
        Group(context, table.AdministrativeReview, 0);
        Group(context, table.LitigationDirect, 1);
        Group(context, table.LitigationAfterReview, 2);
    }

    private void Group(RuleContext context, CaseOutcomes group, int g)
    {
        var sum = group.SumOfParts();
        if (sum != group.Total)
        {
            context.Add(this, context.Layout.T4[g][4], context.Layout.GroupParts[g], sum, group.Total);
        }
    }
}
