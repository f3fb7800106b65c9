using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentValidation;
using Severity = GovDisclosure.Model.Validation.Severity;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Validation;

public class ValidatorTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    private static AnnualReport2021 Tonggu() => (AnnualReport2021)ReportJson.Read(TestFiles.TongguBytes());

    [Fact]
    public void Tonggu_example_has_no_error_findings_and_one_narrative_warning()
    {
        var result = ReportValidator.Validate(Tonggu());

        // The published narrative says 受理依申请公开9件 (自然人8件); table 三 counts 8 (7): the one finding.
        Assert.False(result.HasErrors);
        Assert.Equal(0, result.ErrorCount);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((RuleIds.TextTableMismatch, Severity.Warning, "/applications/newlyReceived/total"), (finding.RuleId, finding.Severity, finding.Pointer));
        Assert.Equal(result.Findings, ReportValidator.ValidateJson(TestFiles.TongguBytes()).Findings);
    }

    [Fact]
    public void A_broken_outcome_total_names_the_cell_by_its_official_labels_in_both_languages()
    {
        var report = TestReports.Add(Tonggu(), "/applications/outcomes/total/naturalPersons", 1);

        var finding = ReportValidator.Validate(report).Findings.Single(f => f.RuleId == RuleIds.T3OutcomeTotal);

        Assert.Equal("/applications/outcomes/total/naturalPersons", finding.Pointer);
        Assert.Equal(7m, finding.Expected);
        Assert.Equal(8m, finding.Actual);
        Assert.Equal(21, finding.Related.Count);
        Assert.StartsWith("三、本年度办理结果（七）总计 · 自然人：应为 7，实为 8", finding.MessageZh);
        Assert.StartsWith("III. Outcomes this year › (7) Total · Natural persons: expected 7, actual 8", finding.MessageEn);
    }

    [Fact]
    public void Balance_is_reported_on_carried_forward_with_its_three_contributing_cells()
    {
        var report = TestReports.Add(Tonggu(), "/applications/newlyReceived/legalServiceAgencies", 1);

        var finding = ReportValidator.Validate(report).Findings.Single(f => f.RuleId == RuleIds.T3Balance);

        Assert.Equal("/applications/carriedForwardToNextYear/legalServiceAgencies", finding.Pointer);
        Assert.Equal((1m, 0m), (finding.Expected!.Value, finding.Actual!.Value));
        Assert.Equal(
            new[] { "/applications/newlyReceived/legalServiceAgencies", "/applications/carriedOverFromPreviousYear/legalServiceAgencies", "/applications/outcomes/total/legalServiceAgencies" },
            finding.Related.ToArray());
    }

    [Fact]
    public void Findings_come_in_table_order_then_rule_order_and_every_finding_is_reported()
    {
        var report = TestReports.Consistent();
        report = TestReports.Add(report, "/reviewAndLitigation/litigationAfterReview/upheld", 2);
        report = TestReports.Add(report, "/applications/outcomes/total/total", 1);
        report = TestReports.Add(report, "/proactiveDisclosure/administrativeFees/amountTenThousandYuan", 20_000_000m);
        report = TestReports.Add(report, "/applications/newlyReceived/naturalPersons", 1);
        report = report with { Metadata = report.Metadata with { AgencyName = " ", ReportYear = 2020 } };

        var findings = ReportValidator.Validate(report, null, Options).Findings;

        Assert.Equal(
            new[]
            {
                (RuleIds.FormatYear, "/formatVersion"),
                (RuleIds.MetaRequired, "/metadata/agencyName"),
                (RuleIds.FeeAmountUnit, "/proactiveDisclosure/administrativeFees/amountTenThousandYuan"),
                (RuleIds.T3RowTotal, "/applications/newlyReceived/total"),
                (RuleIds.T3OutcomeTotal, "/applications/outcomes/total/total"),
                (RuleIds.T3RowTotal, "/applications/outcomes/total/total"),
                (RuleIds.T3Balance, "/applications/carriedForwardToNextYear/naturalPersons"),
                (RuleIds.T3Balance, "/applications/carriedForwardToNextYear/total"),
                (RuleIds.T4GroupTotal, "/reviewAndLitigation/litigationAfterReview/total"),
            },
            findings.Select(f => (f.RuleId, f.Pointer)).ToArray());

        // The same order whatever order the problems were introduced in, and on every call.
        Assert.Equal(findings, ReportValidator.Validate(report, null, Options).Findings);
    }

    [Fact]
    public void Sums_of_cells_at_the_maximum_neither_overflow_nor_throw()
    {
        var max = new ApplicantCounts
        {
            NaturalPersons = uint.MaxValue, CommercialEnterprises = uint.MaxValue, ResearchInstitutions = uint.MaxValue,
            PublicWelfareOrganizations = uint.MaxValue, LegalServiceAgencies = uint.MaxValue, OtherOrganizations = uint.MaxValue, Total = uint.MaxValue,
        };
        var near = ApplicantCounts.FromParts(int.MaxValue, 1, 0, 0, 0, 0);
        var report = TestReports.Consistent();
        var o = report.Applications.Outcomes;
        report = report with
        {
            Applications = report.Applications with
            {
                NewlyReceived = near,
                Outcomes = o with
                {
                    Disclosed = max, PartiallyDisclosed = max,
                    NotDisclosed = o.NotDisclosed with { StateSecret = max, ThirdPartyRights = max },
                    OtherHandling = o.OtherHandling with { Other = max },
                    Total = max,
                },
            },
            ReviewAndLitigation = report.ReviewAndLitigation with
            {
                AdministrativeReview = new CaseOutcomes { Upheld = uint.MaxValue, Corrected = uint.MaxValue, Other = uint.MaxValue, Pending = uint.MaxValue, Total = uint.MaxValue },
            },
        };

        var findings = ReportValidator.Validate(report, null, Options).Findings;

        var row = findings.Single(f => f.RuleId == RuleIds.T3RowTotal && f.Pointer == "/applications/outcomes/disclosed/total");
        Assert.Equal(6m * uint.MaxValue, row.Expected);
        Assert.Equal(uint.MaxValue, row.Actual);
        var group = findings.Single(f => f.RuleId == RuleIds.T4GroupTotal);
        Assert.Equal(4m * uint.MaxValue, group.Expected);
        var outcome = findings.Single(f => f.RuleId == RuleIds.T3OutcomeTotal && f.Pointer == "/applications/outcomes/total/naturalPersons");
        Assert.True(outcome.Expected > 5m * uint.MaxValue);
        Assert.DoesNotContain(findings, f => f.Pointer == "/applications/newlyReceived/total");

        // The message helper copes with a long.MaxValue-sized expectation and a negative one.
        var huge = FindingFactory.Create(RuleCatalog.Get(RuleIds.T3Balance), ReportFormatInfo.Get(ReportFormat.Format2021).Layout, "/applications/carriedForwardToNextYear/total", default, long.MaxValue, long.MinValue, default);
        Assert.Contains(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), huge.MessageZh);
        Assert.Contains(long.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture), huge.MessageEn);
    }

    [Theory]
    [InlineData("24252.311082", false)]
    [InlineData("822.77", false)]
    [InlineData("9999999.999999", false)]
    [InlineData("822.7700000000", false)]
    [InlineData("0.0000001", true)]
    [InlineData("10000000", true)]
    [InlineData("242523110820", true)]
    public void Fee_amount_unit_warns_on_more_than_six_decimals_or_an_implausible_size(string amount, bool warns)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var report = TestReports.Consistent();
        report = report with { ProactiveDisclosure = report.ProactiveDisclosure with { AdministrativeFees = new FeeAmount { AmountTenThousandYuan = value } } };

        var findings = ReportValidator.Validate(report, null, Options).Findings;

        Assert.Equal(warns, findings.Any(f => f.RuleId == RuleIds.FeeAmountUnit && f.Severity == Severity.Warning && f.Actual == value));
        Assert.False(ReportValidator.Validate(report, null, Options).HasErrors);
    }

    [Fact]
    public void Negative_money_is_out_of_range()
    {
        var report = TestReports.Consistent();
        report = report with
        {
            ProactiveDisclosure = report.ProactiveDisclosure with { AdministrativeFees = new FeeAmount { AmountTenThousandYuan = -1.5m } },
            OtherMatters = report.OtherMatters with { Fees = new InformationProcessingFees { NoticesIssued = 1, AmountNoticedYuan = -2m, AmountCollectedYuan = -3m } },
        };

        var findings = ReportValidator.Validate(report, null, Options).Findings.Where(f => f.RuleId == RuleIds.CellRange).ToArray();

        Assert.Equal(
            new[] { ("/proactiveDisclosure/administrativeFees/amountTenThousandYuan", -1.5m), ("/otherMatters/fees/amountNoticedYuan", -2m), ("/otherMatters/fees/amountCollectedYuan", -3m) },
            findings.Select(f => (f.Pointer, f.Actual!.Value)).ToArray());
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Theory]
    [InlineData(2018, true, true)]
    [InlineData(2019, false, true)]
    [InlineData(2020, false, true)]
    [InlineData(2021, false, false)]
    [InlineData(2025, false, false)]
    [InlineData(2026, true, false)]
    public void Report_year_and_format(int year, bool metaRequired, bool formatYear)
    {
        var report = TestReports.Consistent();
        report = report with { Metadata = report.Metadata with { ReportYear = year } };

        var findings = ReportValidator.Validate(report, null, Options).Findings;

        Assert.Equal(metaRequired, findings.Any(f => f.RuleId == RuleIds.MetaRequired && f.Pointer == "/metadata/reportYear" && f.Actual == year));
        Assert.Equal(formatYear, findings.Any(f => f.RuleId == RuleIds.FormatYear && f.Pointer == "/formatVersion"));
    }

    [Fact]
    public void The_default_current_year_is_the_clock_year()
    {
        var report = TestReports.Consistent();
        report = report with { Metadata = report.Metadata with { ReportYear = DateTime.UtcNow.Year } };
        Assert.Empty(ReportValidator.Validate(report).Findings);
        report = report with { Metadata = report.Metadata with { ReportYear = DateTime.UtcNow.Year + 1 } };
        Assert.Contains(ReportValidator.Validate(report).Findings, f => f.RuleId == RuleIds.MetaRequired);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(0u, true)]
    [InlineData(2u, false)]
    public void Unpaid_fees_without_a_fee_notice_warn_on_the_fee_unpaid_row(uint? notices, bool warns)
    {
        var report = TestReports.Consistent();
        report = report with { OtherMatters = new OtherMatters { Fees = notices is null ? null : new InformationProcessingFees { NoticesIssued = notices } } };

        var all = ReportValidator.Validate(report, null, Options).Findings;
        var findings = all.Where(f => f.RuleId == RuleIds.FeeUnpaidNoNotice).ToArray();

        // A stated number of notices below the row's total is the other rule's business.
        Assert.Equal(notices is { } n && n < report.Applications.Outcomes.OtherHandling.FeeUnpaid.Total, all.Any(f => f.RuleId == RuleIds.FeeUnpaidGtNotices));
        Assert.Equal(warns ? 1 : 0, findings.Length);
        if (warns)
        {
            var finding = findings[0];
            Assert.Equal((RuleIds.FeeUnpaidNoNotice, Severity.Warning), (finding.RuleId, finding.Severity));
            Assert.Equal("/applications/outcomes/otherHandling/feeUnpaid/total", finding.Pointer);
            Assert.Equal(new[] { "/otherMatters" }, finding.Related.ToArray());
            Assert.Equal(report.Applications.Outcomes.OtherHandling.FeeUnpaid.Total, finding.Actual);
        }
    }

    [Fact]
    public void Blank_cells_of_the_source_are_info()
    {
        var report = TestReports.Consistent() with
        {
            SourceNotes = SourceNotes.Empty
                .With("/reviewAndLitigation/administrativeReview/pending", CellNote.BlankCell)
                .With("/applications/newlyReceived/researchInstitutions", CellNote.BlankCell)
                .With("/proactiveDisclosure/normativeDocuments/issued", new CellNote { Annotation = "其中修订16件", SourceText = "32（其中修订16件）" }),
        };

        var result = ReportValidator.Validate(report, null, Options);

        Assert.Equal(
            new[] { "/applications/newlyReceived/researchInstitutions", "/reviewAndLitigation/administrativeReview/pending" },
            result.Findings.Select(f => f.Pointer).ToArray());
        Assert.All(result.Findings, f => Assert.Equal((RuleIds.CellBlank, Severity.Info), (f.RuleId, f.Severity)));
        Assert.Equal((0, 0, 2), (result.ErrorCount, result.WarningCount, result.InfoCount));
        Assert.False(result.HasErrors);
        Assert.StartsWith("四、政府信息公开行政复议、行政诉讼情况", ReportCells.For(ReportFormat.Format2021).First(c => c.Pointer.EndsWith("/administrativeReview/pending", StringComparison.Ordinal)).Labels[0]);
        Assert.Equal("行政复议 · 尚未审结：原表空白，按 0 处理", result.Findings[1].MessageZh);
    }

    [Fact]
    public void Validators_are_fluent_validation_validators_that_hosts_can_compose()
    {
        var report = TestReports.Add(TestReports.Consistent(), "/reviewAndLitigation/litigationDirect/other", 1);

        var host = new HostValidator();
        var result = host.Validate(report);

        var failure = Assert.Single(result.Errors, e => e.ErrorCode == RuleIds.T4GroupTotal);
        Assert.Equal("/reviewAndLitigation/litigationDirect/total", failure.PropertyName);
        Assert.Equal(FluentValidation.Severity.Error, failure.Severity);
        var finding = Assert.IsType<Finding>(failure.CustomState);
        Assert.Equal(failure.ErrorMessage, finding.MessageZh);
        Assert.Contains(result.Errors, e => e.ErrorMessage == "host rule");

        // The format-neutral validator gives the same findings for the base type.
        var any = new AnnualReportValidator(Options).Validate(report);
        Assert.Equal(finding, Assert.Single(any.Errors).CustomState);
    }

    [Fact]
    public void Validators_have_public_parameterless_constructors_for_assembly_scanning()
    {
        var types = typeof(AnnualReport2021Validator).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .ToArray();

        Assert.Equal(4, types.Length);
        Assert.All(types, t => Assert.NotNull(t.GetConstructor(Type.EmptyTypes)));
        Assert.All(types, t => Assert.IsAssignableFrom<IValidator>(Activator.CreateInstance(t)));
    }

    [Fact]
    public void Shared_validators_give_the_same_findings_from_many_threads()
    {
        var reports = Enumerable.Range(0, 16)
            .Select(i => TestReports.Add(TestReports.Consistent(), ReportCells.For(ReportFormat.Format2021)[40 + i].Pointer, i + 1))
            .ToArray();
        var expected = reports.Select(r => ReportValidator.Validate(r, null, Options).Findings).ToArray();

        var results = new EquatableArray<Finding>[reports.Length * 8];
        Parallel.For(0, results.Length, i => results[i] = ReportValidator.Validate(reports[i % reports.Length], null, Options).Findings);

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % reports.Length], results[i]);
        }
    }

    private sealed class HostValidator : AbstractValidator<AnnualReport2021>
    {
        public HostValidator()
        {
            Include(new AnnualReport2021Validator(new ReportValidationOptions { CurrentYear = 2025 }));
            RuleFor(r => r.Metadata.AgencyName).Must(_ => false).WithMessage("host rule");
        }
    }
}
