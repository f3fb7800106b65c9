using System;
using System.Collections.Generic;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// The rules of the 2021 format as plain walks over the model: each walks a whole table, adds in
/// <see cref="long"/> (or <see cref="decimal"/> for money) so nothing overflows, and allocates only when it finds something.
/// </summary>
internal static class Checks2021
{
    public const int FirstYear = 2019;
    public const int FirstYearOfFormat2021 = 2021;
    private const decimal FeeAmountLimit = 10_000_000m;
    private const decimal SixDecimals = 1_000_000m;

    public static void Metadata(ReportMetadata metadata, int currentYear, ref List<Finding>? found)
    {
        if (string.IsNullOrWhiteSpace(metadata.AgencyName))
        {
            Add(ref found, FindingFactory.Create(RuleIds.MetaRequired, Layout2021.AgencyName));
        }

        if (metadata.ReportYear < FirstYear || metadata.ReportYear > currentYear)
        {
            Add(ref found, FindingFactory.Create(RuleCatalog.Get(RuleIds.MetaRequired), Layout2021.ReportYear, default, null, metadata.ReportYear, currentYear, RuleCatalog.MetaYearZh, RuleCatalog.MetaYearEn));
        }
    }

    public static void FormatYear(AnnualReport report, ref List<Finding>? found)
    {
        if (report.Format == ReportFormat.Format2021 && report.Metadata.ReportYear < FirstYearOfFormat2021)
        {
            Add(ref found, FindingFactory.Create(RuleIds.FormatYear, Layout2021.FormatVersion, actual: report.Metadata.ReportYear));
        }
    }

    public static void ProactiveDisclosure(ProactiveDisclosure2021 table, ref List<Finding>? found)
    {
        var amount = table.AdministrativeFees.AmountTenThousandYuan;
        if (amount < 0)
        {
            Add(ref found, FindingFactory.Create(RuleIds.CellRange, Layout2021.FeeAmount, actual: amount));
        }

        var magnitude = Math.Abs(amount);
        if (magnitude >= FeeAmountLimit || decimal.Truncate(magnitude * SixDecimals) != magnitude * SixDecimals)
        {
            Add(ref found, FindingFactory.Create(RuleIds.FeeAmountUnit, Layout2021.FeeAmount, actual: amount));
        }
    }

    public static void Applications(Applications2021 table, ref List<Finding>? found)
    {
        // One pass over the 25 rows: T3-ROW-TOTAL per row, and the column sums of the 21 outcome rows.
        var outcomes = default(ColumnSums);
        for (var r = 0; r < Layout2021.T3Rows; r++)
        {
            var row = Layout2021.Row(table, r);
            var sum = row.SumOfParts();
            if (sum != row.Total)
            {
                Add(ref found, FindingFactory.Create(RuleIds.T3RowTotal, Layout2021.T3[r][Layout2021.TotalColumn], Layout2021.RowParts[r], sum, row.Total));
            }

            if (r >= Layout2021.FirstOutcomeRow && r < Layout2021.FirstOutcomeRow + Layout2021.OutcomeRows)
            {
                outcomes.Add(row);
            }
        }

        for (var c = 0; c < Layout2021.Columns; c++)
        {
            Column(table, c, outcomes[c], ref found);
        }
    }

    /// <summary>T3-OUTCOME-TOTAL and T3-BALANCE of one column, given the sum of its outcome rows.</summary>
    private static void Column(Applications2021 table, int c, long outcomes, ref List<Finding>? found)
    {
        // T3-OUTCOME-TOTAL: （七）总计 is the sum of the 21 outcome rows.
        long total = Layout2021.Cell(table.Outcomes.Total, c);
        if (outcomes != total)
        {
            Add(ref found, FindingFactory.Create(RuleIds.T3OutcomeTotal, Layout2021.T3[Layout2021.RowOutcomeTotal][c], Layout2021.OutcomeParts[c], outcomes, total));
        }

        // T3-BALANCE: 一 + 二 = （七）总计 + 四, reported on 四 as 一 + 二 − （七）.
        long received = Layout2021.Cell(table.NewlyReceived, c);
        long carriedOver = Layout2021.Cell(table.CarriedOverFromPreviousYear, c);
        long carriedForward = Layout2021.Cell(table.CarriedForwardToNextYear, c);
        var expected = received + carriedOver - total;
        if (expected != carriedForward)
        {
            Add(ref found, FindingFactory.Create(RuleIds.T3Balance, Layout2021.T3[Layout2021.RowCarriedForward][c], Layout2021.BalanceParts[c], expected, carriedForward));
        }
    }

    public static void ReviewAndLitigation(ReviewAndLitigation table, ref List<Finding>? found)
    {
        Group(table.AdministrativeReview, 0, ref found);
        Group(table.LitigationDirect, 1, ref found);
        Group(table.LitigationAfterReview, 2, ref found);
    }

    public static void OtherMatters(OtherMatters section, ref List<Finding>? found)
    {
        if (section.Fees is not { } fees)
        {
            return;
        }

        if (fees.AmountNoticedYuan is < 0)
        {
            Add(ref found, FindingFactory.Create(RuleIds.CellRange, Layout2021.FeesAmountNoticed, actual: fees.AmountNoticedYuan));
        }

        if (fees.AmountCollectedYuan is < 0)
        {
            Add(ref found, FindingFactory.Create(RuleIds.CellRange, Layout2021.FeesAmountCollected, actual: fees.AmountCollectedYuan));
        }
    }

    /// <summary>
    /// FEE-UNPAID-NO-NOTICE: applications ended for unpaid fees, while section 六 states no fee notice. Section 六
    /// reports a notice when it states a positive number of notices, a positive amount noticed or a positive amount collected.
    /// </summary>
    public static void FeeUnpaid(Applications2021 applications, OtherMatters section, ref List<Finding>? found)
    {
        var row = applications.Outcomes.OtherHandling.FeeUnpaid;
        var column = row.Total > 0 ? Layout2021.TotalColumn : FirstNonZeroPart(row);
        if (column < 0)
        {
            return;
        }

        var fees = section.Fees;
        if (fees is not null && (fees.NoticesIssued > 0 || fees.AmountNoticedYuan > 0 || fees.AmountCollectedYuan > 0))
        {
            return;
        }

        Add(ref found, FindingFactory.Create(RuleIds.FeeUnpaidNoNotice, Layout2021.T3[Layout2021.RowFeeUnpaid][column], Layout2021.OtherMattersOnly, actual: Layout2021.Cell(row, column)));
    }

    public static void Blanks(SourceNotes notes, ref List<Finding>? found)
    {
        if (notes.Count == 0)
        {
            return;
        }

        foreach (var pair in notes.Dictionary)
        {
            if (pair.Value.Blank)
            {
                Add(ref found, FindingFactory.Create(RuleIds.CellBlank, pair.Key));
            }
        }
    }

    /// <summary>Whether the X-* rules apply: both reports in the 2021 format, the previous one for the year before.</summary>
    public static bool AreConsecutive(AnnualReport current, AnnualReport previous) =>
        current.Format == ReportFormat.Format2021
        && previous.Format == ReportFormat.Format2021
        && previous.Metadata.ReportYear == (long)current.Metadata.ReportYear - 1;

    public static void CrossYear(AnnualReport2021 current, AnnualReport2021 previous, ref List<Finding>? found)
    {
        var carriedOver = current.Applications.CarriedOverFromPreviousYear;
        var lastForward = previous.Applications.CarriedForwardToNextYear;
        for (var c = 0; c < Layout2021.Columns; c++)
        {
            long expected = Layout2021.Cell(lastForward, c);
            long actual = Layout2021.Cell(carriedOver, c);
            if (expected != actual)
            {
                Add(ref found, FindingFactory.Create(RuleIds.XCarryOver, Layout2021.T3[Layout2021.RowCarriedOver][c], Layout2021.PreviousCarriedForward[c], expected, actual));
            }
        }

        DocsInForce(current.ProactiveDisclosure.Regulations, previous.ProactiveDisclosure.Regulations, Layout2021.RegulationsInForce, Layout2021.PreviousRegulationsInForce, ref found);
        DocsInForce(current.ProactiveDisclosure.NormativeDocuments, previous.ProactiveDisclosure.NormativeDocuments, Layout2021.NormativeDocumentsInForce, Layout2021.PreviousNormativeDocumentsInForce, ref found);
    }

    /// <summary>Sorts findings into the reporting order: document order of the pointer, then the rule's place in the catalogue.</summary>
    public static void Sort(List<Finding> findings)
    {
        if (findings.Count > 1)
        {
            findings.Sort(Compare);
        }
    }

    public static int Compare(Finding x, Finding y)
    {
        var byRank = Layout2021.RankOf(x.Pointer).CompareTo(Layout2021.RankOf(y.Pointer));
        if (byRank != 0)
        {
            return byRank;
        }

        var byPointer = string.CompareOrdinal(x.Pointer, y.Pointer);
        if (byPointer != 0)
        {
            return byPointer;
        }

        var byRule = RuleCatalog.OrderOf(x.RuleId).CompareTo(RuleCatalog.OrderOf(y.RuleId));
        return byRule != 0 ? byRule : string.CompareOrdinal(x.MessageEn, y.MessageEn);
    }

    private static void DocsInForce(DocumentCounts current, DocumentCounts previous, string pointer, System.Collections.Immutable.ImmutableArray<string> related, ref List<Finding>? found)
    {
        var expected = (long)previous.InForce + current.Issued - current.Repealed;
        if (expected != current.InForce)
        {
            Add(ref found, FindingFactory.Create(RuleIds.XDocsInForce, pointer, related, expected, current.InForce));
        }
    }

    private static void Group(CaseOutcomes group, int g, ref List<Finding>? found)
    {
        var sum = group.SumOfParts();
        if (sum != group.Total)
        {
            Add(ref found, FindingFactory.Create(RuleIds.T4GroupTotal, Layout2021.T4[g][4], Layout2021.GroupParts[g], sum, group.Total));
        }
    }

    private static int FirstNonZeroPart(ApplicantCounts row)
    {
        for (var c = 0; c < Layout2021.TotalColumn; c++)
        {
            if (Layout2021.Cell(row, c) > 0)
            {
                return c;
            }
        }

        return -1;
    }

    private static void Add(ref List<Finding>? found, Finding finding) => (found ??= new List<Finding>()).Add(finding);
}
