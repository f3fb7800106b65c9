using System.Linq;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>The format version fits the report year.</summary>
    public const string FormatYear = "FORMAT-YEAR";
}

/// <summary><c>FORMAT-YEAR</c>: each format is used for its own report years (<see cref="ReportFormatInfo.AppliesTo"/>).</summary>
internal sealed class FormatYearRule : ReportRule
{
    public FormatYearRule()
        : base(new RuleDescriptor(
            RuleIds.FormatYear, 30, RuleScope.Report, AllFormats, Severity.Error,
            "格式版本与报告年度不符", "Format version does not fit the report year",
            "格式版本应与报告年度相符：" + string.Join("；", ReportFormatInfo.All.Reverse().Select(f => $"{f.Version} 年格式用于 {f.YearsZh}")) + "。",
            "The format version must fit the report year: " + string.Join("; ", ReportFormatInfo.All.Reverse().Select(f => $"the {f.Version} format is for {f.YearsEn}")) + ".",
            "{name}：{text}，报告年度实为 {actual}",
            "{name}: {text}; the report year is {actual}"))
    {
    }

    public override void Check(RuleContext context)
    {
        var year = context.Report.Metadata.ReportYear;
        var format = context.Format;
        if (!format.AppliesTo(year))
        {
            context.Add(this, FormatLayout.FormatVersionPointer, default, null, year, new MessageArguments(
                textZh: $"{format.Version} 年格式（{format.Notice}）用于 {format.YearsZh}的报告",
                textEn: $"the {format.Version} format ({format.Notice}) is for {format.YearsEn}"));
        }
    }
}
