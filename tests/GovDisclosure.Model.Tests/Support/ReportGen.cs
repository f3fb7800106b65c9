using System;
using System.Linq;
using CsCheck;
using GovDisclosure.Model;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>CsCheck generators of reports: arbitrary ones, and consistent ones whose totals are computed.</summary>
internal static class ReportGen
{
    public static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>Counts: mostly small, sometimes at the edges of the range.</summary>
    public static readonly Gen<uint> Count = Gen.Frequency(
        (8, Gen.UInt[0, 200]),
        (1, Gen.UInt[0, 1_000_000]),
        (1, OneOf(0u, 1u, uint.MaxValue - 1, uint.MaxValue)));

    /// <summary>Small counts, so that sums of consistent reports stay within range.</summary>
    public static readonly Gen<uint> SmallCount = Gen.UInt[0, 5000];

    public static readonly Gen<decimal> Money =
        Gen.Select(Gen.Long[0, 999_999_999_999L], Gen.Byte[0, 6]).Select((m, scale) => new decimal((int)(m & 0xFFFFFFFF), (int)(m >> 32), 0, false, scale));

    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.Char['\u4e00', '\u9fa5'].Array[0, 40].Select(c => new string(c))),
        (1, Gen.Char[' ', '~'].Array[0, 20].Select(c => new string(c))),
        (1, OneOf("“三安全一稳定”", "a\"b\\c\n\t</script>", "（一）", "\u0001\u001f", "😀𠀀")));

    public static readonly Gen<NarrativeParagraph> Paragraph =
        Gen.Select(Text, Text, Gen.Bool).Select((t, h, hasHeading) => new NarrativeParagraph { Text = t, Heading = hasHeading ? h : null });

    public static readonly Gen<Narrative> NarrativeGen = Paragraph.Array[0, 4].Select(p => new Narrative { Paragraphs = p });

    public static Gen<ApplicantCounts> Row(Gen<uint> count) =>
        count.Array[7].Select(a => new ApplicantCounts
        {
            NaturalPersons = a[0],
            CommercialEnterprises = a[1],
            ResearchInstitutions = a[2],
            PublicWelfareOrganizations = a[3],
            LegalServiceAgencies = a[4],
            OtherOrganizations = a[5],
            Total = a[6],
        });

    public static Gen<ApplicantCounts> ConsistentRow(Gen<uint> count) =>
        count.Array[6].Select(a => ApplicantCounts.FromParts(a[0], a[1], a[2], a[3], a[4], a[5]));

    public static Gen<CaseOutcomes> Case(Gen<uint> count, bool consistent) =>
        count.Array[5].Select(a => consistent ? CaseOutcomes.FromParts(a[0], a[1], a[2], a[3]) : new CaseOutcomes { Upheld = a[0], Corrected = a[1], Other = a[2], Pending = a[3], Total = a[4] });

    public static Gen<Outcomes2021> Outcomes(Gen<ApplicantCounts> row) =>
        row.Array[22].Select(r => Tables.Outcomes(r));

    public static readonly Gen<DocumentCounts> Documents = Count.Array[3].Select(a => new DocumentCounts { Issued = a[0], Repealed = a[1], InForce = a[2] });

    public static readonly Gen<ProactiveDisclosure2021> Table2 =
        Gen.Select(Documents, Documents, Count.Array[3], Money).Select((r, n, d, m) => new ProactiveDisclosure2021
        {
            Regulations = r,
            NormativeDocuments = n,
            Licensing = new DecisionCount { Decisions = d[0] },
            Penalties = new DecisionCount { Decisions = d[1] },
            CoerciveMeasures = new DecisionCount { Decisions = d[2] },
            AdministrativeFees = new FeeAmount { AmountTenThousandYuan = m },
        });

    public static readonly Gen<InformationProcessingFees?> Fees = Gen.Frequency(
        (2, Gen.Const((InformationProcessingFees?)null)),
        (1, Gen.Select(Gen.Bool, Count, Money, Money).Select((all, n, a, c) => (InformationProcessingFees?)new InformationProcessingFees
        {
            NoticesIssued = n,
            AmountNoticedYuan = all ? a : null,
            AmountCollectedYuan = c,
        })));

    public static readonly Gen<ReportMetadata> Metadata =
        Gen.Select(Text.Where(t => t.Length > 0), Gen.Int[2021, 2026], Gen.Bool, Gen.Int[0, 999999], Gen.Bool).Select((name, year, extras, code, url) => new ReportMetadata
        {
            AgencyName = name,
            ReportYear = year,
            PublicationDate = extras ? new DateTime(year + 1, 1, 1 + (code % 28)) : null,
            AdministrativeDivisionCode = extras ? code.ToString("D6") : null,
            SourceUrl = url ? $"https://www.example.gov.cn/xxgk/{code}.html" : null,
        });

    /// <summary>A table 二 of the 2019 format: counts anywhere in range, signed changes, an amount with or without a unit.</summary>
    public static readonly Gen<ProactiveDisclosure2019> Table2019 =
        Gen.Select(Count.Array[6], Count.Array[11], Gen.Int.Array[5], Gen.Select(Money, Gen.Int[-1, 2])).Select((d, n, c, amount) =>
        {
            ItemCounts2019 Items(int i) => new() { PreviousYearItems = n[2 * i], ChangeThisYear = c[i], Decisions = n[(2 * i) + 1] };
            return new ProactiveDisclosure2019
            {
                Regulations = new DocumentCounts2019 { NewlyMade = d[0], NewlyPublished = d[1], TotalPublished = d[2] },
                NormativeDocuments = new DocumentCounts2019 { NewlyMade = d[3], NewlyPublished = d[4], TotalPublished = d[5] },
                Licensing = Items(0),
                OtherExternalServices = Items(1),
                Penalties = Items(2),
                CoerciveMeasures = Items(3),
                AdministrativeFees = new FeeItems2019 { PreviousYearItems = n[8], ChangeThisYear = c[4] },
                CentralizedProcurement = new Procurement2019
                {
                    Projects = n[9],
                    TotalAmount = new AmountWithUnit { Amount = amount.Item1, Unit = amount.Item2 < 0 ? null : AmountWithUnit.Units[amount.Item2] },
                },
            };
        });

    /// <summary>Any report in the 2019 format (from <see cref="AnyReport"/>: （六） one row), with source notes on its own cells sometimes.</summary>
    public static Gen<AnnualReport2019> AnyReport2019 =>
        Gen.Select(AnyReport, Table2019, Notes2019).Select((r, t2, notes) => Tables.To2019(r, t2) with { SourceNotes = notes });

    /// <summary>Reports in the 2019 format whose every total and balance holds.</summary>
    public static Gen<AnnualReport2019> ConsistentReport2019 =>
        Gen.Select(ConsistentReport, Table2019).Select((r, t2) => Tables.To2019(r, t2));

    /// <summary>Any report of either format.</summary>
    public static Gen<AnnualReport> AnyReportOfAnyFormat =>
        Gen.Frequency((1, AnyReport.Select(r => (AnnualReport)r)), (1, AnyReport2019.Select(r => (AnnualReport)r)));

    private static readonly Gen<SourceNotes> Notes2019 = Gen.Frequency(
        (3, Gen.Const(SourceNotes.Empty)),
        (1, Gen.Int[0, 400].Array[1, 5].Select(Text).Select((indexes, annotation) =>
        {
            var cells = ReportCells.For(ReportFormat.Format2019);
            var notes = SourceNotes.Empty;
            foreach (var i in indexes.Distinct())
            {
                var note = i % 2 == 0 ? CellNote.BlankCell : new CellNote { Annotation = annotation, SourceText = "22（" + annotation + "）" };
                notes = notes.With(cells[i % cells.Length].Pointer, note);
            }

            return notes;
        })));

    /// <summary>Any report in the 2021 format: numbers anywhere in range, totals not necessarily right, source notes sometimes.</summary>
    public static Gen<AnnualReport2021> AnyReport => Build(Row(Count), Case(Count, consistent: false), withNotes: true);

    /// <summary>Reports whose every total and balance holds (small numbers, so no column can overflow).</summary>
    public static Gen<AnnualReport2021> ConsistentReport =>
        Gen.Select(Build(ConsistentRow(SmallCount), Case(SmallCount, consistent: true), withNotes: false), ConsistentRow(SmallCount))
            .Select((report, carriedForward) =>
            {
                var outcomes = report.Applications.Outcomes.WithComputedTotal();
                // Choose 一 so that 一 + 二 = （七） + 四 holds: 一 = （七） + 四 − 二, with 二 ≤ （七） + 四 per column.
                var total = ApplicantCounts.Sum(new[] { outcomes.Total, carriedForward });
                var carriedOver = report.Applications.CarriedOverFromPreviousYear;
                carriedOver = ApplicantCounts.FromParts(
                    Math.Min(carriedOver.NaturalPersons, total.NaturalPersons),
                    Math.Min(carriedOver.CommercialEnterprises, total.CommercialEnterprises),
                    Math.Min(carriedOver.ResearchInstitutions, total.ResearchInstitutions),
                    Math.Min(carriedOver.PublicWelfareOrganizations, total.PublicWelfareOrganizations),
                    Math.Min(carriedOver.LegalServiceAgencies, total.LegalServiceAgencies),
                    Math.Min(carriedOver.OtherOrganizations, total.OtherOrganizations));
                var received = ApplicantCounts.FromParts(
                    total.NaturalPersons - carriedOver.NaturalPersons,
                    total.CommercialEnterprises - carriedOver.CommercialEnterprises,
                    total.ResearchInstitutions - carriedOver.ResearchInstitutions,
                    total.PublicWelfareOrganizations - carriedOver.PublicWelfareOrganizations,
                    total.LegalServiceAgencies - carriedOver.LegalServiceAgencies,
                    total.OtherOrganizations - carriedOver.OtherOrganizations);
                return report with
                {
                    Applications = new Applications2021
                    {
                        NewlyReceived = received,
                        CarriedOverFromPreviousYear = carriedOver,
                        Outcomes = outcomes,
                        CarriedForwardToNextYear = carriedForward,
                    },
                };
            });

    private static Gen<AnnualReport2021> Build(Gen<ApplicantCounts> row, Gen<CaseOutcomes> @case, bool withNotes) =>
        Gen.Select(
            Gen.Select(Metadata, NarrativeGen, Table2, row.Array[3]),
            Outcomes(row),
            @case.Array[3],
            Gen.Select(NarrativeGen, NarrativeGen.Array[1], Fees),
            withNotes ? Notes : Gen.Const(SourceNotes.Empty))
        .Select((head, outcomes, cases, tail, notes) => new AnnualReport2021
        {
            Metadata = head.Item1,
            Overview = head.Item2,
            ProactiveDisclosure = head.Item3,
            Applications = new Applications2021
            {
                NewlyReceived = head.Item4[0],
                CarriedOverFromPreviousYear = head.Item4[1],
                Outcomes = outcomes,
                CarriedForwardToNextYear = head.Item4[2],
            },
            ReviewAndLitigation = new ReviewAndLitigation { AdministrativeReview = cases[0], LitigationDirect = cases[1], LitigationAfterReview = cases[2] },
            ProblemsAndImprovements = tail.Item1,
            OtherMatters = new OtherMatters { Paragraphs = tail.Item2[0].Paragraphs, Fees = tail.Item3 },
            SourceNotes = notes,
        });

    private static readonly Gen<SourceNotes> Notes = Gen.Frequency(
        (3, Gen.Const(SourceNotes.Empty)),
        (1, Gen.Int[0, 193].Array[1, 5].Select(Text).Select((indexes, annotation) =>
        {
            var cells = ReportCells.For(ReportFormat.Format2021);
            var notes = SourceNotes.Empty;
            foreach (var i in indexes.Distinct())
            {
                var note = i % 2 == 0 ? CellNote.BlankCell : new CellNote { Annotation = annotation, SourceText = "22（" + annotation + "）" };
                notes = notes.With(cells[i % cells.Length].Pointer, note);
            }

            return notes;
        })));
}
