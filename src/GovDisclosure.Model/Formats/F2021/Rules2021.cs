using System;
using System.Collections.Immutable;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>Table 二's 行政事业性收费 (2021 format) looks like yuan, not 万元.</summary>
    public const string FeeAmountUnit = "FEE-AMOUNT-UNIT";

    /// <summary>Applications ended for unpaid fees (2021 format), but section 六 reports no fee notice.</summary>
    public const string FeeUnpaidNoNotice = "FEE-UNPAID-NO-NOTICE";

    /// <summary>现行有效件数 ≈ last year's 现行有效件数 + 本年制发件数 − 本年废止件数 (2021 format).</summary>
    public const string XDocsInForce = "X-DOCS-IN-FORCE";
}

/// <summary><c>FEE-AMOUNT-UNIT</c>: 本年收费金额 is in 万元; more than 6 decimals or ≥ 10,000,000 suggests yuan.</summary>
internal sealed class FeeAmountUnitRule : ReportRule
{
    private const decimal FeeAmountLimit = 10_000_000m;
    private const decimal SixDecimals = 1_000_000m;

    public FeeAmountUnitRule()
        : base(new RuleDescriptor(
            RuleIds.FeeAmountUnit, 60, RuleScope.Report, ImmutableArray.Create(ReportFormat.Format2021), Severity.Warning,
            "收费金额疑似以元填报", "Fee amount looks like yuan, not 10,000 yuan",
            "表二“行政事业性收费”的单位是万元：小数超过 6 位（细于 1 分）或不小于 10,000,000 万元时，疑似误以元填报。",
            "Table 2's administrative fees are in 10,000 yuan: more than 6 decimals (finer than one fen) or an amount ≥ 10,000,000 suggests it was written in yuan.",
            "{name}：{actual} 不像以万元为单位的金额（小数超过 6 位或不小于 10,000,000），疑似以元填报",
            "{name}: {actual} does not look like an amount in 10,000 yuan (more than 6 decimals, or ≥ 10,000,000); it may have been written in yuan"))
    {
    }

    public override void Check(RuleContext context)
    {
        var amount = ((AnnualReport2021)context.Report).ProactiveDisclosure.AdministrativeFees.AmountTenThousandYuan;
        var magnitude = Math.Abs(amount);
        if (magnitude >= FeeAmountLimit || decimal.Truncate(magnitude * SixDecimals) != magnitude * SixDecimals)
        {
            context.Add(this, Format2021.FeeAmountPointer, default, null, amount);
        }
    }
}

/// <summary>
/// <c>FEE-UNPAID-NO-NOTICE</c>: applications ended for unpaid fees, while section 六 states no fee notice. Section 六
/// reports a notice when it states a positive number of notices, a positive amount noticed or a positive amount collected.
/// </summary>
internal sealed class FeeUnpaidNoNoticeRule : ReportRule
{
    private static readonly ImmutableArray<string> OtherMattersOnly = ImmutableArray.Create(FormatLayout.OtherMattersPointer);

    public FeeUnpaidNoNoticeRule()
        : base(new RuleDescriptor(
            RuleIds.FeeUnpaidNoNotice, 110, RuleScope.Report, ImmutableArray.Create(ReportFormat.Format2021), Severity.Warning,
            "逾期未缴费但未报告收费通知", "Unpaid fees but no fee notice reported",
            "表三“逾期未按收费通知要求缴纳费用”大于 0，但六、其他需要报告的事项未报告发出收费通知或收取费用。",
            "Table 3's row “did not pay the noticed fee in time” is > 0, but section 6 reports no fee notice or fee.",
            "{name}：实为 {actual}，但六、其他需要报告的事项未报告发出收费通知",
            "{name}: actual {actual}, but section 6 (other matters) reports no fee notice"))
    {
    }

    public override void Check(RuleContext context)
    {
        var layout = (Format2021.Layout)context.Layout;
        var row = context.Table3Rows[layout.RowFeeUnpaid];
        var column = row.Total > 0 ? FormatLayout.TotalColumn : FirstNonZeroPart(row);
        if (column < 0)
        {
            return;
        }

        var fees = context.Report.OtherMatters.Fees;
        if (fees is not null && (fees.NoticesIssued > 0 || fees.AmountNoticedYuan > 0 || fees.AmountCollectedYuan > 0))
        {
            return;
        }

        context.Add(this, layout.T3[layout.RowFeeUnpaid][column], OtherMattersOnly, null, row[column]);
    }

    private static int FirstNonZeroPart(ApplicantCounts row)
    {
        for (var c = 0; c < FormatLayout.TotalColumn; c++)
        {
            if (row[c] > 0)
            {
                return c;
            }
        }

        return -1;
    }
}

/// <summary>
/// <c>X-DOCS-IN-FORCE</c>: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件
/// (any difference is reported, as info). When the previous report is in a format without 现行有效件数, an
/// <c>X-SKIPPED</c> note says so.
/// </summary>
internal sealed class XDocsInForceRule : ReportRule
{
    private static readonly ImmutableArray<string> RegulationsRelated = ImmutableArray.Create(Format2021.RegulationsInForcePointer);
    private static readonly ImmutableArray<string> NormativeDocumentsRelated = ImmutableArray.Create(Format2021.NormativeDocumentsInForcePointer);

    public XDocsInForceRule()
        : base(new RuleDescriptor(
            RuleIds.XDocsInForce, 160, RuleScope.CrossYear, ImmutableArray.Create(ReportFormat.Format2021), Severity.Info,
            "现行有效件数与上一年度报告不符", "Documents in force differ from the previous year's report",
            "现行有效件数应约等于上一年度现行有效件数 + 本年制发件数 − 本年废止件数（两份报告均为本格式时）。",
            "Documents in force should be about last year's in force + issued this year − repealed this year (when both reports are in this format).",
            "{name}：应为 {expected}，实为 {actual}（上一年度现行有效件数 + 本年制发件数 − 本年废止件数）",
            "{name}: expected {expected}, actual {actual} (last year's in force + issued − repealed)"))
    {
    }

    public override void CheckPair(PairContext context)
    {
        if (context.Current is not AnnualReport2021 current || !context.AreConsecutive)
        {
            return;
        }

        if (context.Previous is not AnnualReport2021 previous)
        {
            var format = context.PreviousFormat;
            context.Add(ReportRules.Get<XSkippedRule>(), Format2021.RegulationsInForcePointer, default, null, null, new MessageArguments(
                textZh: $"上一年度报告为 {format.Version} 年格式（{format.Notice}），没有现行有效件数",
                textEn: $"the previous report is in the {format.Version} format ({format.Notice}), which has no documents in force",
                templateZh: "{name}：{text}，" + RuleIds.XDocsInForce + " 未执行",
                templateEn: "{name}: {text}; " + RuleIds.XDocsInForce + " did not run"));
            return;
        }

        Check(context, current.ProactiveDisclosure.Regulations, previous.ProactiveDisclosure.Regulations, Format2021.RegulationsInForcePointer, RegulationsRelated);
        Check(context, current.ProactiveDisclosure.NormativeDocuments, previous.ProactiveDisclosure.NormativeDocuments, Format2021.NormativeDocumentsInForcePointer, NormativeDocumentsRelated);
    }

    private void Check(PairContext context, DocumentCounts current, DocumentCounts previous, string pointer, ImmutableArray<string> related)
    {
        var expected = (long)previous.InForce + current.Issued - current.Repealed;
        if (expected != current.InForce)
        {
            context.Add(this, pointer, related, expected, current.InForce);
        }
    }
}
