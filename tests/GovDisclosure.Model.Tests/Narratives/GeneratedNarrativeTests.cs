using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Model.Narratives;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Narratives;

/// <summary>
/// Each real report's tables restated in prose the ways real reports word them (收到 as 新收 or 新收 + 上年结转, 办结, 答复 with
/// 上年度结转 in brackets, 顺延到下年度, applicant lists, 其中结果维持…, 行政诉讼 as the sum of both kinds, Chinese numerals,
/// thousands separators, full-width digits) together with traps (同比, 较上年, 约, 余, ranges, percentages, parts by agency,
/// other kinds of document). The prose gives no finding; changing any one compared number gives exactly one finding, on
/// the right cell; changing a trap gives none.
/// </summary>
public class GeneratedNarrativeTests
{
    private const decimal Delta = 1000m;

    public static TheoryData<string> Reports() => new(Names);

    private static readonly string[] Names = [.. TruthReports.Names, "tonggu-county-2021", "consistent"];

    private static AnnualReport2021 Report(string name) => name switch
    {
        "tonggu-county-2021" => (AnnualReport2021)ReportJson.Read(TestFiles.TongguBytes()),
        "consistent" => TestReports.Consistent(),
        _ => TruthReports.Build(name),
    };

    private static readonly (string Zh, string Member)[] Applicants =
    [
        ("自然人", "naturalPersons"), ("商业企业", "commercialEnterprises"), ("科研机构", "researchInstitutions"),
        ("社会公益组织", "publicWelfareOrganizations"), ("法律服务机构", "legalServiceAgencies"), ("其他", "otherOrganizations"),
    ];

    /// <summary>The prose for a report: four overview paragraphs and one of section 六.</summary>
    internal static (Prose Overview, Prose? Other) Restate(AnnualReport2021 report)
    {
        var a = report.Applications;
        var o = a.Outcomes;
        var t2 = report.ProactiveDisclosure;
        var t4 = report.ReviewAndLitigation;
        var year = report.Metadata.ReportYear;
        decimal V(ApplicantCounts row, int c) => c switch
        {
            0 => row.NaturalPersons, 1 => row.CommercialEnterprises, 2 => row.ResearchInstitutions,
            3 => row.PublicWelfareOrganizations, 4 => row.LegalServiceAgencies, 5 => row.OtherOrganizations, _ => row.Total,
        };
        decimal Sum(params ApplicantCounts[] rows) => rows.Sum(r => (decimal)r.Total);

        var p = new Prose();

        // 主动公开: documents, with other kinds of document and counts of information as traps.
        p.Paragraph().Text("（一）主动公开方面。").Text($"{year}年共主动公开政府信息").Trap(15056, Prose.Thousands).Text("余条，较上年同期增长").Trap(31.6m).Text("%。")
            .Text("全年制发行政规范性文件").Num(t2.NormativeDocuments.Issued, "/proactiveDisclosure/normativeDocuments/issued").Text("件，废止").Num(t2.NormativeDocuments.Repealed, "/proactiveDisclosure/normativeDocuments/repealed", Prose.Chinese)
            .Text("件，现行有效").Num(t2.NormativeDocuments.InForce, "/proactiveDisclosure/normativeDocuments/inForce").Text("件；新增公开市政府规章").Num(t2.Regulations.Issued, "/proactiveDisclosure/regulations/issued", Prose.Spaced)
            .Text("件、市政府及市政府办政策性文件").Trap(t2.NormativeDocuments.Issued + 3, Prose.Spaced).Text("件，部门规范性文件").Trap(t2.NormativeDocuments.InForce + 5).Text("件。")
            .Text("全年作出行政许可决定").Num(t2.Licensing.Decisions, "/proactiveDisclosure/licensing/decisions", Prose.Thousands).Text("件、行政处罚决定").Num(t2.Penalties.Decisions, "/proactiveDisclosure/penalties/decisions", Prose.Thousands)
            .Text("件、行政强制决定").Num(t2.CoerciveMeasures.Decisions, "/proactiveDisclosure/coerciveMeasures/decisions").Text("件；梳理行政许可事项").Trap(t2.Licensing.Decisions + 1).Text("项，公示行政处罚信息").Trap(t2.Penalties.Decisions + 2).Text("条。")
            .Text("全年行政事业性收费").Num(t2.AdministrativeFees.AmountTenThousandYuan, "/proactiveDisclosure/administrativeFees/amountTenThousandYuan").Text("万元，同比下降").Trap(2.5m).Text("%。");

        // 依申请公开: received (both readings), the applicant list, finished, carried over and forward.
        var received = a.NewlyReceived.Total;
        var withCarried = received + (decimal)a.CarriedOverFromPreviousYear.Total;
        p.Paragraph().Text("（二）依申请公开方面。").Text($"{year}年共受理依申请公开").Num(received, "/applications/newlyReceived/total", Prose.Chinese).Text("件，其中");
        for (var c = 0; c < Applicants.Length; c++)
        {
            p.Text(c == 0 ? string.Empty : "，").Text(Applicants[c].Zh).Num(V(a.NewlyReceived, c), "/applications/newlyReceived/" + Applicants[c].Member).Text("件");
        }

        p.Text("。全区收到政府信息公开申请").Num(withCarried, "/applications/newlyReceived/total").Text("件，涉及自然人")
            .Num(V(a.NewlyReceived, 0) + V(a.CarriedOverFromPreviousYear, 0), "/applications/newlyReceived/naturalPersons").Text("件，均在法定期限内予以答复，办结率").Trap(100).Text("%。")
            .Text("全市共受理政府信息公开申请").Num(received, "/applications/newlyReceived/total", Prose.Spaced).Text("件，答复").Num(o.Total.Total, "/applications/outcomes/total/total", Prose.Spaced)
            .Text("件（含上年度结转申请").Num(a.CarriedOverFromPreviousYear.Total, "/applications/carriedOverFromPreviousYear/total", Prose.Spaced).Text("件，另有").Num(a.CarriedForwardToNextYear.Total, "/applications/carriedForwardToNextYear/total", Prose.Spaced)
            .Text("件顺延到下年度答复）。本年度共收到").Num(withCarried, "/applications/newlyReceived/total", Prose.FullWidth).Text("件申请，及时依法依规办结").Num(o.Total.Total, "/applications/outcomes/total/total")
            .Text("件，").Num(a.CarriedForwardToNextYear.Total, "/applications/carriedForwardToNextYear/total").Text("件结转下年度继续办理。")
            .Text("申请数量较去年回落").Trap(12.3m).Text("%；上年受理申请").Trap(received + 7).Text("件，").Text($"{year - 1}年受理申请").Trap(received + 3).Text("件。")
            .Text("全县受理申请约").Trap(received + 5).Text("件，其中县政府办公室受理").Trap(1).Text("件，同比增加").Trap(2).Text("件。")
            .Text("予以公开").Num(o.Disclosed.Total, "/applications/outcomes/disclosed/total").Text("件，部分公开").Num(o.PartiallyDisclosed.Total, "/applications/outcomes/partiallyDisclosed/total")
            .Text("件；予以公开及部分公开").Num(Sum(o.Disclosed, o.PartiallyDisclosed), "/applications/outcomes/disclosed/total").Text("件，占").Trap(33.9m).Text("%；不予公开")
            .Num(Sum(o.NotDisclosed.StateSecret, o.NotDisclosed.ProhibitedByLawOrRegulation, o.NotDisclosed.EndangersSecurityOrStability, o.NotDisclosed.ThirdPartyRights, o.NotDisclosed.InternalAffairs, o.NotDisclosed.ProcessInformation, o.NotDisclosed.EnforcementCaseFile, o.NotDisclosed.AdministrativeInquiry), "/applications/outcomes/notDisclosed/stateSecret/total")
            .Text("件；因本机关不掌握等原因无法提供").Num(Sum(o.UnableToProvide.NotHeldByAgency, o.UnableToProvide.RequiresNewCompilation, o.UnableToProvide.UnclearAfterCorrection), "/applications/outcomes/unableToProvide/notHeldByAgency/total")
            .Text("件；不予处理").Num(Sum(o.NotProcessed.PetitionOrComplaint, o.NotProcessed.RepeatedApplication, o.NotProcessed.PublishedMaterial, o.NotProcessed.ExcessiveRepetition, o.NotProcessed.ConfirmationOrReissue), "/applications/outcomes/notProcessed/petitionOrComplaint/total")
            .Text("件；其他处理").Num(Sum(o.OtherHandling.CorrectionOverdue, o.OtherHandling.FeeUnpaid, o.OtherHandling.Other), "/applications/outcomes/otherHandling/correctionOverdue/total").Text("件。");

        // 行政复议、行政诉讼: totals as the sum of the parts, outcomes, lawsuits of both kinds together and apart.
        var review = t4.AdministrativeReview;
        var direct = t4.LitigationDirect;
        var after = t4.LitigationAfterReview;
        p.Paragraph().Text("（三）行政复议和行政诉讼。政府信息公开行政复议").Num(review.SumOfParts(), "/reviewAndLitigation/administrativeReview/total", Prose.Spaced).Text("件，其中结果维持").Num(review.Upheld, "/reviewAndLitigation/administrativeReview/upheld", Prose.Spaced)
            .Text("件，结果纠正").Num(review.Corrected, "/reviewAndLitigation/administrativeReview/corrected").Text("件，其他结果").Num(review.Other, "/reviewAndLitigation/administrativeReview/other").Text("件，尚未审结").Num(review.Pending, "/reviewAndLitigation/administrativeReview/pending")
            .Text("件；政府信息公开行政诉讼").Num(direct.SumOfParts() + after.SumOfParts(), "/reviewAndLitigation/litigationDirect/total", Prose.Spaced).Text("件，其中结果维持").Num((decimal)direct.Upheld + after.Upheld, "/reviewAndLitigation/litigationDirect/upheld")
            .Text("件，结果纠正").Num((decimal)direct.Corrected + after.Corrected, "/reviewAndLitigation/litigationDirect/corrected").Text("件，其他结果").Num((decimal)direct.Other + after.Other, "/reviewAndLitigation/litigationDirect/other")
            .Text("件，尚未审结").Num((decimal)direct.Pending + after.Pending, "/reviewAndLitigation/litigationDirect/pending").Text("件。")
            .Text("其中未经复议直接起诉的行政诉讼").Num(direct.SumOfParts(), "/reviewAndLitigation/litigationDirect/total", Prose.Chinese).Text("件，复议后起诉").Num(after.SumOfParts(), "/reviewAndLitigation/litigationAfterReview/total").Text("件。")
            .Text("较上年行政复议减少").Trap(review.SumOfParts() + 4).Text("件。");

        // 平台、监督: counts of other things.
        p.Paragraph().Text("（四）平台建设和监督保障。全市在运维政务新媒体共计").Trap(95).Text("个，关停政务新媒体").Trap(2).Text("个，组织").Trap(4).Text("次政务公开检查，开展培训").Trap(2).Text("次。");

        Prose? other = null;
        if (report.OtherMatters.Fees is { } fees)
        {
            other = new Prose().Paragraph();
            if (fees.AmountCollectedYuan is { } yuan)
            {
                other.Text($"{year}年，全年收取政府信息公开信息处理费").Num(yuan, "/otherMatters/fees/amountCollectedYuan", Prose.Spaced).Text("元。");
            }

            if (fees.NoticesIssued is { } notices)
            {
                other.Text("发出收费通知").Num(notices, "/otherMatters/fees/noticesIssued").Text("件。");
            }
        }

        return (p, other);
    }

    private static AnnualReport2021 WithProse(AnnualReport2021 report, Prose overview, Prose? other, int changed, decimal delta, bool inOther)
    {
        var paragraphs = overview.Render(inOther ? -1 : changed, delta).Select(t => NarrativeParagraph.Of(t)).ToArray();
        return report with
        {
            Overview = Narrative.Of(paragraphs),
            OtherMatters = other is null
                ? report.OtherMatters
                : report.OtherMatters with { Paragraphs = other.Render(inOther ? changed : -1, delta).Select(t => NarrativeParagraph.Of(t)).ToArray() },
        };
    }

    private static IEnumerable<Finding> TextFindings(AnnualReport2021 report) =>
        ReportValidator.Validate(report).Findings.Where(f => f.RuleId == RuleIds.TextTableMismatch);

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_tables_restated_in_prose_give_no_finding(string name)
    {
        var report = Report(name);
        var (overview, other) = Restate(report);

        var restated = WithProse(report, overview, other, -1, 0, false);

        Assert.Empty(TextFindings(restated));

        // Every compared number was read as a figure: the prose is not silently ignored.
        var figures = NarrativeFigures.Extract(restated).Where(f => f.Kind == FigureKind.Exact && !f.AboutAnotherYear && !f.IsImplied).ToList();
        var compared = overview.Slots.Count(s => s.Cell is not null) + (other?.Slots.Count(s => s.Cell is not null) ?? 0);
        Assert.Equal(compared, figures.Count);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Changing_one_stated_number_gives_one_finding_on_its_cell_and_changing_a_trap_gives_none(string name)
    {
        var report = Report(name);
        var (overview, other) = Restate(report);
        var cases = overview.Slots.Select(s => (Slot: s, InOther: false)).Concat(other?.Slots.Select(s => (Slot: s, InOther: true)) ?? []).ToList();
        var missed = new List<string>();
        foreach (var (slot, inOther) in cases)
        {
            var changed = WithProse(report, overview, other, slot.Index, Delta, inOther);
            var findings = TextFindings(changed).ToList();
            if (slot.Cell is null)
            {
                Assert.True(findings.Count == 0, $"{name}: changing trap #{slot.Index} ({slot.Value}) gave {string.Join(" | ", findings)}");
                continue;
            }

            if (findings.Count != 1 || findings[0].Pointer != slot.Cell)
            {
                missed.Add($"#{slot.Index} {slot.Cell} {slot.Value}: {string.Join(" | ", findings)}");
                continue;
            }

            var finding = findings[0];
            Assert.Equal(Severity.Warning, finding.Severity);
            Assert.StartsWith(inOther ? "/otherMatters/paragraphs/" : "/overview/paragraphs/", finding.Related[0]);
            Assert.Equal(slot.Value + Delta, finding.Expected);
            Assert.Contains("原文：“", finding.MessageZh);
            Assert.Contains("Text: “", finding.MessageEn);
        }

        Assert.True(missed.Count == 0, $"{name}: " + string.Join("\n", missed));
    }
}
