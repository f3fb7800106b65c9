using System;
using System.IO;
using System.Linq;
using CsCheck;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests.Publishing;

/// <summary>The strongest test of reading and writing together: publish any report, read the document, get the same report.</summary>
public class PublishRoundTripTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in RoundTrip.Cases)
        {
            data.Add(c.Name);
        }

        return data;
    }

    public static TheoryData<string, string> ExampleCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in RoundTrip.Cases)
        {
            data.Add(c.Name, "tonggu-county-2021.json");
            data.Add(c.Name, "shanghai-gov-office-2019.json");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Any_report_of_either_format_reads_back_as_itself(string name)
    {
        var publish = RoundTrip.Case(name);
        PublishGen.Report.Sample(report =>
        {
            var result = RoundTrip.Read(report, publish);
            AssertSame(RoundTrip.Expected(report, publish), result);
        }, iter: 120, threads: 1);
    }

    [Theory]
    [MemberData(nameof(ExampleCases))]
    public void The_bundled_examples_read_back_cell_for_cell_with_their_source_notes(string name, string example)
    {
        var report = ReportJson.Read(File.ReadAllBytes(TestFiles.Example(example)));
        var result = RoundTrip.Read(report, RoundTrip.Case(name));
        AssertSame(RoundTrip.Expected(report, RoundTrip.Case(name)), result);
        Assert.Equal(report.SourceNotes, result.Report!.SourceNotes);
        Assert.Equal(report.Format, result.Report.Format);
    }

    private static void AssertSame(AnnualReport expected, PublishedReportResult result)
    {
        var errors = result.ReadingFindings.Where(f => f.Severity == Severity.Error || f.RuleId == RuleIds.FormatTemplateDeviation || f.RuleId == ReadingRules.LabelVariant).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(result.Report);
        Assert.Equal(ReportJson.Write(expected, indented: true), ReportJson.Write(result.Report!, indented: true));
        Assert.Equal(expected, result.Report);
    }
}
