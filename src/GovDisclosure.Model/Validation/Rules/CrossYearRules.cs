using System.Linq;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>This year's 二、上年结转 = last year's 四、结转下年度继续办理, per column.</summary>
    public const string XCarryOver = "X-CARRY-OVER";

    /// <summary>A cross-year rule could not run on the reports given, and why.</summary>
    public const string XSkipped = "X-SKIPPED";
}

/// <summary><c>X-CARRY-OVER</c>: per column, this year's 二、上年结转 equals the previous report's 四、结转下年度继续办理 (across formats too).</summary>
internal sealed class XCarryOverRule : ReportRule
{
    public XCarryOverRule()
        : base(new RuleDescriptor(
            RuleIds.XCarryOver, 150, RuleScope.CrossYear, AllFormats, Severity.Warning,
            "上年结转与上一年度报告不符", "Carry-over differs from the previous year's report",
            "本年“二、上年结转”每一列应等于同一机关上一年度报告的“四、结转下年度继续办理”（跨格式亦然）。",
            "Per column, this year's II. carried over must equal the same agency's previous-year IV. carried forward (across formats too).",
            "{name}：应为 {expected}，实为 {actual}（上一年度报告的四、结转下年度继续办理）",
            "{name}: expected {expected}, actual {actual} (the previous year's IV. carried forward to next year)"))
    {
    }

    public override void CheckPair(PairContext context)
    {
        if (!context.AreConsecutive)
        {
            return;
        }

        var layout = context.CurrentFormat.Layout;
        var previousLayout = context.PreviousFormat.Layout;
        var carriedOver = Row(context.Current, layout, FormatLayout.RowCarriedOver);
        var lastForward = Row(context.Previous, previousLayout, previousLayout.RowCarriedForward);
        for (var c = 0; c < FormatLayout.Columns; c++)
        {
            if (lastForward[c] != carriedOver[c])
            {
                context.Add(this, layout.T3[FormatLayout.RowCarriedOver][c], previousLayout.CarriedForward[c], lastForward[c], carriedOver[c]);
            }
        }
    }

    private static ApplicantCounts Row(AnnualReport report, FormatLayout layout, int row)
    {
        var rows = new ApplicantCounts[layout.T3Rows];
        layout.FillTable3(report, rows);
        return rows[row];
    }
}

/// <summary>
/// <c>X-SKIPPED</c>: the cross-year rules compare a report with the same agency's report for the year before; when the
/// previous report given is for another year (or the same one), nothing is compared, and this says so.
/// </summary>
internal sealed class XSkippedRule : ReportRule
{
    public XSkippedRule()
        : base(new RuleDescriptor(
            RuleIds.XSkipped, 170, RuleScope.CrossYear, AllFormats, Severity.Info,
            "跨年度规则未执行", "Cross-year rules not run",
            "给出的上一年度报告不能与本报告比较（如不是上一年度的报告，或比较项在其格式中不存在），跨年度规则未执行。",
            "The previous report given cannot be compared with this one (it is not for the year before, or its format lacks what is compared), so a cross-year rule did not run.",
            "{name}：应为 {expected}，实为 {actual}（上一年度报告的报告年度），跨年度规则未执行",
            "{name}: expected {expected}, actual {actual} (the previous report's year); the cross-year rules did not run"))
    {
    }

    public override void CheckPair(PairContext context)
    {
        if (!context.AreConsecutive)
        {
            context.Add(this, FormatLayout.ReportYearPointer, System.Collections.Immutable.ImmutableArray.Create(FormatLayout.ReportYearPointer), (long)context.Current.Metadata.ReportYear - 1, context.Previous.Metadata.ReportYear);
        }
    }
}
