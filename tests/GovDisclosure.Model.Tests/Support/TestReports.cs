using System;
using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>Hand-built reports for validation tests, and edits of a report through its JSON form.</summary>
internal static class TestReports
{
    /// <summary>
    /// A report with no findings at all: every total and balance holds, most cells are non-zero, the fee
    /// facts of section 六 are stated, and the report year is 2023.
    /// </summary>
    public static AnnualReport2021 Consistent()
    {
        ApplicantCounts Row(int i) => ApplicantCounts.FromParts((uint)(i + 3), (uint)(i % 4 + 1), (uint)(i % 3), 2, (uint)(i % 2 + 1), (uint)(i % 5 + 1));
        var outcomes = Tables.Outcomes(Enumerable.Range(0, 21).Select(Row).Append(ApplicantCounts.Zero)).WithComputedTotal();
        var carriedOver = ApplicantCounts.FromParts(4, 1, 2, 1, 3, 1);
        var carriedForward = ApplicantCounts.FromParts(5, 2, 1, 3, 1, 2);
        var o = outcomes.Total;
        var f = carriedForward;
        var received = ApplicantCounts.FromParts(
            o.NaturalPersons + f.NaturalPersons - carriedOver.NaturalPersons,
            o.CommercialEnterprises + f.CommercialEnterprises - carriedOver.CommercialEnterprises,
            o.ResearchInstitutions + f.ResearchInstitutions - carriedOver.ResearchInstitutions,
            o.PublicWelfareOrganizations + f.PublicWelfareOrganizations - carriedOver.PublicWelfareOrganizations,
            o.LegalServiceAgencies + f.LegalServiceAgencies - carriedOver.LegalServiceAgencies,
            o.OtherOrganizations + f.OtherOrganizations - carriedOver.OtherOrganizations);
        return new AnnualReport2021
        {
            Metadata = new ReportMetadata { AgencyName = "某某县人民政府", ReportYear = 2023 },
            Overview = Narrative.Of(NarrativeParagraph.Of("概述。")),
            ProactiveDisclosure = new ProactiveDisclosure2021
            {
                Regulations = new DocumentCounts { Issued = 2, Repealed = 1, InForce = 11 },
                NormativeDocuments = new DocumentCounts { Issued = 32, Repealed = 7, InForce = 72 },
                Licensing = new DecisionCount { Decisions = 18664 },
                Penalties = new DecisionCount { Decisions = 40007 },
                CoerciveMeasures = new DecisionCount { Decisions = 413 },
                AdministrativeFees = new FeeAmount { AmountTenThousandYuan = 822.77m },
            },
            Applications = new Applications2021
            {
                NewlyReceived = received,
                CarriedOverFromPreviousYear = carriedOver,
                Outcomes = outcomes,
                CarriedForwardToNextYear = carriedForward,
            },
            ReviewAndLitigation = new ReviewAndLitigation
            {
                AdministrativeReview = CaseOutcomes.FromParts(3, 1, 2, 1),
                LitigationDirect = CaseOutcomes.FromParts(2, 4, 1, 5),
                LitigationAfterReview = CaseOutcomes.FromParts(1, 1, 3, 2),
            },
            ProblemsAndImprovements = Narrative.Of(NarrativeParagraph.Of("一是政策解读形式仍较单一；二是依申请公开办理规范化水平有待提高。下一步将加强培训，完善工作机制。")),
            OtherMatters = new OtherMatters
            {
                Paragraphs = new[] { NarrativeParagraph.Of("发出收费通知 40 件。") },
                Fees = new InformationProcessingFees { NoticesIssued = 40, AmountNoticedYuan = 150m, AmountCollectedYuan = 100m },
            },
        };
    }

    /// <summary>The 2019-format twin of <see cref="Consistent"/>: the same tables 三 and 四 (（六） one row, the sum of the three), a consistent table 二, report year 2020.</summary>
    public static AnnualReport2019 Consistent2019() => Tables.To2019(Consistent(), Tables.SampleTable2019) with
    {
        Metadata = new ReportMetadata { AgencyName = "某某县人民政府", ReportYear = 2020 },
    };

    /// <summary>A consistent report of the given format.</summary>
    public static AnnualReport Consistent(ReportFormat format) => format == ReportFormat.Format2019 ? Consistent2019() : Consistent();

    /// <summary>Adds <paramref name="delta"/> to the number at <paramref name="pointer"/> in the report's JSON and reads it back strictly.</summary>
    public static T Add<T>(T report, string pointer, decimal delta)
        where T : AnnualReport
    {
        var root = JsonNode.Parse(ReportJson.Write(report))!;
        var tokens = pointer.Split('/').Skip(1).ToArray();
        var parent = root;
        foreach (var token in tokens.Take(tokens.Length - 1))
        {
            parent = parent[token] ?? throw new InvalidOperationException($"No member {token} on the way to {pointer}.");
        }

        var last = tokens[tokens.Length - 1];
        var value = parent[last]!.GetValue<decimal>();
        parent[last] = JsonValue.Create(value + delta);
        return (T)ReportJson.Read(root.ToJsonString());
    }
}
