using System;
using GovDisclosure.Model.Formats;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Narratives;

/// <summary>A row of table 三 with the pointers of its seven cells (自然人 … 其他, 总计).</summary>
internal readonly struct FactRow
{
    public FactRow(ApplicantCounts counts, string[] pointers)
    {
        Counts = counts;
        Pointers = pointers;
    }

    public ApplicantCounts Counts { get; }

    public string[] Pointers { get; }

    public bool IsPresent => Pointers is not null;
}

/// <summary>A group of table 四 with the pointers of its five cells (结果维持, 结果纠正, 其他结果, 尚未审结, 总计).</summary>
internal readonly struct FactGroup
{
    public FactGroup(CaseOutcomes outcomes, string[] pointers)
    {
        Outcomes = outcomes;
        Pointers = pointers;
    }

    public CaseOutcomes Outcomes { get; }

    public string[] Pointers { get; }
}

/// <summary>One number of the tables (or of section 六's fee facts) and its pointer.</summary>
internal readonly struct FactCell
{
    public FactCell(decimal value, string pointer)
    {
        Value = value;
        Pointer = pointer;
    }

    public decimal Value { get; }

    public string Pointer { get; }

    public bool IsPresent => Pointer is not null;
}

/// <summary>The cells of table 二's first band for one kind of document.</summary>
internal struct DocumentFacts
{
    /// <summary>Issued this year (2021: 本年制发件数; 2019: 本年新制作数量).</summary>
    public FactCell Issued;

    /// <summary>Repealed this year (2021: 本年废止件数; none in 2019).</summary>
    public FactCell Repealed;

    /// <summary>In force (2021: 现行有效件数; 2019: 对外公开总数量 is the nearest).</summary>
    public FactCell InForce;

    /// <summary>Newly published this year (2019: 本年新公开数量; none in 2021).</summary>
    public FactCell NewlyPublished;
}

/// <summary>
/// What the tables of a report say, in the terms a narrative uses: applications received, carried over, finished and carried
/// forward per applicant column; the outcome groups; the three case groups; documents; decisions; fees. One function per
/// format fills it; <see cref="TextTableCheck"/> reads only this.
/// </summary>
internal sealed class TableFacts
{
    public int ReportYear;

    public FactRow NewlyReceived;
    public FactRow CarriedOver;
    public FactRow OutcomeTotal;
    public FactRow CarriedForward;

    public FactRow Disclosed;
    public FactRow PartiallyDisclosed;
    public FactRow[] NotDisclosed = Array.Empty<FactRow>();
    public FactRow[] UnableToProvide = Array.Empty<FactRow>();
    public FactRow[] NotProcessed = Array.Empty<FactRow>();
    public FactRow[] OtherHandling = Array.Empty<FactRow>();

    /// <summary>Every outcome row that （七）总计 sums, in table order.</summary>
    public FactRow[] OutcomeRows = Array.Empty<FactRow>();

    public FactGroup Review;
    public FactGroup LitigationDirect;
    public FactGroup LitigationAfterReview;

    public DocumentFacts Regulations;
    public DocumentFacts NormativeDocuments;

    public FactCell Licensing;
    public FactCell Penalties;
    public FactCell Coercive;

    /// <summary>行政事业性收费 in 万元 (none in 2019).</summary>
    public FactCell AdministrativeFeesTenThousandYuan;

    /// <summary>Section 六: the information processing fees collected, in yuan, when the report states them.</summary>
    public FactCell ProcessingFeesYuan;

    /// <summary>Section 六: the number of fee notices issued, when the report states it.</summary>
    public FactCell FeeNotices;

    /// <summary>The facts of a report, or <see langword="null"/> for a format without a filler yet.</summary>
    /// <summary>The layout of the report's format (pointers, names).</summary>
    public FormatLayout Layout = null!;

    /// <summary>What the tables of a report of any format say (table 三 and 四 from the format's layout; table 二 by format).</summary>
    public static TableFacts? For(AnnualReport report)
    {
        var layout = ReportFormatInfo.Get(report.Format).Layout;
        var counts = new ApplicantCounts[layout.T3Rows];
        layout.FillTable3(report, counts);
        var t3 = layout.T3;
        var t4 = layout.T4;
        var rows = new FactRow[layout.OutcomeRows];
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r] = new FactRow(counts[FormatLayout.FirstOutcomeRow + r], t3[FormatLayout.FirstOutcomeRow + r]);
        }

        var facts = new TableFacts
        {
            Layout = layout,
            ReportYear = report.Metadata.ReportYear,
            NewlyReceived = new FactRow(counts[FormatLayout.RowNewlyReceived], t3[FormatLayout.RowNewlyReceived]),
            CarriedOver = new FactRow(counts[FormatLayout.RowCarriedOver], t3[FormatLayout.RowCarriedOver]),
            OutcomeTotal = new FactRow(counts[layout.RowOutcomeTotal], t3[layout.RowOutcomeTotal]),
            CarriedForward = new FactRow(counts[layout.RowCarriedForward], t3[layout.RowCarriedForward]),
            Disclosed = rows[0],
            PartiallyDisclosed = rows[1],
            NotDisclosed = Slice(rows, 2, 8),
            UnableToProvide = Slice(rows, 10, 3),
            NotProcessed = Slice(rows, 13, 5),
            OtherHandling = Slice(rows, 18, rows.Length - 18),
            OutcomeRows = rows,
            Review = new FactGroup(report.ReviewAndLitigation.AdministrativeReview, t4[0]),
            LitigationDirect = new FactGroup(report.ReviewAndLitigation.LitigationDirect, t4[1]),
            LitigationAfterReview = new FactGroup(report.ReviewAndLitigation.LitigationAfterReview, t4[2]),
        };

        switch (report)
        {
            case AnnualReport2021 r:
                var t2 = r.ProactiveDisclosure;
                facts.Regulations = Documents(t2.Regulations, Pointers.Regulations);
                facts.NormativeDocuments = Documents(t2.NormativeDocuments, Pointers.NormativeDocuments);
                facts.Licensing = new FactCell(t2.Licensing.Decisions, Pointers.Licensing);
                facts.Penalties = new FactCell(t2.Penalties.Decisions, Pointers.Penalties);
                facts.Coercive = new FactCell(t2.CoerciveMeasures.Decisions, Pointers.Coercive);
                facts.AdministrativeFeesTenThousandYuan = new FactCell(t2.AdministrativeFees.AmountTenThousandYuan, Format2021.FeeAmountPointer);
                break;
            case AnnualReport2019 r:
                var t = r.ProactiveDisclosure;
                facts.Regulations = Made(t.Regulations, "regulations");
                facts.NormativeDocuments = Made(t.NormativeDocuments, "normativeDocuments");
                facts.Licensing = new FactCell(t.Licensing.Decisions, Pointers.Licensing);
                facts.Penalties = new FactCell(t.Penalties.Decisions, Pointers.Penalties);
                facts.Coercive = new FactCell(t.CoerciveMeasures.Decisions, Pointers.Coercive);
                break;
        }

        if (report.OtherMatters.Fees is { } fees)
        {
            if (fees.AmountCollectedYuan is { } collected)
            {
                facts.ProcessingFeesYuan = new FactCell(collected, FormatLayout.FeesAmountCollectedPointer);
            }

            if (fees.NoticesIssued is { } notices)
            {
                facts.FeeNotices = new FactCell(notices, Pointers.FeeNotices);
            }
        }

        return facts;
    }

    /// <summary>Table 二 of the 2019 format: documents newly made (issued) and newly published; no count of those in force.</summary>
    private static DocumentFacts Made(DocumentCounts2019 counts, string row) => new()
    {
        Issued = new FactCell(counts.NewlyMade, $"/proactiveDisclosure/{row}/newlyMade"),
        NewlyPublished = new FactCell(counts.NewlyPublished, $"/proactiveDisclosure/{row}/newlyPublished"),
    };

    private static DocumentFacts Documents(DocumentCounts counts, string[] pointers) => new()
    {
        Issued = new FactCell(counts.Issued, pointers[0]),
        Repealed = new FactCell(counts.Repealed, pointers[1]),
        InForce = new FactCell(counts.InForce, pointers[2]),
    };

    private static FactRow[] Slice(FactRow[] rows, int start, int count)
    {
        var slice = new FactRow[count];
        Array.Copy(rows, start, slice, 0, count);
        return slice;
    }
}

/// <summary>The pointers of table 二 and of section 六's fee facts in the 2021 format (checked against <see cref="ReportCells"/> by a test).</summary>
/// <summary>Pointers of table 二 and section 六 cells the narrative check reads.</summary>
internal static class Pointers
{
    public static readonly string[] Regulations = Format2021.RegulationsPointers;
    public static readonly string[] NormativeDocuments = Format2021.NormativeDocumentsPointers;
    public const string Licensing = "/proactiveDisclosure/licensing/decisions";
    public const string Penalties = "/proactiveDisclosure/penalties/decisions";
    public const string Coercive = "/proactiveDisclosure/coerciveMeasures/decisions";
    public const string FeeNotices = "/otherMatters/fees/noticesIssued";
}
