using System;
using System.IO;
using System.Text;
using GovDisclosure.Model.Documents.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>
/// Digits other than ASCII in titles, dates and the fee sentence: full-width ones are read, those of other scripts
/// (which <c>\d</c> in a pattern also matches) are not taken for figures — before, they threw out of the reader.
/// </summary>
public sealed class DigitsTests
{
    private static string Tonggu() => File.ReadAllText(Truth.Fixture("tonggu-county-2021.txt"), Encoding.UTF8);

    private static PublishedReportResult Read(string text) => PublishedReport.Read(Encoding.UTF8.GetBytes(text), "report.txt");

    [Fact]
    public void A_title_with_a_year_in_arabic_indic_digits_is_not_taken_for_a_year()
    {
        var result = Read(Tonggu().Replace("铜鼓县2021年", "铜鼓县20\u0662\u0661年", StringComparison.Ordinal));

        Assert.NotNull(result.Report);
    }

    [Fact]
    public void A_title_with_a_full_width_year_is_read()
    {
        var result = Read(Tonggu().Replace("铜鼓县2021年", "铜鼓县２０２１年", StringComparison.Ordinal));

        Assert.Equal(2021, result.Report!.Metadata.ReportYear);
        Assert.Equal("铜鼓县", result.Report.Metadata.AgencyName);
    }

    [Theory]
    [InlineData("发布日期：2022-\u0661-\u0663", null)]
    [InlineData("发布日期：２０２２年１月３日", "2022-01-03")]
    [InlineData("发布日期：2022年1月3日", "2022-01-03")]
    public void A_stated_publication_date_is_read_from_ascii_and_full_width_digits_only(string line, string? expected)
    {
        var result = Read(Tonggu().Replace("一、总体情况", line + "\n一、总体情况", StringComparison.Ordinal));

        Assert.Equal(expected is null ? null : DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Report!.Metadata.PublicationDate);
    }

    [Fact]
    public void A_page_date_in_arabic_indic_digits_is_no_date()
    {
        var page = File.ReadAllText(Truth.Fixture("pingtan-zone-2022.html"), Encoding.UTF8)
            .Replace("content=\"2023-02-20 15:07\"", "content=\"2023-\u0660\u0662-20 15:07\"", StringComparison.Ordinal);

        var result = PublishedReport.Read(Encoding.UTF8.GetBytes(page), "report.html");

        Assert.NotNull(result.Report);
    }

    [Fact]
    public void A_fee_notice_count_in_arabic_indic_digits_is_not_a_figure()
    {
        var result = Read(Tonggu() + "\n六、其他需要报告的事项\n本年共发出收费通知\u0663件。\n");

        Assert.NotNull(result.Report);
    }
}
