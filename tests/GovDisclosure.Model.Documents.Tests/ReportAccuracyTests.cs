using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;
using Xunit.Abstractions;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>Every shared report, in every form it is published in here: every table cell equals the hand-checked truth.</summary>
public sealed class ReportAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public ReportAccuracyTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, string> Documents => new()
    {
        { "tonggu-county-2021.txt", "tonggu-county-2021" },
        { "pingtan-zone-2021.html", "pingtan-zone-2021" },
        { "pingtan-zone-2022.html", "pingtan-zone-2022" },
        { "pingtan-zone-2022.docx", "pingtan-zone-2022" },
        { "hongze-district-2023.pdf", "hongze-district-2023" },
        { "huaian-city-2024.pdf", "huaian-city-2024" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_table_cell_equals_the_truth_and_blanks_are_flagged(string file, string truth)
    {
        var result = PublishedReport.ReadFile(Truth.Fixture(file));
        foreach (var finding in result.Findings)
        {
            _output.WriteLine(finding.ToString());
        }

        Assert.NotNull(result.Report);
        var report = result.Report!;
        var expected = truth == "tonggu-county-2021" ? Truth.TongguCells() : Truth.Cells2021(truth);
        var wrong = new List<string>();
        foreach (var cell in expected)
        {
            Assert.True(ReportCells.TryFind(report.Format, cell.Pointer, out var catalogued));
            var actual = catalogued!.GetValue(report);
            var blank = report.SourceNotes.TryGetValue(cell.Pointer, out var note) && note.Blank;
            if (actual != (cell.Value ?? 0m) || blank != (cell.Value is null))
            {
                wrong.Add($"{cell.Pointer} ({cell.Description}): expected {(cell.Value?.ToString() ?? "blank")}, actual {actual}{(blank ? " blank" : string.Empty)}");
            }
        }

        _output.WriteLine($"{file}: {expected.Count - wrong.Count} / {expected.Count} cells exact");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(expected.Count(c => c.Value is not null) + expected.Count(c => c.Value is null), result.Cells.Count(c => expected.Any(e => e.Pointer == c.Pointer)));
    }
}
