using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Serialization;

public class ExampleRoundTripTests
{
    [Fact]
    public void Tonggu_example_reads_strictly_with_the_published_numbers()
    {
        var report = Assert.IsType<AnnualReport2021>(ReportJson.Read(TestFiles.TongguBytes()));

        Assert.Equal(ReportFormat.Format2021, report.Format);
        Assert.Equal(2021, report.Metadata.ReportYear);
        var t2 = report.ProactiveDisclosure;
        Assert.Equal((0u, 0u, 0u), (t2.Regulations.Issued, t2.Regulations.Repealed, t2.Regulations.InForce));
        Assert.Equal((32u, 97u, 72u), (t2.NormativeDocuments.Issued, t2.NormativeDocuments.Repealed, t2.NormativeDocuments.InForce));
        Assert.Equal(18664u, t2.Licensing.Decisions);
        Assert.Equal(40007u, t2.Penalties.Decisions);
        Assert.Equal(413u, t2.CoerciveMeasures.Decisions);
        Assert.Equal(822.77m, t2.AdministrativeFees.AmountTenThousandYuan);

        var eight = ApplicantCounts.FromParts(7, 0, 0, 0, 1, 0);
        Assert.Equal(eight, report.Applications.NewlyReceived);
        Assert.Equal(eight, report.Applications.Outcomes.Disclosed);
        Assert.Equal(eight, report.Applications.Outcomes.Total);
        Assert.Equal(ApplicantCounts.Zero, report.Applications.Outcomes.NotDisclosed.StateSecret);
        Assert.Equal(ApplicantCounts.Zero, report.Applications.CarriedForwardToNextYear);
        Assert.Equal(CaseOutcomes.Zero, report.ReviewAndLitigation.LitigationAfterReview);

        // Seven cells of table 二 and nine of table 三 (rows 一, （一） and （七）) carry numbers; every other cell is zero.
        var nonZero = ReportCells.For(ReportFormat.Format2021).Where(c => c.GetValue(report) is > 0).Select(c => c.Pointer).ToArray();
        Assert.Equal(7 + 9, nonZero.Length);
    }

    [Fact]
    public void Tonggu_example_narrative_is_verbatim_from_the_published_page()
    {
        var report = ReportJson.Read(TestFiles.TongguBytes());
        var published = File.ReadAllText(TestFiles.Fixture("reports/tonggu-county-2021.txt"), Encoding.UTF8);

        var paragraphs = report.Overview.Paragraphs.Concat(report.ProblemsAndImprovements.Paragraphs).Concat(report.OtherMatters.Paragraphs).ToArray();
        Assert.Equal(6 + 5 + 1, paragraphs.Length);
        foreach (var p in paragraphs)
        {
            Assert.Contains(p.Text, published);
            if (p.Heading is not null)
            {
                Assert.Contains(p.Heading + "\n" + p.Text, published.Replace("\r\n", "\n"));
            }
        }
    }

    [Fact]
    public void Tonggu_example_round_trips_byte_for_byte()
    {
        var bytes = TestFiles.TongguBytes();
        var report = ReportJson.Read(bytes);

        var written = ReportJson.WriteToUtf8Bytes(report, indented: true);

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(written));
        Assert.Equal(report, ReportJson.Read(written));
    }

    [Fact]
    public void Compact_and_indented_forms_read_to_the_same_report()
    {
        var report = ReportJson.Read(TestFiles.TongguBytes());

        var compact = ReportJson.WriteToUtf8Bytes(report);

        Assert.DoesNotContain((byte)'\n', compact);
        Assert.Equal(report, ReportJson.Read(compact));
        Assert.StartsWith("{\"formatVersion\":\"2021\",\"metadata\":{", Encoding.UTF8.GetString(compact));
    }

    [Fact]
    public void Stream_and_string_overloads_agree_with_bytes()
    {
        var bytes = TestFiles.TongguBytes();
        var fromBytes = ReportJson.Read(bytes);

        using var stream = new MemoryStream(bytes);
        Assert.Equal(fromBytes, ReportJson.Read(stream));
        Assert.Equal(fromBytes, ReportJson.Read(Encoding.UTF8.GetString(bytes)));

        using var output = new MemoryStream();
        ReportJson.WriteTo(fromBytes, output, indented: true);
        Assert.Equal(bytes, output.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(bytes), ReportJson.Write(fromBytes, indented: true));
    }

    [Fact]
    public void A_leading_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(TestFiles.TongguBytes()).ToArray();

        Assert.Equal(ReportJson.Read(TestFiles.TongguBytes()), ReportJson.Read(bytes));
    }

    [Fact]
    public void A_string_that_is_not_valid_unicode_is_refused_on_write_not_replaced()
    {
        foreach (var text in new[] { "a" + (char)0xD800 + "b", ((char)0xDC00).ToString(), "末尾" + (char)0xD83D })
        {
            Refused(text);
        }
    }

    private static void Refused(string text)
    {
        var report = (AnnualReport2021)ReportJson.Read(TestFiles.TongguBytes());

        var ex = Assert.Throws<System.ArgumentException>(() => ReportJson.WriteToUtf8Bytes(report with { Metadata = report.Metadata with { AgencyName = text } }));
        Assert.Contains("lone surrogate", ex.Message);
        Assert.Throws<System.ArgumentException>(() => ReportJson.Write(report with { Overview = Narrative.Of(NarrativeParagraph.Of("x", heading: text)) }));
        Assert.Equal("😀", ((AnnualReport2021)ReportJson.Read(ReportJson.Write(report with { Metadata = report.Metadata with { AgencyName = "😀" } }))).Metadata.AgencyName);
    }
}
