namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>A cell was blank in the published report.</summary>
    public const string CellBlank = "CELL-BLANK";
}

/// <summary><c>CELL-BLANK</c>: one note for every cell a source note records as blank in the published report.</summary>
internal sealed class CellBlankRule : ReportRule
{
    public CellBlankRule()
        : base(new RuleDescriptor(
            RuleIds.CellBlank, 140, RuleScope.Report, AllFormats, Severity.Info,
            "原表空白", "Blank in the published report",
            "已发布报告中该单元格为空白（格式要求填 0），按 0 处理。",
            "The cell was blank in the published report (the format expects 0); it is read as 0.",
            "{name}：原表空白，按 0 处理",
            "{name}: blank in the published report, read as 0"))
    {
    }

    public override void Check(RuleContext context)
    {
        var notes = context.Report.SourceNotes;
        if (notes.Count == 0)
        {
            return;
        }

        foreach (var pair in notes.Dictionary)
        {
            if (pair.Value.Blank)
            {
                context.Add(this, pair.Key);
            }
        }
    }
}
