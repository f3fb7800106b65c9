using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>Builds table 三's outcome section from rows in table order, as tests and fixtures lay them out.</summary>
internal static class Tables
{
    /// <summary>The 21 outcome rows of table 三 in table order, then （七）总计 (22 rows in all).</summary>
    public static Outcomes2021 Outcomes(IEnumerable<ApplicantCounts> rowsInTableOrder)
    {
        var r = rowsInTableOrder.ToArray();
        if (r.Length != 22)
        {
            throw new ArgumentException($"Expected 21 outcome rows and the total, got {r.Length} rows.", nameof(rowsInTableOrder));
        }

        return new Outcomes2021
        {
            Disclosed = r[0],
            PartiallyDisclosed = r[1],
            NotDisclosed = new NotDisclosed
            {
                StateSecret = r[2], ProhibitedByLawOrRegulation = r[3], EndangersSecurityOrStability = r[4], ThirdPartyRights = r[5],
                InternalAffairs = r[6], ProcessInformation = r[7], EnforcementCaseFile = r[8], AdministrativeInquiry = r[9],
            },
            UnableToProvide = new UnableToProvide { NotHeldByAgency = r[10], RequiresNewCompilation = r[11], UnclearAfterCorrection = r[12] },
            NotProcessed = new NotProcessed { PetitionOrComplaint = r[13], RepeatedApplication = r[14], PublishedMaterial = r[15], ExcessiveRepetition = r[16], ConfirmationOrReissue = r[17] },
            OtherHandling = new OtherHandling2021 { CorrectionOverdue = r[18], FeeUnpaid = r[19], Other = r[20] },
            Total = r[21],
        };
    }

    /// <summary>A table 二 of the 2019 format with numbers in every cell (signed changes both ways).</summary>
    public static ProactiveDisclosure2019 SampleTable2019 { get; } = new()
    {
        Regulations = new DocumentCounts2019 { NewlyMade = 13, NewlyPublished = 13, TotalPublished = 524 },
        NormativeDocuments = new DocumentCounts2019 { NewlyMade = 60, NewlyPublished = 60, TotalPublished = 368 },
        Licensing = new ItemCounts2019 { PreviousYearItems = 120, ChangeThisYear = 14, Decisions = 3021 },
        OtherExternalServices = new ItemCounts2019 { PreviousYearItems = 31, ChangeThisYear = -3, Decisions = 77 },
        Penalties = new ItemCounts2019 { PreviousYearItems = 40, ChangeThisYear = 2, Decisions = 502 },
        CoerciveMeasures = new ItemCounts2019 { PreviousYearItems = 9, ChangeThisYear = -1, Decisions = 12 },
        AdministrativeFees = new FeeItems2019 { PreviousYearItems = 5, ChangeThisYear = -2 },
        CentralizedProcurement = new Procurement2019 { Projects = 6, TotalAmount = new AmountWithUnit { Amount = 251000m, Unit = "元" } },
    };

    /// <summary>
    /// The same report in the 2019 format: tables 三 and 四 and the narratives carried over, （六） as one row (the sum of
    /// the three sub-rows, so totals still hold), the given table 二; source notes kept where the 2019 format has the cell.
    /// </summary>
    public static AnnualReport2019 To2019(AnnualReport2021 report, ProactiveDisclosure2019 table2)
    {
        var a = report.Applications;
        var o = a.Outcomes;
        var h = o.OtherHandling;
        var notes = SourceNotes.Empty;
        foreach (var note in report.SourceNotes)
        {
            if (ReportCells.TryFind(ReportFormat.Format2019, note.Key, out _))
            {
                notes = notes.With(note.Key, note.Value);
            }
        }

        return new AnnualReport2019
        {
            Metadata = report.Metadata,
            Overview = report.Overview,
            ProactiveDisclosure = table2,
            Applications = new Applications2019
            {
                NewlyReceived = a.NewlyReceived,
                CarriedOverFromPreviousYear = a.CarriedOverFromPreviousYear,
                Outcomes = new Outcomes2019
                {
                    Disclosed = o.Disclosed,
                    PartiallyDisclosed = o.PartiallyDisclosed,
                    NotDisclosed = o.NotDisclosed,
                    UnableToProvide = o.UnableToProvide,
                    NotProcessed = o.NotProcessed,
                    OtherHandling = SumOrCap(h.CorrectionOverdue, h.FeeUnpaid, h.Other),
                    Total = o.Total,
                },
                CarriedForwardToNextYear = a.CarriedForwardToNextYear,
            },
            ReviewAndLitigation = report.ReviewAndLitigation,
            ProblemsAndImprovements = report.ProblemsAndImprovements,
            OtherMatters = report.OtherMatters,
            SourceNotes = notes,
        };
    }

    private static ApplicantCounts SumOrCap(params ApplicantCounts[] rows)
    {
        uint Cap(long v) => v > uint.MaxValue ? uint.MaxValue : (uint)v;
        long Col(int c) => rows.Sum(r => (long)new[] { r.NaturalPersons, r.CommercialEnterprises, r.ResearchInstitutions, r.PublicWelfareOrganizations, r.LegalServiceAgencies, r.OtherOrganizations, r.Total }[c]);
        return new ApplicantCounts
        {
            NaturalPersons = Cap(Col(0)),
            CommercialEnterprises = Cap(Col(1)),
            ResearchInstitutions = Cap(Col(2)),
            PublicWelfareOrganizations = Cap(Col(3)),
            LegalServiceAgencies = Cap(Col(4)),
            OtherOrganizations = Cap(Col(5)),
            Total = Cap(Col(6)),
        };
    }
}
