using System.Linq;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>Agency name and report year present; the year within the first format's first year..the current year.</summary>
    public const string MetaRequired = "META-REQUIRED";
}

/// <summary><c>META-REQUIRED</c>: the agency name is not blank; the report year lies between the first year of the earliest format and the current year.</summary>
internal sealed class MetaRequiredRule : ReportRule
{
    /// <summary>The earliest report year any format covers.</summary>
    private static readonly int FirstYear = ReportFormatInfo.All.Min(f => f.FirstReportYear);

    public MetaRequiredRule()
        : base(new RuleDescriptor(
            RuleIds.MetaRequired, 40, RuleScope.Report, AllFormats, Severity.Error,
            "报告信息缺失或不合理", "Missing or implausible report metadata",
            $"发布机关不得为空；报告年度应在 {FirstYear} 年至当前年度之间。",
            $"The agency name must not be blank; the report year must lie between {FirstYear} and the current year.",
            "{name}：不得为空",
            "{name}: must not be blank"))
    {
    }

    public override void Check(RuleContext context)
    {
        var metadata = context.Report.Metadata;
        if (string.IsNullOrWhiteSpace(metadata.AgencyName))
        {
            context.Add(this, FormatLayout.AgencyNamePointer);
        }

        if (metadata.ReportYear < FirstYear || metadata.ReportYear > context.CurrentYear)
        {
            var first = FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Add(this, FormatLayout.ReportYearPointer, default, null, metadata.ReportYear, new MessageArguments(
                max: context.CurrentYear,
                textZh: first,
                textEn: first,
                templateZh: "{name}：应在 {text} 至 {max} 之间，实为 {actual}",
                templateEn: "{name}: expected a year from {text} to {max}, actual {actual}"));
        }
    }
}
