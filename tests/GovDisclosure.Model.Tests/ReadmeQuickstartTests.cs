using System;
using System.IO;
using GovDisclosure.Model;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests;

/// <summary>The README quickstart, verbatim (regenerate this body from README.md when the quickstart changes), with its printed output checked.</summary>
public class ReadmeQuickstartTests
{
    [Fact]
    public void Quickstart_runs_and_prints_what_the_readme_says()
    {
        var console = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            Quickstart();
        }
        finally
        {
            Console.SetOut(console);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                "True",
                "7",
                "False",
                "T4-GROUP-TOTAL /reviewAndLitigation/administrativeReview/total 行政复议 · 总计：应为 1，实为 0（结果维持、结果纠正、其他结果、尚未审结之和）",
                "/metadata/reportYear：数字不能写成字符串，应为整数",
            },
            lines);
    }

    [Fact]
    public void Readme_quickstart_is_the_code_this_test_runs()
    {
        var readme = File.ReadAllText(Path.Combine(Support.TestFiles.RepoRoot, "README.md")).Replace("\r\n", "\n");
        var source = File.ReadAllText(Path.Combine(Support.TestFiles.RepoRoot, "tests", "GovDisclosure.Model.Tests", "ReadmeQuickstartTests.cs")).Replace("\r\n", "\n");
        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + 10;
        var code = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);
        foreach (var line in code.Split('\n'))
        {
            if (line.Trim().Length > 0 && !line.StartsWith("using ", StringComparison.Ordinal))
            {
                Assert.Contains("        " + line, source);
            }
        }
    }

    private static void Quickstart()
    {

        var none = ApplicantCounts.Zero;
        var report = new AnnualReport2021
        {
            Metadata = new ReportMetadata { AgencyName = "某某县人民政府", ReportYear = 2025, AdministrativeDivisionCode = "360926" },
            Overview = Narrative.Of(NarrativeParagraph.Of("2025年，我县……")),
            ProactiveDisclosure = new ProactiveDisclosure2021
            {
                Regulations = new DocumentCounts { Issued = 0, Repealed = 0, InForce = 0 },
                NormativeDocuments = new DocumentCounts { Issued = 32, Repealed = 97, InForce = 72 },
                Licensing = new DecisionCount { Decisions = 18664 },
                Penalties = new DecisionCount { Decisions = 40007 },
                CoerciveMeasures = new DecisionCount { Decisions = 413 },
                AdministrativeFees = new FeeAmount { AmountTenThousandYuan = 822.77m },
            },
            Applications = new Applications2021
            {
                NewlyReceived = ApplicantCounts.FromParts(7, 0, 0, 0, 1, 0),   // 总计 computed: 8
                CarriedOverFromPreviousYear = none,
                Outcomes = new Outcomes2021
                {
                    Disclosed = ApplicantCounts.FromParts(7, 0, 0, 0, 1, 0),
                    PartiallyDisclosed = none,
                    NotDisclosed = new NotDisclosed
                    {
                        StateSecret = none, ProhibitedByLawOrRegulation = none, EndangersSecurityOrStability = none, ThirdPartyRights = none,
                        InternalAffairs = none, ProcessInformation = none, EnforcementCaseFile = none, AdministrativeInquiry = none,
                    },
                    UnableToProvide = new UnableToProvide { NotHeldByAgency = none, RequiresNewCompilation = none, UnclearAfterCorrection = none },
                    NotProcessed = new NotProcessed { PetitionOrComplaint = none, RepeatedApplication = none, PublishedMaterial = none, ExcessiveRepetition = none, ConfirmationOrReissue = none },
                    OtherHandling = new OtherHandling2021 { CorrectionOverdue = none, FeeUnpaid = none, Other = none },
                    Total = none,
                }.WithComputedTotal(),                                          // （七）总计 computed from the outcome rows
                CarriedForwardToNextYear = none,
            },
            ReviewAndLitigation = new ReviewAndLitigation
            {
                AdministrativeReview = CaseOutcomes.FromParts(1, 0, 0, 0),
                LitigationDirect = CaseOutcomes.Zero,
                LitigationAfterReview = CaseOutcomes.Zero,
            },
            ProblemsAndImprovements = Narrative.Of(NarrativeParagraph.Of("一是政策解读形式较为单一；二是依申请公开答复的规范性有待提高。", heading: "（一）存在的主要问题")),
            OtherMatters = new OtherMatters
            {
                Paragraphs = new[] { NarrativeParagraph.Of("本年度发出收费通知1件，收取信息处理费100元。") },
                Fees = new InformationProcessingFees { NoticesIssued = 1, AmountCollectedYuan = 100m },
            },
        };

        // Write JSON (deterministic: the same report always gives the same bytes) …
        string json = ReportJson.Write(report, indented: true);

        // … and read it back strictly: equal by value, all the way down.
        AnnualReport again = ReportJson.Read(json);
        Console.WriteLine(again == report);                                    // True
        Console.WriteLine(((AnnualReport2021)again).Applications.Outcomes.Disclosed.NaturalPersons);  // 7

        // Check every consistency rule of the format: one pass, every finding, in table order.
        Console.WriteLine(ReportValidator.Validate(report).HasErrors);         // False
        var broken = report with
        {
            ReviewAndLitigation = report.ReviewAndLitigation with { AdministrativeReview = report.ReviewAndLitigation.AdministrativeReview with { Total = 0 } },
        };
        foreach (var finding in ReportValidator.Validate(broken).Findings)
        {
            Console.WriteLine($"{finding.RuleId} {finding.Pointer} {finding.MessageZh}");
            // T4-GROUP-TOTAL /reviewAndLitigation/administrativeReview/total 行政复议 · 总计：应为 1，实为 0（结果维持、结果纠正、其他结果、尚未审结之和）
        }

        // Untrusted input: TryRead never throws; the finding says what is wrong and where.
        if (!ReportJson.TryRead("{\"formatVersion\":\"2021\",\"metadata\":{\"agencyName\":\"x\",\"reportYear\":\"2025\"}}", out _, out var error))
        {
            Console.WriteLine(error.MessageZh);                                // /metadata/reportYear：数字不能写成字符串，应为整数
        }
    }
}
