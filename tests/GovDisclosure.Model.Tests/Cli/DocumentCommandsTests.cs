using System;
using System.IO;
using System.Linq;
using GovDisclosure.Cli;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Cli;

/// <summary><c>import</c>, <c>export</c>, and <c>validate</c> of reports as published (here the text copies of two real pages).</summary>
public sealed class DocumentCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govdisclosure-docs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void A_published_report_is_validated_like_its_json()
    {
        var (exit, output, _) = Run("validate", TestFiles.Fixture("reports/tonggu-county-2021.txt"), "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith($"{TestFiles.Fixture("reports/tonggu-county-2021.txt")}: valid (0 errors, 1 warnings, 0 info)", output);
        Assert.Contains("TEXT-TABLE-MISMATCH", output);
    }

    [Fact]
    public void A_series_summary_counts_what_reading_found_as_the_file_lines_do()
    {
        // A row label off by one character: reading warns (READ-LABEL-VARIANT) besides the rules' one warning.
        var path = Path.Combine(_dir, "tonggu-variant.txt");
        File.WriteAllText(path, File.ReadAllText(TestFiles.Fixture("reports/tonggu-county-2021.txt")).Replace("本年新收政府信息公开申请数量", "本年新收政府信息公开申请的数量"));

        var (exit, output, _) = Run("validate", "--series", path, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith($"{path}: valid (0 errors, 2 warnings, 0 info)", output);
        Assert.Contains("READ-LABEL-VARIANT", output);
        var row = output.Split('\n').Single(l => l.StartsWith("  铜鼓县\t", StringComparison.Ordinal));
        Assert.Equal("  铜鼓县\t2021\t1\t0\t0\t2", row.TrimEnd('\r'));
    }

    [Fact]
    public void Import_writes_the_report_json_and_says_what_was_read()
    {
        var (exit, output, _) = Run("import", TestFiles.Fixture("reports/shanghai-gov-office-2019.txt"), "-o", _dir + "/", "--lang", "en");

        Assert.Equal(1, exit);  // the report has error findings (its blank 总计 column)
        Assert.Contains("上海市人民政府办公厅 2019, format 2019", output);
        Assert.Contains("135 blank", output);
        var written = Path.Combine(_dir, "shanghai-gov-office-2019.json");
        var report = Assert.IsType<AnnualReport2019>(ReportJson.Read(File.ReadAllBytes(written)));
        var example = (AnnualReport2019)ReportJson.Read(TestFiles.ShanghaiBytes());
        Assert.Equal(example.Applications, report.Applications);
        Assert.Equal(example.ProactiveDisclosure, report.ProactiveDisclosure);
        Assert.Equal(example.SourceNotes, report.SourceNotes);
    }

    [Fact]
    public void Export_takes_json_and_published_reports_alike()
    {
        var csv = Path.Combine(_dir, "cells.csv");

        var (exit, _, _) = Run("export", TestFiles.TonggoExamplePath, TestFiles.Fixture("reports/tonggu-county-2021.txt"), "-o", csv);

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("agency,year,format,pointer,table,row,column,value,unit,blank,annotation", lines[0]);
        var cells = ReportCells.For(ReportFormat.Format2021).Count(c => !c.Pointer.StartsWith("/otherMatters/", StringComparison.Ordinal));
        var perReport = (lines.Length - 1) / 2;
        Assert.True(perReport >= cells, $"{perReport} rows per report, {cells} table cells");
        Assert.Contains(lines, l => l.Contains(",/proactiveDisclosure/administrativeFees/amountTenThousandYuan,") && l.Contains(",822.77,"));
        Assert.Equal(lines.Skip(1).Take(perReport).Select(l => l.Split(',')[3]), lines.Skip(1 + perReport).Take(perReport).Select(l => l.Split(',')[3]));
    }

    [Fact]
    public void Import_of_a_missing_file_or_a_directory_says_what_it_is_and_exits_2()
    {
        var (exit, _, err) = Run("import", Path.Combine(_dir, "missing.html"), _dir, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("missing.html: cannot be read", err);
        Assert.Contains($"{_dir}: cannot be read", err);
    }

    [Fact]
    public void Import_to_a_file_that_cannot_be_written_says_why_and_exits_2()
    {
        var destination = Path.Combine(_dir, "missing", "report.json");
        var (exit, _, err) = Run("import", TestFiles.Fixture("reports/tonggu-county-2021.txt"), "-o", destination);

        Assert.Equal(2, exit);
        Assert.Equal($"govdisclosure：{destination}：无法写入：所在目录不存在" + Environment.NewLine, err);
        Assert.False(File.Exists(destination));
    }
}
