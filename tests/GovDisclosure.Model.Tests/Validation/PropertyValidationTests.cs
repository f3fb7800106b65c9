using System;
using System.Linq;
using CsCheck;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Validation;

public class PropertyValidationTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2026 };

    private static readonly Gen<AnnualReport2021> Consistent =
        ReportGen.ConsistentReport.Where(r => !string.IsNullOrWhiteSpace(r.Metadata.AgencyName));

    [Fact]
    public void Consistent_reports_have_no_error_findings()
    {
        Consistent.Sample(report =>
        {
            var result = ReportValidator.Validate(report, null, Options);
            Assert.False(result.HasErrors, string.Join("\n", result.Findings));
        }, iter: 300);
    }

    [Fact]
    public void Any_report_gives_stable_findings_that_point_at_cells_with_numbers_that_differ()
    {
        // Any format; report years anywhere in the range an int holds, with and without a publication date.
        var years = new[] { int.MinValue, -1, 0, 1, 2019, 2020, 2021, 2024, 9998, 9999, 10000, int.MaxValue };
        var reports = Gen.Select(ReportGen.AnyReportOfAnyFormat, Gen.Int[0, years.Length - 1], Gen.Frequency((2, Gen.Const((DateTime?)null)), (1, Gen.Int[1, 3_000_000].Select(d => (DateTime?)new DateTime(1, 1, 1).AddDays(d)))))
            .Select((r, y, date) => r with { Metadata = r.Metadata with { ReportYear = y % 3 == 0 ? years[y] : r.Metadata.ReportYear, PublicationDate = date ?? r.Metadata.PublicationDate } });
        reports.Sample(report =>
        {
            var previous = report with { Metadata = report.Metadata with { ReportYear = report.Metadata.ReportYear - 1 } };
            var result = ReportValidator.Validate(report, previous, Options);

            // One pass is deterministic: validating again gives the same findings in the same order.
            Assert.Equal(result.Findings, ReportValidator.Validate(report, previous, Options).Findings);
            Assert.Equal(result.Findings.Count, result.ErrorCount + result.WarningCount + result.InfoCount);
            Assert.All(result.Findings, f =>
            {
                Assert.True(f.MessageZh.Length > 0 && f.MessageEn.Length > 0);
                // META-LATE is a warning, and an error when a report was published before its year ended.
                Assert.True(RuleCatalog.Get(f.RuleId).Severity == f.Severity || (f.RuleId == RuleIds.MetaLate && f.Severity == Severity.Error), f.ToString());
                if (f.Expected is { } expected && f.Actual is { } actual)
                {
                    // A broken equation: the numbers differ, and the actual one is the value at the pointer.
                    Assert.NotEqual(expected, actual);
                    if (f.Pointer != "/metadata/reportYear")
                    {
                        Assert.True(ReportCells.TryFind(report.Format, f.Pointer, out var cell), f.Pointer);
                        Assert.Equal(cell!.GetValue(report), actual);
                    }
                }
            });
        }, iter: 300);
    }

    /// <summary>One equation broken by adding d to one of its cells gives that equation's finding.</summary>
    [Fact]
    public void One_broken_equation_gives_that_rules_finding()
    {
        var cells = ReportCells.For(ReportFormat.Format2021);
        var t3 = cells.Where(c => c.Pointer.StartsWith("/applications/", StringComparison.Ordinal)).Select(c => c.Pointer).ToArray();
        var t4 = cells.Where(c => c.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)).Select(c => c.Pointer).ToArray();
        string P(int row, int column) => t3[(row * 7) + column];

        Gen.Select(Consistent, Gen.Int[0, 3], Gen.Int[0, 24], Gen.Int[0, 6], Gen.UInt[1, 1000]).Sample((report, kind, row, column, d) =>
        {
            string mutate, pointer, rule;
            bool totalMutated;
            switch (kind)
            {
                case 0: // T3-ROW-TOTAL: a row's 总计.
                    (mutate, pointer, rule, totalMutated) = (P(row, 6), P(row, 6), RuleIds.T3RowTotal, true);
                    break;
                case 1: // T3-OUTCOME-TOTAL: an outcome row's cell.
                    (mutate, pointer, rule, totalMutated) = (P(2 + (row % 21), column), P(23, column), RuleIds.T3OutcomeTotal, false);
                    break;
                case 2: // T3-BALANCE: 四 of a column.
                    (mutate, pointer, rule, totalMutated) = (P(24, column), P(24, column), RuleIds.T3Balance, true);
                    break;
                default: // T4-GROUP-TOTAL: a group's total.
                    (mutate, pointer, rule, totalMutated) = (t4[((row % 3) * 5) + 4], t4[((row % 3) * 5) + 4], RuleIds.T4GroupTotal, true);
                    break;
            }

            var before = ReportCells.TryFind(ReportFormat.Format2021, pointer, out var cell) ? cell.GetValue(report)!.Value : throw new InvalidOperationException();
            var mutated = TestReports.Add(report, mutate, d);

            var result = ReportValidator.Validate(mutated, null, Options);

            var finding = Assert.Single(result.Findings, f => f.RuleId == rule && f.Pointer == pointer);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal(totalMutated ? (before, before + d) : (before + d, before), (finding.Expected!.Value, finding.Actual!.Value));
            Assert.True(result.HasErrors);
        }, iter: 200);
    }
}
