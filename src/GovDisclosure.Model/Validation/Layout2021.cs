using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// The pointers of the 2021 format's tables, precomputed once from <see cref="ReportCells"/> so that the
/// validators allocate nothing per cell, and the document order of every pointer a finding can carry.
/// </summary>
internal static class Layout2021
{
    public const int Columns = 7;
    public const int TotalColumn = 6;
    public const int T3Rows = 25;
    public const int RowNewlyReceived = 0;
    public const int RowCarriedOver = 1;
    public const int FirstOutcomeRow = 2;
    public const int OutcomeRows = 21;
    public const int RowOutcomeTotal = 23;
    public const int RowCarriedForward = 24;
    public const int RowFeeUnpaid = FirstOutcomeRow + 19;

    public const string FormatVersion = "/formatVersion";
    public const string AgencyName = "/metadata/agencyName";
    public const string ReportYear = "/metadata/reportYear";
    public const string OtherMatters = "/otherMatters";
    public const string FeeAmount = "/proactiveDisclosure/administrativeFees/amountTenThousandYuan";
    public const string RegulationsInForce = "/proactiveDisclosure/regulations/inForce";
    public const string NormativeDocumentsInForce = "/proactiveDisclosure/normativeDocuments/inForce";
    public const string FeesAmountNoticed = "/otherMatters/fees/amountNoticedYuan";
    public const string FeesAmountCollected = "/otherMatters/fees/amountCollectedYuan";

    /// <summary>Table 三: pointer of row r (table order), column c (自然人 … 其他, 总计).</summary>
    public static readonly string[][] T3 = BuildGrid("/applications/", T3Rows, Columns);

    /// <summary>Table 四: pointer of group g, column (结果维持, 结果纠正, 其他结果, 尚未审结, 总计).</summary>
    public static readonly string[][] T4 = BuildGrid("/reviewAndLitigation/", 3, 5);

    /// <summary>The six applicant cells of each row of table 三.</summary>
    public static readonly ImmutableArray<string>[] RowParts = Build(T3Rows, r => ImmutableArray.Create(T3[r], 0, TotalColumn));

    /// <summary>The 21 outcome cells of each column of table 三.</summary>
    public static readonly ImmutableArray<string>[] OutcomeParts = Build(Columns, c =>
    {
        var b = ImmutableArray.CreateBuilder<string>(OutcomeRows);
        for (var r = FirstOutcomeRow; r < FirstOutcomeRow + OutcomeRows; r++)
        {
            b.Add(T3[r][c]);
        }

        return b.MoveToImmutable();
    });

    /// <summary>The cells of 一, 二 and （七）总计 of each column (the other side of the balance).</summary>
    public static readonly ImmutableArray<string>[] BalanceParts = Build(Columns, c => ImmutableArray.Create(T3[RowNewlyReceived][c], T3[RowCarriedOver][c], T3[RowOutcomeTotal][c]));

    /// <summary>The four parts of each group of table 四.</summary>
    public static readonly ImmutableArray<string>[] GroupParts = Build(3, g => ImmutableArray.Create(T4[g], 0, 4));

    /// <summary>The previous report's 四 of each column (the related pointer of X-CARRY-OVER).</summary>
    public static readonly ImmutableArray<string>[] PreviousCarriedForward = Build(Columns, c => ImmutableArray.Create(T3[RowCarriedForward][c]));

    public static readonly ImmutableArray<string> PreviousRegulationsInForce = ImmutableArray.Create(RegulationsInForce);
    public static readonly ImmutableArray<string> PreviousNormativeDocumentsInForce = ImmutableArray.Create(NormativeDocumentsInForce);
    public static readonly ImmutableArray<string> OtherMattersOnly = ImmutableArray.Create(OtherMatters);

    /// <summary>The rank of every pointer a finding can carry, in document order.</summary>
    private static readonly Dictionary<string, int> Ranks = BuildRanks();

    /// <summary>The document-order rank of a pointer; unknown pointers rank last.</summary>
    public static int RankOf(string pointer) => Ranks.TryGetValue(pointer, out var rank) ? rank : int.MaxValue;

    public static ApplicantCounts Row(Applications2021 a, int r)
    {
        var o = a.Outcomes;
        return r switch
        {
            0 => a.NewlyReceived,
            1 => a.CarriedOverFromPreviousYear,
            2 => o.Disclosed,
            3 => o.PartiallyDisclosed,
            4 => o.NotDisclosed.StateSecret,
            5 => o.NotDisclosed.ProhibitedByLawOrRegulation,
            6 => o.NotDisclosed.EndangersSecurityOrStability,
            7 => o.NotDisclosed.ThirdPartyRights,
            8 => o.NotDisclosed.InternalAffairs,
            9 => o.NotDisclosed.ProcessInformation,
            10 => o.NotDisclosed.EnforcementCaseFile,
            11 => o.NotDisclosed.AdministrativeInquiry,
            12 => o.UnableToProvide.NotHeldByAgency,
            13 => o.UnableToProvide.RequiresNewCompilation,
            14 => o.UnableToProvide.UnclearAfterCorrection,
            15 => o.NotProcessed.PetitionOrComplaint,
            16 => o.NotProcessed.RepeatedApplication,
            17 => o.NotProcessed.PublishedMaterial,
            18 => o.NotProcessed.ExcessiveRepetition,
            19 => o.NotProcessed.ConfirmationOrReissue,
            20 => o.OtherHandling.CorrectionOverdue,
            21 => o.OtherHandling.FeeUnpaid,
            22 => o.OtherHandling.Other,
            23 => o.Total,
            24 => a.CarriedForwardToNextYear,
            _ => throw new ArgumentOutOfRangeException(nameof(r)),
        };
    }

    public static uint Cell(ApplicantCounts row, int c) => c switch
    {
        0 => row.NaturalPersons,
        1 => row.CommercialEnterprises,
        2 => row.ResearchInstitutions,
        3 => row.PublicWelfareOrganizations,
        4 => row.LegalServiceAgencies,
        5 => row.OtherOrganizations,
        6 => row.Total,
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    private static T[] Build<T>(int count, Func<int, T> build)
    {
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = build(i);
        }

        return items;
    }

    private static string[][] BuildGrid(string prefix, int rows, int columns)
    {
        var cells = new List<string>();
        foreach (var cell in ReportCells.For(ReportFormat.Format2021))
        {
            if (cell.Pointer.StartsWith(prefix, StringComparison.Ordinal))
            {
                cells.Add(cell.Pointer);
            }
        }

        if (cells.Count != rows * columns)
        {
            throw new InvalidOperationException($"Expected {rows * columns} cells under {prefix}, found {cells.Count}.");
        }

        return Build(rows, r => cells.GetRange(r * columns, columns).ToArray());
    }

    private static Dictionary<string, int> BuildRanks()
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        void Add(string pointer)
        {
            if (!ranks.ContainsKey(pointer))
            {
                ranks.Add(pointer, next++);
            }
        }

        Add(FormatVersion);
        Add("/metadata");
        Add(AgencyName);
        Add(ReportYear);
        foreach (var cell in ReportCells.For(ReportFormat.Format2021))
        {
            if (cell.Pointer.StartsWith(OtherMatters + "/", StringComparison.Ordinal))
            {
                Add(OtherMatters);
            }

            Add(cell.Pointer);
        }

        Add(OtherMatters);
        return ranks;
    }
}
