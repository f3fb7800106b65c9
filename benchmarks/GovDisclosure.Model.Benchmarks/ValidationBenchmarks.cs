using System;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Benchmarks;

/// <summary>
/// <see cref="ReportValidator.Validate(AnnualReport)"/> on the Tonggu example with its narrative made consistent (valid: no
/// finding, the narrative check included) and on a copy with exactly eleven
/// findings (ten of the tables, one of the narrative), beside a hand-written method that performs the same arithmetic checks without FluentValidation (the floor).
/// Run: <c>dotnet run -c Release --project benchmarks/GovDisclosure.Model.Benchmarks -- --filter '*Validation*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private AnnualReport2021 _valid = null!;
    private AnnualReport2021 _invalid = null!;
    private AnnualReport2019 _valid2019 = null!;
    private AnnualReport2019 _shanghai = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = (AnnualReport2021)ReportJson.Read(Examples.TongguConsistent());
        var json = JsonNode.Parse(Examples.TongguConsistent())!;
        var a = json["applications"]!;
        var r = json["reviewAndLitigation"]!;
        r["administrativeReview"]!["upheld"] = 1;                       // T4-GROUP-TOTAL
        r["litigationDirect"]!["corrected"] = 1;                        // T4-GROUP-TOTAL
        r["litigationAfterReview"]!["pending"] = 1;                     // T4-GROUP-TOTAL
        a["outcomes"]!["disclosed"]!["naturalPersons"] = 8;             // T3-ROW-TOTAL, T3-OUTCOME-TOTAL
        a["newlyReceived"]!["commercialEnterprises"] = 1;               // T3-ROW-TOTAL, T3-BALANCE, TEXT-TABLE-MISMATCH (商业企业0件)
        a["carriedForwardToNextYear"]!["total"] = 1;                    // T3-ROW-TOTAL, T3-BALANCE
        json["metadata"]!["agencyName"] = " ";                          // META-REQUIRED
        _invalid = (AnnualReport2021)ReportJson.Read(json.ToJsonString());
        _valid2019 = Examples.Valid2019();
        _shanghai = (AnnualReport2019)ReportJson.Read(Examples.Shanghai());
        if (ReportValidator.Validate(_valid2019).Findings.Count != 0 || ReportValidator.Validate(_shanghai).Findings.Count != 153)
        {
            throw new InvalidOperationException("The 2019 benchmark reports do not have 0 and 153 findings.");
        }

        // The narrative states every applicant column of 一, so the changed 商业企业 cell also contradicts it: 10 + 1 findings.
        if (ReportValidator.Validate(_valid).Findings.Count != 0 || ReportValidator.Validate(_invalid).Findings.Count != 11 || Floor(_invalid) != 10)
        {
            throw new InvalidOperationException("The benchmark reports do not have 0 and 11 findings.");
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written checks (floor), valid")]
    public int FloorValid() => Floor(_valid);

    [Benchmark(Description = "ReportValidator.Validate, valid")]
    public ValidationResult ValidateValid() => ReportValidator.Validate(_valid);

    [Benchmark(Description = "ReportValidator.Validate, valid, 2019 format")]
    public ValidationResult ValidateValid2019() => ReportValidator.Validate(_valid2019);

    [Benchmark(Description = "ReportValidator.Validate, Shanghai 2019 (12 errors, 6 warnings, 135 notes)")]
    public ValidationResult ValidateShanghai() => ReportValidator.Validate(_shanghai);

    [Benchmark(Description = "hand-written checks (floor), 10 table problems")]
    public int FloorInvalid() => Floor(_invalid);

    [Benchmark(Description = "ReportValidator.Validate, 11 findings")]
    public ValidationResult ValidateInvalid() => ReportValidator.Validate(_invalid);

    /// <summary>The same arithmetic as the single-report rules, written out by hand; returns the number of broken checks.</summary>
    private static int Floor(AnnualReport2021 report)
    {
        var broken = 0;
        var m = report.Metadata;
        if (string.IsNullOrWhiteSpace(m.AgencyName))
        {
            broken++;
        }

        if (m.ReportYear < 2019 || m.ReportYear > DateTime.UtcNow.Year)
        {
            broken++;
        }

        if (m.ReportYear < 2021)
        {
            broken++;
        }

        var fee = report.ProactiveDisclosure.AdministrativeFees.AmountTenThousandYuan;
        if (fee < 0)
        {
            broken++;
        }

        var magnitude = Math.Abs(fee);
        if (magnitude >= 10_000_000m || decimal.Truncate(magnitude * 1_000_000m) != magnitude * 1_000_000m)
        {
            broken++;
        }

        var a = report.Applications;
        var o = a.Outcomes;
        var rows = new[]
        {
            a.NewlyReceived, a.CarriedOverFromPreviousYear, o.Disclosed, o.PartiallyDisclosed,
            o.NotDisclosed.StateSecret, o.NotDisclosed.ProhibitedByLawOrRegulation, o.NotDisclosed.EndangersSecurityOrStability, o.NotDisclosed.ThirdPartyRights,
            o.NotDisclosed.InternalAffairs, o.NotDisclosed.ProcessInformation, o.NotDisclosed.EnforcementCaseFile, o.NotDisclosed.AdministrativeInquiry,
            o.UnableToProvide.NotHeldByAgency, o.UnableToProvide.RequiresNewCompilation, o.UnableToProvide.UnclearAfterCorrection,
            o.NotProcessed.PetitionOrComplaint, o.NotProcessed.RepeatedApplication, o.NotProcessed.PublishedMaterial, o.NotProcessed.ExcessiveRepetition, o.NotProcessed.ConfirmationOrReissue,
            o.OtherHandling.CorrectionOverdue, o.OtherHandling.FeeUnpaid, o.OtherHandling.Other, o.Total, a.CarriedForwardToNextYear,
        };
        long n = 0, ce = 0, ri = 0, pw = 0, ls = 0, oo = 0, t = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row.SumOfParts() != row.Total)
            {
                broken++;
            }

            if (i is >= 2 and < 23)
            {
                n += row.NaturalPersons;
                ce += row.CommercialEnterprises;
                ri += row.ResearchInstitutions;
                pw += row.PublicWelfareOrganizations;
                ls += row.LegalServiceAgencies;
                oo += row.OtherOrganizations;
                t += row.Total;
            }
        }

        broken += Column(n, a.NewlyReceived.NaturalPersons, a.CarriedOverFromPreviousYear.NaturalPersons, o.Total.NaturalPersons, a.CarriedForwardToNextYear.NaturalPersons);
        broken += Column(ce, a.NewlyReceived.CommercialEnterprises, a.CarriedOverFromPreviousYear.CommercialEnterprises, o.Total.CommercialEnterprises, a.CarriedForwardToNextYear.CommercialEnterprises);
        broken += Column(ri, a.NewlyReceived.ResearchInstitutions, a.CarriedOverFromPreviousYear.ResearchInstitutions, o.Total.ResearchInstitutions, a.CarriedForwardToNextYear.ResearchInstitutions);
        broken += Column(pw, a.NewlyReceived.PublicWelfareOrganizations, a.CarriedOverFromPreviousYear.PublicWelfareOrganizations, o.Total.PublicWelfareOrganizations, a.CarriedForwardToNextYear.PublicWelfareOrganizations);
        broken += Column(ls, a.NewlyReceived.LegalServiceAgencies, a.CarriedOverFromPreviousYear.LegalServiceAgencies, o.Total.LegalServiceAgencies, a.CarriedForwardToNextYear.LegalServiceAgencies);
        broken += Column(oo, a.NewlyReceived.OtherOrganizations, a.CarriedOverFromPreviousYear.OtherOrganizations, o.Total.OtherOrganizations, a.CarriedForwardToNextYear.OtherOrganizations);
        broken += Column(t, a.NewlyReceived.Total, a.CarriedOverFromPreviousYear.Total, o.Total.Total, a.CarriedForwardToNextYear.Total);

        var t4 = report.ReviewAndLitigation;
        broken += t4.AdministrativeReview.SumOfParts() != t4.AdministrativeReview.Total ? 1 : 0;
        broken += t4.LitigationDirect.SumOfParts() != t4.LitigationDirect.Total ? 1 : 0;
        broken += t4.LitigationAfterReview.SumOfParts() != t4.LitigationAfterReview.Total ? 1 : 0;

        var fees = report.OtherMatters.Fees;
        if (fees is { AmountNoticedYuan: < 0 } || fees is { AmountCollectedYuan: < 0 })
        {
            broken++;
        }

        if (o.OtherHandling.FeeUnpaid.SumOfParts() + o.OtherHandling.FeeUnpaid.Total > 0 && !(fees is not null && (fees.NoticesIssued > 0 || fees.AmountNoticedYuan > 0 || fees.AmountCollectedYuan > 0)))
        {
            broken++;
        }

        foreach (var note in report.SourceNotes.Values)
        {
            broken += note.Blank ? 1 : 0;
        }

        return broken;
    }

    private static int Column(long outcomes, long received, long carriedOver, long total, long carriedForward) =>
        (outcomes != total ? 1 : 0) + (received + carriedOver - total != carriedForward ? 1 : 0);
}
