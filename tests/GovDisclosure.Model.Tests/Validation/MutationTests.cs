using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Validation;

/// <summary>
/// For every numeric cell of a consistent report, adding 1 fires exactly the equations the cell takes part in,
/// at the right pointer with the right expected and actual values. The expectation is derived from the shape
/// of the tables (row r, column c of table 三; group g, part k of table 四), not from the validators.
/// </summary>
public class MutationTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    private const int Columns = 7;
    private const int TotalColumn = 6;
    private const int RowNew = 0, RowCarriedOver = 1, FirstOutcome = 2;

    public static IEnumerable<object[]> AllCells() =>
        new[] { ReportFormat.Format2021, ReportFormat.Format2019 }.SelectMany(f => ReportCells.For(f).Select(c => new object[] { f, c.Pointer }));

    [Theory]
    [InlineData(ReportFormat.Format2021, 175, 180)]
    [InlineData(ReportFormat.Format2019, 161, 180)]
    public void The_base_report_has_no_findings_and_every_table_three_cell_is_covered(ReportFormat format, int table3Cells, int nonZero)
    {
        var report = TestReports.Consistent(format);
        Assert.Empty(ReportValidator.Validate(report, null, Options).Findings);
        var cells = ReportCells.For(format);
        Assert.Equal(table3Cells, cells.Count(c => c.Pointer.StartsWith("/applications/", StringComparison.Ordinal)));
        Assert.Equal(15, cells.Count(c => c.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)));
        Assert.True(cells.Count(c => c.GetValue(report) is > 0) > nonZero);
    }

    [Theory]
    [MemberData(nameof(AllCells))]
    public void Adding_one_to_a_cell_fires_exactly_its_equations(ReportFormat format, string pointer)
    {
        var report = TestReports.Consistent(format);
        var mutated = TestReports.Add(report, pointer, 1);

        var findings = ReportValidator.Validate(mutated, null, Options).Findings;

        var expected = Expect(report, format, pointer).OrderBy(e => e.ToString(), StringComparer.Ordinal).ToArray();
        var actual = findings.Select(f => (f.RuleId, f.Pointer, f.Expected, f.Actual)).OrderBy(e => e.ToString(), StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        foreach (var finding in findings)
        {
            Assert.Equal(RuleCatalog.Get(finding.RuleId).Severity, finding.Severity);
            if (finding.Pointer != pointer)
            {
                Assert.Contains(pointer, finding.Related);
            }
        }
    }

    private static IEnumerable<(string Rule, string Pointer, decimal? Expected, decimal? Actual)> Expect(AnnualReport report, ReportFormat format, string pointer)
    {
        var cells = ReportCells.For(format);
        var t3 = cells.Where(c => c.Pointer.StartsWith("/applications/", StringComparison.Ordinal)).ToArray();
        var rows = t3.Length / Columns;
        var (rowOutcomeTotal, rowCarriedForward) = (rows - 2, rows - 1);
        var lastOutcome = rowOutcomeTotal - 1;
        var t4 = cells.Where(c => c.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)).ToArray();
        var i3 = Array.FindIndex(t3, c => c.Pointer == pointer);
        var i4 = Array.FindIndex(t4, c => c.Pointer == pointer);
        if (i3 >= 0)
        {
            var (r, c) = (i3 / Columns, i3 % Columns);
            ReportCell At(int row, int column) => t3[(row * Columns) + column];
            decimal V(int row, int column) => At(row, column).GetValue(report)!.Value;

            // The row's total: 总计 = the six applicant columns.
            yield return c == TotalColumn
                ? (RuleIds.T3RowTotal, At(r, TotalColumn).Pointer, V(r, TotalColumn), V(r, TotalColumn) + 1)
                : (RuleIds.T3RowTotal, At(r, TotalColumn).Pointer, V(r, TotalColumn) + 1, V(r, TotalColumn));

            // The column's equations: （七） = the outcome rows; 一 + 二 = （七） + 四, reported on 四.
            if (r >= FirstOutcome && r <= lastOutcome)
            {
                yield return (RuleIds.T3OutcomeTotal, At(rowOutcomeTotal, c).Pointer, V(rowOutcomeTotal, c) + 1, V(rowOutcomeTotal, c));
            }
            else if (r == rowOutcomeTotal)
            {
                yield return (RuleIds.T3OutcomeTotal, At(rowOutcomeTotal, c).Pointer, V(rowOutcomeTotal, c), V(rowOutcomeTotal, c) + 1);
                yield return (RuleIds.T3Balance, At(rowCarriedForward, c).Pointer, V(rowCarriedForward, c) - 1, V(rowCarriedForward, c));
            }
            else if (r is RowNew or RowCarriedOver)
            {
                yield return (RuleIds.T3Balance, At(rowCarriedForward, c).Pointer, V(rowCarriedForward, c) + 1, V(rowCarriedForward, c));
            }
            else
            {
                Assert.Equal(rowCarriedForward, r);
                yield return (RuleIds.T3Balance, At(rowCarriedForward, c).Pointer, V(rowCarriedForward, c), V(rowCarriedForward, c) + 1);
            }
        }
        else if (i4 >= 0)
        {
            var (g, k) = (i4 / 5, i4 % 5);
            var total = t4[(g * 5) + 4];
            var value = total.GetValue(report)!.Value;
            yield return k == 4
                ? (RuleIds.T4GroupTotal, total.Pointer, value, value + 1)
                : (RuleIds.T4GroupTotal, total.Pointer, value + 1, value);
        }

        // Tables 二 and the fee facts of section 六 take part in no equation of a single report; but section 六 of the base
        // report says 发出收费通知 3 件, so a changed number of notices contradicts its own text.
        if (pointer == "/otherMatters/fees/noticesIssued")
        {
            var stated = report.OtherMatters.Fees!.NoticesIssued!.Value;
            yield return (RuleIds.TextTableMismatch, pointer, stated, stated + 1m);
        }
    }
}
