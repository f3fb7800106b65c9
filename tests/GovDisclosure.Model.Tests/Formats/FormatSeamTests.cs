using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Formats;

/// <summary>The format is a seam: what belongs to one format lives in its folder, and everything else asks the descriptor.</summary>
public class FormatSeamTests
{
    private static readonly string Source = Path.Combine(TestFiles.RepoRoot, "src");

    /// <summary>
    /// A format's year (<c>2021</c>, <c>2019</c>) appears in code only in that format's folder (<c>Formats/F2021</c>,
    /// <c>Formats/F2019</c>), in identifiers that name the format in the public API (<c>AnnualReport2021</c>,
    /// <c>ReportFormat.Format2019</c>), and in comments. Elsewhere code consults <see cref="ReportFormatInfo"/>.
    /// </summary>
    [Theory]
    [InlineData("2021")]
    [InlineData("2019")]
    public void A_format_year_is_written_only_in_its_own_folder(string year)
    {
        var literal = new Regex($@"(?<![A-Za-z_0-9]){year}(?![0-9])");
        var ownFolder = Path.Combine(Source, "GovDisclosure.Model", "Formats", "F" + year) + Path.DirectorySeparatorChar;
        var offending = (
            from file in Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            where !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar)
            where !file.StartsWith(ownFolder, StringComparison.Ordinal)
            from line in File.ReadLines(file).Select((text, i) => (Text: text, Number: i + 1))
            let code = line.Text.TrimStart()
            where !code.StartsWith("//", StringComparison.Ordinal)
            where code != $"Format{year} = {year},"
            where literal.IsMatch(code)
            select $"{Path.GetRelativePath(Source, file)}:{line.Number}: {code}").ToList();

        Assert.True(offending.Count == 0, "A format's year outside its folder:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void Every_format_has_a_descriptor_a_layout_and_a_branch_in_the_json_contract()
    {
        Assert.Equal(Enum.GetValues(typeof(ReportFormat)).Cast<ReportFormat>().OrderBy(f => f), ReportFormatInfo.All.Select(f => f.Format).OrderBy(f => f));
        foreach (var info in ReportFormatInfo.All)
        {
            var report = TestReports.Consistent(info.Format);
            Assert.IsType(info.ReportType, report);
            Assert.Contains($"\"formatVersion\":\"{info.Version}\"", GovDisclosure.Model.Serialization.ReportJson.Write(report));

            // The layout's walk of table 三 lists the rows in the order of the cell catalogue.
            var layout = info.Layout;
            var rows = new ApplicantCounts[layout.T3Rows];
            layout.FillTable3(report, rows);
            for (var r = 0; r < layout.T3Rows; r++)
            {
                for (var c = 0; c < 7; c++)
                {
                    Assert.True(info.TryFindCell(layout.T3[r][c], out var cell));
                    Assert.Equal(cell!.GetValue(report), rows[r][c]);
                }
            }
        }

        // Years are covered without gaps or overlaps, from the first format on.
        for (var year = 2019; year <= 2030; year++)
        {
            Assert.Single(ReportFormatInfo.All, f => f.AppliesTo(year));
        }
    }

    [Fact]
    public void Every_rule_is_one_object_in_the_rule_set_and_every_rule_id_is_in_it()
    {
        var constants = typeof(RuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).OrderBy(i => i, StringComparer.Ordinal);
        Assert.Equal(constants, RuleCatalog.All.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.Equal(RuleCatalog.All.Length, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        Assert.All(RuleCatalog.All, r => Assert.False(r.Formats.IsDefaultOrEmpty));
    }
}
