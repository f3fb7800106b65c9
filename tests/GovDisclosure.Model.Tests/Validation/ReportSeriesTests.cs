using System.Linq;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Validation;

public class ReportSeriesTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_two_pingtan_reports_pair_up_in_either_order(bool reversed)
    {
        var inputs = new[]
        {
            new SeriesInput("pingtan-zone-2021.json", TruthReports.Build("pingtan-zone-2021")),
            new SeriesInput("pingtan-zone-2022.json", TruthReports.Build("pingtan-zone-2022")),
        };
        if (reversed)
        {
            inputs = inputs.Reverse().ToArray();
        }

        var result = ReportSeries.Validate(inputs, Options);

        Assert.Equal(inputs.Select(i => i.Source), result.Entries.Select(e => e.Source));
        var later = result.Entries.Single(e => e.Source == "pingtan-zone-2022.json");
        Assert.Equal("pingtan-zone-2021.json", later.PreviousSource);
        Assert.Null(result.Entries.Single(e => e.Source == "pingtan-zone-2021.json").PreviousSource);
        Assert.Equal(ReportValidator.Validate(inputs.Single(i => i.Source == "pingtan-zone-2022.json").Report, inputs.Single(i => i.Source == "pingtan-zone-2021.json").Report, Options).Findings, later.Result.Findings);
        var agency = Assert.Single(result.Agencies);
        Assert.Equal(new[] { 2021, 2022 }, agency.Years.ToArray());
        Assert.Equal((2, 1, 0), (agency.Reports, agency.Pairs, agency.ErrorCount));
    }

    [Fact]
    public void Different_agencies_are_never_paired()
    {
        var a = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "甲县人民政府", ReportYear = 2022 } };
        var b = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "乙县人民政府", ReportYear = 2023 } };
        var c = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "甲县人民政府", ReportYear = 2023, AdministrativeDivisionCode = "360926" } };

        var result = ReportSeries.Validate(new[] { new SeriesInput("a", a), new SeriesInput("b", b), new SeriesInput("c", c) }, Options);

        Assert.All(result.Entries, e => Assert.Null(e.PreviousSource));
        Assert.Equal(3, result.Agencies.Length);
        Assert.All(result.Entries, e => Assert.DoesNotContain(e.Result.Findings, f => f.RuleId.StartsWith("X-", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Names_written_with_full_width_letters_or_spaces_are_one_agency()
    {
        var a = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "平潭综合实验区（管委会）", ReportYear = 2022 } };
        var b = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "平潭综合实验区 (管委会)", ReportYear = 2023 } };

        var result = ReportSeries.Validate(new[] { new SeriesInput("a", a), new SeriesInput("b", b) }, Options);

        Assert.Equal("a", result.Entries[1].PreviousSource);
    }

    [Fact]
    public void Two_reports_for_one_agency_year_and_a_missing_year_are_findings()
    {
        var y2020 = TestReports.Consistent() with { Metadata = new ReportMetadata { AgencyName = "甲县人民政府", ReportYear = 2021 } };
        var y2023a = y2020 with { Metadata = y2020.Metadata with { ReportYear = 2023 } };
        var y2023b = y2023a;

        var result = ReportSeries.Validate(new[] { new SeriesInput("2021.json", y2020), new SeriesInput("2023a.json", y2023a), new SeriesInput("2023b.json", y2023b) }, Options);

        var duplicate = Assert.Single(result.Entries[1].Result.Findings, f => f.RuleId == RuleIds.XSeriesDuplicate);
        Assert.Equal(("/metadata/reportYear", Severity.Warning, 2023m), (duplicate.Pointer, duplicate.Severity, duplicate.Actual!.Value));
        Assert.Contains("2023b.json", duplicate.MessageZh);
        Assert.Contains("2023a.json", Assert.Single(result.Entries[2].Result.Findings, f => f.RuleId == RuleIds.XSeriesDuplicate).MessageEn);
        Assert.All(result.Entries, e => Assert.Null(e.PreviousSource));

        var gap = ReportSeries.Validate(new[] { new SeriesInput("2021.json", y2020), new SeriesInput("2023a.json", y2023a) }, Options);
        var missing = Assert.Single(gap.Entries[1].Result.Findings, f => f.RuleId == RuleIds.XSeriesGap);
        Assert.Equal((Severity.Info, 2022m), (missing.Severity, missing.Expected!.Value));
        Assert.Contains("缺少 2022 年度的报告", missing.MessageZh);
        Assert.Empty(gap.Entries[0].Result.Findings);
    }

    [Fact]
    public void A_series_of_many_reports_gives_each_the_same_findings_as_alone()
    {
        var reports = Enumerable.Range(0, 200).Select(i =>
        {
            var r = TestReports.Add(TestReports.Consistent(), "/reviewAndLitigation/administrativeReview/upheld", i % 3);
            return new SeriesInput($"{i}.json", r with { Metadata = new ReportMetadata { AgencyName = $"第{i % 50}局", ReportYear = 2020 + (i / 50) } });
        }).ToArray();

        var result = ReportSeries.Validate(reports, Options);

        Assert.Equal(50, result.Agencies.Length);
        Assert.All(result.Agencies, a => Assert.Equal(3, a.Pairs));
        for (var i = 0; i < reports.Length; i++)
        {
            var previous = i >= 50 ? reports[i - 50].Report : null;
            Assert.Equal(ReportValidator.Validate(reports[i].Report, previous, Options).Findings, result.Entries[i].Result.Findings);
        }
    }
}
