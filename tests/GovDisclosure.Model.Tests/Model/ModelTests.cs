using System;
using System.Linq;
using CsCheck;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Model;

public class ModelTests
{
    [Fact]
    public void FromParts_computes_the_row_total()
    {
        var row = ApplicantCounts.FromParts(1, 2, 3, 4, 5, 6);

        Assert.Equal(21u, row.Total);
        Assert.Equal(21L, row.SumOfParts());
    }

    [Fact]
    public void FromParts_at_the_top_of_the_range_sums_without_overflow_or_refuses_clearly()
    {
        var exact = ApplicantCounts.FromParts(uint.MaxValue, 0, 0, 0, 0, 0);
        Assert.Equal(uint.MaxValue, exact.Total);

        var tooBig = Assert.Throws<OverflowException>(() => ApplicantCounts.FromParts(uint.MaxValue, 1, 0, 0, 0, 0));
        Assert.Contains("4294967296", tooBig.Message);

        var row = new ApplicantCounts
        {
            NaturalPersons = uint.MaxValue, CommercialEnterprises = uint.MaxValue, ResearchInstitutions = uint.MaxValue,
            PublicWelfareOrganizations = uint.MaxValue, LegalServiceAgencies = uint.MaxValue, OtherOrganizations = uint.MaxValue, Total = 0,
        };
        Assert.Equal(6L * uint.MaxValue, row.SumOfParts());
        Assert.Throws<OverflowException>(() => CaseOutcomes.FromParts(uint.MaxValue, uint.MaxValue, 0, 0));
        Assert.Equal(2L * uint.MaxValue, new CaseOutcomes { Upheld = uint.MaxValue, Corrected = uint.MaxValue, Other = 0, Pending = 0, Total = 0 }.SumOfParts());
    }

    [Fact]
    public void ComputeTotal_adds_all_twenty_one_outcome_rows()
    {
        Gen.UInt[0, 1000].Array[21 * 6].Sample(values =>
        {
            var rows = Enumerable.Range(0, 21).Select(i => ApplicantCounts.FromParts(values[i * 6], values[(i * 6) + 1], values[(i * 6) + 2], values[(i * 6) + 3], values[(i * 6) + 4], values[(i * 6) + 5])).ToArray();
            var outcomes = Tables.Outcomes(rows.Append(ApplicantCounts.Zero));

            var total = outcomes.WithComputedTotal().Total;

            Assert.Equal(rows.Sum(r => (long)r.NaturalPersons), total.NaturalPersons);
            Assert.Equal(rows.Sum(r => (long)r.OtherOrganizations), total.OtherOrganizations);
            Assert.Equal(values.Sum(v => (long)v), total.Total);
            Assert.Equal(rows, outcomes.OutcomeRows());
        }, iter: 50);
    }

    [Fact]
    public void Reports_compare_by_value_through_nested_collections()
    {
        var a = ReportJson.Read(TestFiles.TongguBytes());
        var b = ReportJson.Read(TestFiles.TongguBytes());

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());

        var paragraphs = a.Overview.Paragraphs.Items.SetItem(0, NarrativeParagraph.Of(a.Overview.Paragraphs[0].Text + "。"));
        Assert.NotEqual(a, a with { Overview = new Narrative { Paragraphs = paragraphs } });
        Assert.NotEqual(a, a with { SourceNotes = SourceNotes.Empty.With("/applications/outcomes/total/total", CellNote.BlankCell) });
        Assert.Equal(a, a with { SourceNotes = SourceNotes.Empty });
    }

    [Fact]
    public void Default_collections_are_empty_not_null()
    {
        var narrative = new Narrative();
        Assert.Empty(narrative.Paragraphs);
        Assert.Equal(new Narrative { Paragraphs = Array.Empty<NarrativeParagraph>() }, narrative);
        Assert.Equal(EquatableArray<int>.Empty, new EquatableArray<int>(Array.Empty<int>()));
    }

    [Fact]
    public void Source_notes_reject_a_pointer_given_twice()
    {
        var pairs = new[]
        {
            new System.Collections.Generic.KeyValuePair<string, CellNote>("/applications/outcomes/total/total", CellNote.BlankCell),
            new System.Collections.Generic.KeyValuePair<string, CellNote>("/applications/outcomes/total/total", new CellNote { Annotation = "x" }),
        };

        Assert.Throws<ArgumentException>(() => SourceNotes.Create(pairs));
    }
}
