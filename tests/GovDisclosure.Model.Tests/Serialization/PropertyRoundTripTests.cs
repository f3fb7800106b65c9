using System.Linq;
using CsCheck;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Serialization;

public class PropertyRoundTripTests
{
    [Fact]
    public void Write_then_read_gives_an_equal_report()
    {
        ReportGen.AnyReportOfAnyFormat.Sample(report =>
        {
            var read = ReportJson.Read(ReportJson.WriteToUtf8Bytes(report));
            Assert.Equal<AnnualReport>(report, read);
        }, iter: 400);
    }

    [Fact]
    public void Write_read_write_gives_identical_bytes_compact_and_indented()
    {
        ReportGen.AnyReportOfAnyFormat.Sample(report =>
        {
            foreach (var indented in new[] { false, true })
            {
                var first = ReportJson.WriteToUtf8Bytes(report, indented);
                var second = ReportJson.WriteToUtf8Bytes(ReportJson.Read(first), indented);
                Assert.True(first.SequenceEqual(second), "bytes differ after a round trip");
            }
        }, iter: 400);
    }

    [Fact]
    public void Equal_reports_have_equal_hash_codes_and_differ_when_a_paragraph_differs()
    {
        ReportGen.AnyReport.Sample(report =>
        {
            var copy = ReportJson.Read(ReportJson.WriteToUtf8Bytes(report));
            Assert.Equal(report.GetHashCode(), copy.GetHashCode());

            var changed = report with
            {
                ProblemsAndImprovements = new Narrative { Paragraphs = report.ProblemsAndImprovements.Paragraphs.Items.Add(NarrativeParagraph.Of("新增")) },
            };
            Assert.NotEqual<AnnualReport>(report, changed);
        }, iter: 100);
    }
}
