using System.Linq;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Validation;

public class CrossYearTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    /// <summary>A previous-year report whose 四 and 现行有效件数 continue into <paramref name="current"/>.</summary>
    private static AnnualReport2021 PreviousOf(AnnualReport2021 current)
    {
        var docs = current.ProactiveDisclosure;
        return current with
        {
            Metadata = current.Metadata with { ReportYear = current.Metadata.ReportYear - 1 },
            Applications = current.Applications with { CarriedForwardToNextYear = current.Applications.CarriedOverFromPreviousYear },
            ProactiveDisclosure = docs with
            {
                Regulations = docs.Regulations with { InForce = docs.Regulations.InForce - docs.Regulations.Issued + docs.Regulations.Repealed },
                NormativeDocuments = docs.NormativeDocuments with { InForce = docs.NormativeDocuments.InForce - docs.NormativeDocuments.Issued + docs.NormativeDocuments.Repealed },
            },
        };
    }

    [Fact]
    public void A_pair_that_continues_has_no_findings()
    {
        var current = TestReports.Consistent();

        Assert.Empty(ReportValidator.Validate(current, PreviousOf(current), Options).Findings);
    }

    [Fact]
    public void Carry_over_broken_in_one_column_gives_one_warning_at_that_column()
    {
        var current = TestReports.Consistent();
        var previous = TestReports.Add(PreviousOf(current), "/applications/carriedForwardToNextYear/commercialEnterprises", 2);

        var result = ReportValidator.Validate(current, previous, Options);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((RuleIds.XCarryOver, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal("/applications/carriedOverFromPreviousYear/commercialEnterprises", finding.Pointer);
        Assert.Equal(new[] { "/applications/carriedForwardToNextYear/commercialEnterprises" }, finding.Related.ToArray());
        Assert.Equal((3m, 1m), (finding.Expected!.Value, finding.Actual!.Value));
        Assert.StartsWith("二、上年结转政府信息公开申请数量 · 商业企业：应为 3，实为 1", finding.MessageZh);
        Assert.False(result.HasErrors);
        Assert.Equal(1, result.WarningCount);
    }

    [Fact]
    public void Documents_in_force_that_do_not_continue_are_info()
    {
        var current = TestReports.Consistent();
        var previous = TestReports.Add(PreviousOf(current), "/proactiveDisclosure/normativeDocuments/inForce", -4);

        var finding = Assert.Single(ReportValidator.Validate(current, previous, Options).Findings);

        Assert.Equal((RuleIds.XDocsInForce, Severity.Info), (finding.RuleId, finding.Severity));
        Assert.Equal("/proactiveDisclosure/normativeDocuments/inForce", finding.Pointer);
        Assert.Equal((68m, 72m), (finding.Expected!.Value, finding.Actual!.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(1)]
    public void Cross_year_rules_need_the_report_of_the_year_before(int yearOffset)
    {
        var current = TestReports.Consistent();
        var previous = TestReports.Add(PreviousOf(current), "/applications/carriedForwardToNextYear/naturalPersons", 1);
        previous = previous with { Metadata = previous.Metadata with { ReportYear = current.Metadata.ReportYear + yearOffset } };

        // Nothing is compared, and one note says so (never a silent "valid").
        var skipped = Assert.Single(ReportValidator.Validate(current, previous, Options).Findings);
        Assert.Equal(RuleIds.XSkipped, skipped.RuleId);
        Assert.Equal(Severity.Info, skipped.Severity);
        Assert.Equal("/metadata/reportYear", skipped.Pointer);
        Assert.Equal(current.Metadata.ReportYear - 1, skipped.Expected);
        Assert.Equal(current.Metadata.ReportYear + yearOffset, skipped.Actual);
        Assert.Contains("跨年度规则未执行", skipped.MessageZh);
        Assert.Contains("cross-year rules did not run", skipped.MessageEn);
        Assert.Equal(skipped, Assert.Single(ReportPairValidator.Instance.Validate(new ReportPair(current, previous)).Errors).CustomState);
    }
}
