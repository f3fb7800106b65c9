using System;
using System.IO;
using System.Text;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Benchmarks;

internal static class Examples
{
    public static byte[] Tonggu() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "tonggu-county-2021.json"));

    public static byte[] Shanghai() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "shanghai-gov-office-2019.json"));

    /// <summary>
    /// A valid report in the 2019 format of the same size as the Tonggu example: its narratives and tables 三 and 四
    /// (（六） one row), the Shanghai example's table 二, report year 2020.
    /// </summary>
    public static AnnualReport2019 Valid2019()
    {
        var tonggu = (AnnualReport2021)ReportJson.Read(TongguConsistent());
        var shanghai = (AnnualReport2019)ReportJson.Read(Shanghai());
        var a = tonggu.Applications;
        var o = a.Outcomes;
        return new AnnualReport2019
        {
            Metadata = tonggu.Metadata with { ReportYear = 2020 },
            Overview = tonggu.Overview,
            ProactiveDisclosure = shanghai.ProactiveDisclosure,
            Applications = new Applications2019
            {
                NewlyReceived = a.NewlyReceived,
                CarriedOverFromPreviousYear = a.CarriedOverFromPreviousYear,
                Outcomes = new Outcomes2019
                {
                    Disclosed = o.Disclosed,
                    PartiallyDisclosed = o.PartiallyDisclosed,
                    NotDisclosed = o.NotDisclosed,
                    UnableToProvide = o.UnableToProvide,
                    NotProcessed = o.NotProcessed,
                    OtherHandling = ApplicantCounts.Sum(new[] { o.OtherHandling.CorrectionOverdue, o.OtherHandling.FeeUnpaid, o.OtherHandling.Other }),
                    Total = o.Total,
                },
                CarriedForwardToNextYear = a.CarriedForwardToNextYear,
            },
            ReviewAndLitigation = tonggu.ReviewAndLitigation,
            ProblemsAndImprovements = tonggu.ProblemsAndImprovements,
            OtherMatters = tonggu.OtherMatters,
        };
    }

    /// <summary>
    /// The Tonggu example with its narrative made to agree with its tables (受理依申请公开8件，其中自然人7件, as table 三 says):
    /// a report with no finding at all, the same length in bytes as the published one.
    /// </summary>
    public static byte[] TongguConsistent()
    {
        var text = Encoding.UTF8.GetString(Tonggu());
        var fixedText = text.Replace("受理依申请公开9件，其中自然人8件", "受理依申请公开8件，其中自然人7件");
        if (fixedText == text)
        {
            throw new InvalidOperationException("The Tonggu narrative sentence was not found.");
        }

        return Encoding.UTF8.GetBytes(fixedText);
    }
}
