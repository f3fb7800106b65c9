using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Validation;

/// <summary>Reports built from the truth files of real published reports (numbers as published, errors included).</summary>
public class RealReportTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    public static TheoryData<string> Names() => new(TruthReports.Names);

    /// <summary>
    /// The truth files transcribe the tables, not the narrative, so reports built from them have empty narrative
    /// sections: the rules about the narrative (<c>SEC5-EMPTY</c>, <c>X-TEXT-COPY</c>, <c>TEXT-TABLE-MISMATCH</c>) are
    /// left out here and checked on the published documents themselves.
    /// </summary>
    private static ValidationResult ValidateTables(AnnualReport report, AnnualReport? previous = null)
    {
        var narrative = new[] { RuleIds.Sec5Empty, RuleIds.XTextCopy, RuleIds.TextTableMismatch };
        var result = ReportValidator.Validate(report, previous, Options);
        return new ValidationResult(result.Findings.Where(f => !narrative.Contains(f.RuleId)), report);
    }

    [Fact]
    public void Hongze_2023_breaks_the_two_group_totals_of_table_four_and_nothing_else()
    {
        var result = ValidateTables(TruthReports.Build("hongze-district-2023"));

        Assert.Equal(
            new[]
            {
                (RuleIds.T4GroupTotal, "/reviewAndLitigation/administrativeReview/total", (decimal?)11m, (decimal?)0m),
                (RuleIds.T4GroupTotal, "/reviewAndLitigation/litigationAfterReview/total", 5m, 0m),
            },
            result.Findings.Select(f => (f.RuleId, f.Pointer, f.Expected, f.Actual)).ToArray());
        Assert.Equal(2, result.ErrorCount);
        Assert.Equal("行政复议 · 总计：应为 11，实为 0（结果维持、结果纠正、其他结果、尚未审结之和）", result.Findings[0].MessageZh);
        Assert.Equal(
            new[] { "/reviewAndLitigation/administrativeReview/upheld", "/reviewAndLitigation/administrativeReview/corrected", "/reviewAndLitigation/administrativeReview/other", "/reviewAndLitigation/administrativeReview/pending" },
            result.Findings[0].Related.ToArray());
    }

    [Theory]
    [InlineData("huaian-city-2024")]
    [InlineData("pingtan-zone-2021")]
    [InlineData("pingtan-zone-2022")]
    public void Clean_real_reports_have_no_findings(string name)
    {
        var result = ValidateTables(TruthReports.Build(name));

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Pingtan_fee_amount_with_six_decimals_is_legitimate()
    {
        var report = TruthReports.Build("pingtan-zone-2021");

        Assert.Equal(24252.311082m, report.ProactiveDisclosure.AdministrativeFees.AmountTenThousandYuan);
        Assert.DoesNotContain(ReportValidator.Validate(report, null, Options).Findings, f => f.RuleId == RuleIds.FeeAmountUnit);
    }

    [Fact]
    public void Pingtan_2021_to_2022_carries_over_and_keeps_documents_in_force()
    {
        // 2021 四 = 1 自然人, 2022 二 = 1 自然人; 规范性文件 665 + 88 − 55 = 698; 规章 0 + 0 − 0 = 0.
        var previous = TruthReports.Build("pingtan-zone-2021");
        var current = TruthReports.Build("pingtan-zone-2022");

        var result = ValidateTables(current, previous);

        Assert.Empty(result.Findings);
        Assert.Equal(665u + 88u - 55u, current.ProactiveDisclosure.NormativeDocuments.InForce);
    }

    [Fact]
    public void Truth_reports_read_from_their_json_fixtures_to_the_same_findings()
    {
        // GOVDISCLOSURE_UPDATE_FIXTURES=1 rewrites the committed fixtures (the copies in the test output follow on the next build).
        if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_UPDATE_FIXTURES") == "1")
        {
            foreach (var name in TruthReports.Names)
            {
                File.WriteAllText(TruthReports.SourceJsonPath(name), ReportJson.Write(TruthReports.Build(name), indented: true) + "\n", new UTF8Encoding(false));
            }
        }

        foreach (var name in TruthReports.Names)
        {
            var report = TruthReports.Build(name);
            var json = ReportJson.Write(report, indented: true) + "\n";
            var source = TruthReports.SourceJsonPath(name);
            Assert.Equal(json, File.ReadAllText(source, Encoding.UTF8).Replace("\r\n", "\n"));
            Assert.Equal(report, ReportJson.Read(File.ReadAllBytes(TruthReports.JsonPath(name))));
            Assert.Equal(ReportValidator.Validate(report, null, Options).Findings, ReportValidator.ValidateJson(Encoding.UTF8.GetBytes(json)).Findings);
        }
    }
}
