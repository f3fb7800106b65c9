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
}
