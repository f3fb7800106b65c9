using System;
using System.IO;
using System.Linq;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>A 2019-format report as published (the Shanghai web page as bar-joined text) reads into the 2019 model.</summary>
public class Format2019ReadingTests
{
    private static string Example => Path.Combine(FindRepoRoot(), "schema", "examples", "shanghai-gov-office-2019.json");

    [Fact]
    public void Shanghai_2019_reads_into_the_2019_model_cell_for_cell_as_the_transcribed_example()
    {
        var read = PublishedReport.ReadFile(Truth.Fixture("shanghai-gov-office-2019.txt"));
        var example = (AnnualReport2019)ReportJson.Read(File.ReadAllBytes(Example));

        var report = Assert.IsType<AnnualReport2019>(read.Report);
        Assert.Equal(example.ProactiveDisclosure, report.ProactiveDisclosure);
        Assert.Equal(new AmountWithUnit { Amount = 251000m, Unit = "元" }, report.ProactiveDisclosure.CentralizedProcurement.TotalAmount);
        Assert.Equal(example.Applications, report.Applications);
        Assert.Equal(example.ReviewAndLitigation, report.ReviewAndLitigation);
        Assert.Equal(example.SourceNotes, report.SourceNotes);
        Assert.Equal(135, report.SourceNotes.Count(n => n.Value.Blank));
        Assert.Equal(example.Metadata, report.Metadata);
        Assert.Equal(example.ProblemsAndImprovements, report.ProblemsAndImprovements);
        Assert.Empty(read.ReadingFindings);

        // The findings its truth file implies: the blank 总计 column, the narrative's contradicted figures, many blanks.
        var findings = read.Findings;
        Assert.Equal(12, findings.Count(f => f.Severity == Severity.Error));
        Assert.Equal(4, findings.Count(f => f.RuleId == RuleIds.TextTableMismatch));
        Assert.Equal(135, findings.Count(f => f.RuleId == RuleIds.CellBlank));
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.CellBlankMany));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovDisclosure.Model.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
