using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace GovDisclosure.Model.Formats;

/// <summary>The 2019 format (国办公开办函〔2019〕60号): its descriptor and the layout its rules walk.</summary>
internal static class Format2019
{
    public const string ProcurementAmountPointer = "/proactiveDisclosure/centralizedProcurement/totalAmount/amount";

    public static readonly ReportFormatInfo Info = new(
        ReportFormat.Format2019,
        AnnualReport2019.FormatVersionString,
        typeof(AnnualReport2019),
        "国办公开办函〔2019〕60号",
        "中华人民共和国政府信息公开工作年度报告格式（试行）",
        "政府信息公开工作年度报告",
        "2019",
        firstReportYear: 2019,
        lastReportYear: 2020,
        info => new Layout(info));

    /// <summary>Table 三 of the 2019 format: 23 rows, （六）其他处理 a single row.</summary>
    internal sealed class Layout : FormatLayout
    {
        public Layout(ReportFormatInfo info)
            : base(info, Outcomes2019.OutcomeRowCount)
        {
            MoneyCells = ImmutableArray.Create<(string, Func<AnnualReport, decimal?>)>(
                (ProcurementAmountPointer, r => ((AnnualReport2019)r).ProactiveDisclosure.CentralizedProcurement.TotalAmount.Amount),
                (FeesAmountNoticedPointer, r => r.OtherMatters.Fees?.AmountNoticedYuan),
                (FeesAmountCollectedPointer, r => r.OtherMatters.Fees?.AmountCollectedYuan));
        }

        public override ImmutableArray<(string Pointer, Func<AnnualReport, decimal?> Get)> MoneyCells { get; }

        public override IReadOnlyDictionary<Type, (string Zh, string En)> SchemaDocs { get; } = new Dictionary<Type, (string, string)>
        {
            [typeof(ProactiveDisclosure2019)] = ("表二：主动公开政府信息情况（2019 年格式，第二十条第（一）（五）（六）（八）（九）项）。", "Table 2: proactive disclosure (2019 format, article 20 items 1, 5, 6, 8 and 9)."),
            [typeof(DocumentCounts2019)] = ("第二十条第（一）项的一行：本年新制作数量、本年新公开数量、对外公开总数量。", "A row of article 20 item 1: documents newly made, newly published, and published in all."),
            [typeof(ItemCounts2019)] = ("第二十条第（五）（六）项的一行：上一年项目数量、本年增/减（可为负数）、处理决定数量。", "A row of article 20 items 5 and 6: items last year, this year's change (may be negative), decisions."),
            [typeof(FeeItems2019)] = ("第二十条第（八）项：上一年项目数量、本年增/减（可为负数）。", "Article 20 item 8: fee items last year and this year's change (may be negative)."),
            [typeof(Procurement2019)] = ("第二十条第（九）项：采购项目数量、采购总金额（金额与单位按原表写法）。", "Article 20 item 9: procurement projects and their total amount (amount and unit as written)."),
            [typeof(AmountWithUnit)] = ("金额及其单位（元、万元或亿元），按原表写法，不换算。", "An amount with the unit it was written in (元, 万元 or 亿元), never rescaled."),
            [typeof(Applications2019)] = ("表三：收到和处理政府信息公开申请情况（2019 年格式）。本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。", "Table 3: disclosure applications received and handled (2019 format). Rows 1 + 2 equal rows 3 + 4."),
            [typeof(Outcomes2019)] = ("三、本年度办理结果：（一）至（六）各项及（七）总计；（六）其他处理为一行（2019 年格式）。", "Row 3, outcomes this year: items (1) to (6) and (7) the total; (6) other handling is one row (2019 format)."),
        };

        public override void FillTable3(AnnualReport report, ApplicantCounts[] rows)
        {
            var a = ((AnnualReport2019)report).Applications;
            rows[RowNewlyReceived] = a.NewlyReceived;
            rows[RowCarriedOver] = a.CarriedOverFromPreviousYear;
            var at = a.Outcomes.CopyOutcomeRows(rows, FirstOutcomeRow);
            rows[at++] = a.Outcomes.Total;
            rows[at] = a.CarriedForwardToNextYear;
        }
    }
}
