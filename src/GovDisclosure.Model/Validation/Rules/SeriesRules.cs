using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>A series holds two or more reports of one agency for one year.</summary>
    public const string XSeriesDuplicate = "X-SERIES-DUPLICATE";

    /// <summary>A series lacks a year between an agency's first and last report.</summary>
    public const string XSeriesGap = "X-SERIES-GAP";
}

/// <summary><c>X-SERIES-DUPLICATE</c>: raised by <see cref="ReportSeries"/> on every report of an agency-year that has more than one.</summary>
internal sealed class XSeriesDuplicateRule : ReportRule
{
    public XSeriesDuplicateRule()
        : base(new RuleDescriptor(
            RuleIds.XSeriesDuplicate, 180, RuleScope.Series, AllFormats, Severity.Warning,
            "同一机关同一年度有多份报告", "Two reports for one agency and year",
            "一组报告中，同一机关（机关名称或行政区划代码相同）同一年度有两份或以上报告；这些报告不参与跨年度比较。",
            "In a series, one agency (same name, or same division code) has two or more reports for one year; they are not paired for the cross-year rules.",
            "{name}：同一机关 {actual} 年度另有报告：{text}",
            "{name}: the same agency has another report for {actual}: {text}"))
    {
    }
}

/// <summary><c>X-SERIES-GAP</c>: raised by <see cref="ReportSeries"/> on the report after a missing year.</summary>
internal sealed class XSeriesGapRule : ReportRule
{
    public XSeriesGapRule()
        : base(new RuleDescriptor(
            RuleIds.XSeriesGap, 182, RuleScope.Series, AllFormats, Severity.Info,
            "缺少上一年度报告", "The previous year's report is missing",
            "一组报告中，某机关缺少其首末年度之间某一年度的报告，该年度前后的报告无法做跨年度比较。",
            "In a series, an agency lacks a report for a year between its first and last, so the cross-year rules cannot compare across it.",
            "{name}：同一机关缺少 {expected} 年度的报告，跨年度规则未与上一年度比较",
            "{name}: the agency's report for {expected} is missing; the cross-year rules did not compare with the previous year"))
    {
    }

    internal static Finding For(AnnualReport report, int missingYear) =>
        FindingFactory.Create(ReportRules.Get<XSeriesGapRule>().Descriptor, ReportFormatInfo.Get(report.Format).Layout, FormatLayout.ReportYearPointer, default, missingYear, null, default);
}
