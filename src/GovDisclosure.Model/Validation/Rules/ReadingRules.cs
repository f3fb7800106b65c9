using System.Collections.Generic;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>A figure in the narrative contradicts the tables.</summary>
    public const string TextTableMismatch = "TEXT-TABLE-MISMATCH";

    /// <summary>A published report deviates from its format's layout.</summary>
    public const string FormatTemplateDeviation = "FORMAT-TEMPLATE-DEVIATION";
}

/// <summary>
/// <c>TEXT-TABLE-MISMATCH</c>: a figure the narrative states (<see cref="Narratives.NarrativeFigures"/>) matches no reasonable
/// reading of the tables (<see cref="Narratives.TextTableCheck"/>).
/// </summary>
internal sealed class TextTableMismatchRule : ReportRule
{
    /// <summary>A further contradicted figure of the same sentence in a message.</summary>
    internal const string MoreZh = "；{name}：正文为 {expected}，表格为 {actual}";

    /// <summary>The English form of <see cref="MoreZh"/>.</summary>
    internal const string MoreEn = "; {name}: the narrative says {expected}, the tables say {actual}";

    /// <summary>The quoted sentence that ends a message.</summary>
    internal const string QuoteZh = "。原文：“{quote}”";

    /// <summary>The English form of <see cref="QuoteZh"/>.</summary>
    internal const string QuoteEn = ". Text: “{quote}”";

    public TextTableMismatchRule()
        : base(new RuleDescriptor(
            RuleIds.TextTableMismatch, 120, RuleScope.Report, AllFormats, Severity.Warning,
            "正文数字与表格不符", "Narrative figure contradicts the tables",
            "正文（一、总体情况，及五、六）所述数字与表格的任何合理读法都不符：收到/受理可为本年新收或新收 + 上年结转；办结可为（七）总计、各办理结果之和或（七）总计 − 结转下年度；行政诉讼为直接起诉 + 复议后起诉（句中指明者除外）；同比、上年、约、余、以上、范围和百分比不作比较。",
            "A figure stated in the narrative (the overview, and sections 5 and 6) matches no reasonable reading of the tables: received may be new or new + carried over; finished may be (7) total, the sum of the outcome rows or (7) total − carried forward; lawsuits are direct + after reconsideration unless the sentence says which; figures about last year, approximate figures, ranges and percentages are not compared.",
            "{name}：正文为 {expected}，表格为 {actual}",
            "{name}: the narrative says {expected}, the tables say {actual}"))
    {
    }

    public override void Check(RuleContext context)
    {
        List<Finding>? found = null;
        Narratives.TextTableCheck.Run(context.Report, ref found);
        if (found is not null)
        {
            context.AddAll(found);
        }
    }
}

/// <summary><c>FORMAT-TEMPLATE-DEVIATION</c>: raised when a published report is read and its tables deviate from the format's layout.</summary>
internal sealed class FormatTemplateDeviationRule : ReportRule
{
    public FormatTemplateDeviationRule()
        : base(new RuleDescriptor(
            RuleIds.FormatTemplateDeviation, 130, RuleScope.Reading, AllFormats, Severity.Warning,
            "偏离格式模板", "Deviates from the format's layout",
            "已发布报告的表格偏离其格式的版式，如缺行、多行或较早格式的单行（六）其他处理（读取已发布报告时检查）。",
            "A published report's tables deviate from its format's layout, e.g. a missing or extra row or an earlier format's single (6) other handling row (checked when reading published reports).",
            "{name}：偏离格式模板",
            "{name}: deviates from the format's layout"))
    {
    }
}
