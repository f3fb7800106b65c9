namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>A figure in the narrative contradicts the tables.</summary>
    public const string TextTableMismatch = "TEXT-TABLE-MISMATCH";

    /// <summary>A published report deviates from its format's layout.</summary>
    public const string FormatTemplateDeviation = "FORMAT-TEMPLATE-DEVIATION";
}

/// <summary><c>TEXT-TABLE-MISMATCH</c>: a figure stated in the narrative contradicts the tables.</summary>
internal sealed class TextTableMismatchRule : ReportRule
{
    public TextTableMismatchRule()
        : base(new RuleDescriptor(
            RuleIds.TextTableMismatch, 120, RuleScope.Report, AllFormats, Severity.Warning,
            "正文数字与表格不符", "Narrative figure contradicts the tables",
            "一、总体情况中的数字与表格矛盾。",
            "A figure stated in the overview contradicts the tables.",
            "{name}：正文为 {actual}，表格为 {expected}",
            "{name}: the narrative says {actual}, the tables say {expected}"))
    {
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
