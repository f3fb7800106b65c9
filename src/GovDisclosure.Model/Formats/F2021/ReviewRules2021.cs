using System.Collections.Immutable;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>Table 二 (2021 format): 现行有效件数 &lt; 本年制发件数 − 本年废止件数 for 规章 or 行政规范性文件.</summary>
    public const string T2InForceLtNet = "T2-IN-FORCE-LT-NET";

    /// <summary>Table 三 （六）2 总计 (2021 format) exceeds the fee notices section 六 states.</summary>
    public const string FeeUnpaidGtNotices = "FEE-UNPAID-GT-NOTICES";
}

/// <summary>
/// <c>T2-IN-FORCE-LT-NET</c>: documents in force at year end cannot be fewer than those issued this year less those repealed
/// this year (whatever last year had in force).
/// </summary>
internal sealed class T2InForceLtNetRule : ReportRule
{
    private static readonly ImmutableArray<string> RegulationsParts = ImmutableArray.Create(Format2021.RegulationsPointers, 0, 2);
    private static readonly ImmutableArray<string> NormativeParts = ImmutableArray.Create(Format2021.NormativeDocumentsPointers, 0, 2);

    public T2InForceLtNetRule()
        : base(new RuleDescriptor(
            RuleIds.T2InForceLtNet, 65, RuleScope.Report, ImmutableArray.Create(ReportFormat.Format2021), Severity.Warning,
            "现行有效件数少于本年净增", "Fewer documents in force than issued less repealed",
            "表二规章、行政规范性文件：现行有效件数小于本年制发件数 − 本年废止件数，无论上一年度有多少件都不可能。",
            "Table 2, regulations and normative documents: documents in force are fewer than issued this year less repealed this year, which no previous year can explain.",
            "{name}：实为 {actual}，小于本年制发件数 − 本年废止件数 = {text}",
            "{name}: actual {actual}, fewer than issued − repealed = {text}"))
    {
    }

    public override void Check(RuleContext context)
    {
        var table = ((AnnualReport2021)context.Report).ProactiveDisclosure;
        Check(context, table.Regulations, Format2021.RegulationsInForcePointer, RegulationsParts);
        Check(context, table.NormativeDocuments, Format2021.NormativeDocumentsInForcePointer, NormativeParts);
    }

    private void Check(RuleContext context, DocumentCounts row, string pointer, ImmutableArray<string> parts)
    {
        var net = (long)row.Issued - row.Repealed;
        if (row.InForce < net)
        {
            var shown = net.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Add(this, pointer, parts, null, row.InForce, new MessageArguments(textZh: shown, textEn: shown));
        }
    }
}

/// <summary><c>FEE-UNPAID-GT-NOTICES</c>: more applications ended for unpaid fees than fee notices were issued.</summary>
internal sealed class FeeUnpaidGtNoticesRule : ReportRule
{
    private static readonly ImmutableArray<string> Notices = ImmutableArray.Create("/otherMatters/fees/noticesIssued");

    public FeeUnpaidGtNoticesRule()
        : base(new RuleDescriptor(
            RuleIds.FeeUnpaidGtNotices, 112, RuleScope.Report, ImmutableArray.Create(ReportFormat.Format2021), Severity.Warning,
            "逾期未缴费件数多于收费通知", "More unpaid-fee applications than fee notices",
            "表三“逾期未按收费通知要求缴纳费用”总计大于六、其他需要报告的事项所述发出收费通知的件数。",
            "Table 3's total of applications ended for unpaid fees exceeds the fee notices section 6 states were issued.",
            "{name}：实为 {actual}，多于发出收费通知的件数 {text}",
            "{name}: actual {actual}, more than the fee notices issued, {text}"))
    {
    }

    public override void Check(RuleContext context)
    {
        if (context.Report.OtherMatters.Fees?.NoticesIssued is not { } notices)
        {
            return;
        }

        var layout = (Format2021.Layout)context.Layout;
        var unpaid = context.Table3Rows[layout.RowFeeUnpaid].Total;
        if (unpaid > notices)
        {
            var shown = notices.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Add(this, layout.T3[layout.RowFeeUnpaid][FormatLayout.TotalColumn], Notices, null, unpaid, new MessageArguments(textZh: shown, textEn: shown));
        }
    }
}
