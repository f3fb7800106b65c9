using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace GovDisclosure.Model.Formats;

/// <summary>The 2021 format (国办公开办函〔2021〕30号): its descriptor and the layout its rules walk.</summary>
internal static class Format2021
{
    public const string FeeAmountPointer = "/proactiveDisclosure/administrativeFees/amountTenThousandYuan";
    public const string RegulationsInForcePointer = "/proactiveDisclosure/regulations/inForce";
    public const string NormativeDocumentsInForcePointer = "/proactiveDisclosure/normativeDocuments/inForce";

    /// <summary>第二十条第（一）项 of 规章: 本年制发件数, 本年废止件数, 现行有效件数.</summary>
    public static readonly string[] RegulationsPointers = ["/proactiveDisclosure/regulations/issued", "/proactiveDisclosure/regulations/repealed", RegulationsInForcePointer];

    /// <summary>第二十条第（一）项 of 行政规范性文件: 本年制发件数, 本年废止件数, 现行有效件数.</summary>
    public static readonly string[] NormativeDocumentsPointers = ["/proactiveDisclosure/normativeDocuments/issued", "/proactiveDisclosure/normativeDocuments/repealed", NormativeDocumentsInForcePointer];

    /// <summary>The first report year of the format.</summary>
    public const int FirstReportYear = 2021;

    public static readonly ReportFormatInfo Info = new(
        ReportFormat.Format2021,
        AnnualReport2021.FormatVersionString,
        typeof(AnnualReport2021),
        "国办公开办函〔2021〕30号",
        "中华人民共和国政府信息公开工作年度报告格式",
        "政府信息公开工作年度报告",
        "2021-09-26",
        FirstReportYear,
        lastReportYear: null,
        info => new Layout(info));

    /// <summary>Table 三 of the 2021 format: 25 rows, （六）其他处理 with three sub-rows.</summary>
    internal sealed class Layout : FormatLayout
    {
        public Layout(ReportFormatInfo info)
            : base(info, Outcomes2021.OutcomeRowCount)
        {
            RowFeeUnpaid = FirstOutcomeRow + OutcomeRows - 2;
            if (!T3[RowFeeUnpaid][0].Contains("/feeUnpaid/"))
            {
                throw new InvalidOperationException("The fee-unpaid row of table 三 is not where the layout expects it.");
            }

            MoneyCells = ImmutableArray.Create<(string, Func<AnnualReport, decimal?>)>(
                (FeeAmountPointer, r => ((AnnualReport2021)r).ProactiveDisclosure.AdministrativeFees.AmountTenThousandYuan),
                (FeesAmountNoticedPointer, r => r.OtherMatters.Fees?.AmountNoticedYuan),
                (FeesAmountCollectedPointer, r => r.OtherMatters.Fees?.AmountCollectedYuan));
        }

        /// <summary>2.申请人逾期未按收费通知要求缴纳费用… of （六）其他处理.</summary>
        public int RowFeeUnpaid { get; }

        public override ImmutableArray<(string Pointer, Func<AnnualReport, decimal?> Get)> MoneyCells { get; }

        public override IReadOnlyDictionary<Type, (string Zh, string En)> SchemaDocs { get; } = new Dictionary<Type, (string, string)>
        {
            [typeof(ProactiveDisclosure2021)] = ("表二：主动公开政府信息情况（2021 年格式，第二十条第（一）（五）（六）（八）项）。", "Table 2: proactive disclosure (2021 format, article 20 items 1, 5, 6 and 8)."),
            [typeof(DocumentCounts)] = ("第二十条第（一）项的一行：本年制发件数、本年废止件数、现行有效件数。", "A row of article 20 item 1: documents issued, repealed and in force."),
            [typeof(DecisionCount)] = ("第二十条第（五）（六）项的一行：本年处理决定数量。", "A row of article 20 items 5 and 6: decisions made this year."),
            [typeof(FeeAmount)] = ("第二十条第（八）项：本年收费金额（单位：万元）。", "Article 20 item 8: fees charged this year, in ten thousand yuan."),
            [typeof(Applications2021)] = ("表三：收到和处理政府信息公开申请情况（2021 年格式）。本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。", "Table 3: disclosure applications received and handled (2021 format). Rows 1 + 2 equal rows 3 + 4."),
            [typeof(Outcomes2021)] = ("三、本年度办理结果：（一）至（六）各项及（七）总计。", "Row 3, outcomes this year: items (1) to (6) and (7) the total."),
            [typeof(OtherHandling2021)] = ("（六）其他处理：1 至 3 项（2021 年格式）。", "(6) Other handling: items 1 to 3 (2021 format)."),
        };

        public override void FillTable3(AnnualReport report, ApplicantCounts[] rows)
        {
            var a = ((AnnualReport2021)report).Applications;
            rows[RowNewlyReceived] = a.NewlyReceived;
            rows[RowCarriedOver] = a.CarriedOverFromPreviousYear;
            var at = a.Outcomes.CopyOutcomeRows(rows, FirstOutcomeRow);
            rows[at++] = a.Outcomes.Total;
            rows[at] = a.CarriedForwardToNextYear;
        }
    }
}
