using System.Linq;
using System.Text;
using GovDisclosure.Model.Documents.Reading;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Serialization;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>
/// A comma after a leading number is an item number's (<c>1、</c>, <c>1,</c>) unless a group of three digits follows it:
/// then it separates thousands (<c>18,664</c>), and the cell reads as the whole number, its printed text kept.
/// </summary>
public sealed class ThousandsSeparatorTests
{
    [Theory]
    [InlineData("18,664", 18664)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("185,166", 185166)]
    [InlineData("１８，６６４", 18664)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("40,007件", 40007)]
    public void A_comma_before_three_digits_separates_thousands(string text, double expected)
    {
        Assert.Equal((decimal)expected, TextForms.ReadCell(text).Number);
    }

    [Theory]
    [InlineData("1、组织领导", "1.组织领导")]
    [InlineData("2,加强培训", "2.加强培训")]
    [InlineData("3、200", "3.200")]
    [InlineData("1,23", "1.23")]
    [InlineData("1,2345", "1.2345")]
    public void An_item_number_keeps_reading_as_one(string text, string expected)
    {
        Assert.Equal(expected, TextForms.Normalize(text));
    }

    [Theory]
    [InlineData(PublishFormat.Html, "r.html")]
    [InlineData(PublishFormat.Markdown, "r.md")]
    [InlineData(PublishFormat.Text, "r.txt")]
    public void A_page_whose_cells_separate_thousands_reads_the_numbers_with_the_printed_text_kept(PublishFormat format, string name)
    {
        var report = ReportJson.Read(System.IO.File.ReadAllBytes(System.IO.Path.Combine(Samples.RepoRoot, "schema", "examples", "tonggu-county-2021.json")));
        var text = ReportPublisher.ToText(report, format);
        Assert.Contains("18664", text);
        Assert.Contains("40007", text);
        var changed = text.Replace("18664", "18,664").Replace("40007", "40,007");

        var read = PublishedReport.Read(Encoding.UTF8.GetBytes(changed), name);

        Assert.DoesNotContain(read.Findings, f => f.RuleId.StartsWith("READ-CELL", System.StringComparison.Ordinal));
        var json = ReportJson.Write(read.Report!);
        Assert.Contains("\"licensing\":{\"decisions\":18664}", json);
        Assert.Contains("\"penalties\":{\"decisions\":40007}", json);
        Assert.Equal("18,664", read.Report!.SourceNotes["/proactiveDisclosure/licensing/decisions"].SourceText);
        Assert.Equal(report with { SourceNotes = read.Report.SourceNotes }, read.Report);
        Assert.Equal(new[] { "/proactiveDisclosure/licensing/decisions", "/proactiveDisclosure/penalties/decisions" }, read.Report.SourceNotes.Keys.Except(report.SourceNotes.Keys).OrderBy(k => k, System.StringComparer.Ordinal).ToArray());
    }
}
