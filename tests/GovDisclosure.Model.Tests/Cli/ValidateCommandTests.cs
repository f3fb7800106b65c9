using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Cli;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govdisclosure-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void The_example_is_valid_and_exits_0_with_its_narrative_warning_quoting_the_sentence()
    {
        var (exit, output, _) = Run("validate", TestFiles.TonggoExamplePath);

        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        Assert.Equal($"{TestFiles.TonggoExamplePath}: 有效（错误 0，警告 1，提示 0）", lines[0]);
        Assert.Matches(@"^  warning\s+TEXT-TABLE-MISMATCH\s+/applications/newlyReceived/total\s+一、本年新收政府信息公开申请数量 · 总计：正文为 9，表格为 8；.*自然人：正文为 8，表格为 7。原文：“2021年共受理依申请公开9件，其中自然人8件，", lines[2]);
        Assert.Equal(new[] { string.Empty, string.Empty }, lines.Skip(3).ToArray());
    }

    [Fact]
    public void Text_output_groups_findings_by_file_and_an_error_exits_1()
    {
        var hongze = TruthReports.JsonPath("hongze-district-2023");
        var huaian = TruthReports.JsonPath("huaian-city-2024");

        var (exit, output, _) = Run("validate", hongze, huaian, "--lang", "en");

        Assert.Equal(1, exit);
        var lines = output.Split('\n');
        // The fixture transcribes the tables only, so its empty section 五 also gets a SEC5-EMPTY warning.
        Assert.Equal($"{hongze}: invalid (2 errors, 1 warnings, 0 info)", lines[0]);
        Assert.Matches(@"^  severity\s+rule\s+pointer\s+message$", lines[1]);
        Assert.Matches(@"^  error\s+T4-GROUP-TOTAL\s+/reviewAndLitigation/administrativeReview/total\s+Administrative reconsideration · Total: expected 11, actual 0", lines[2]);
        Assert.Matches(@"^  error\s+T4-GROUP-TOTAL\s+/reviewAndLitigation/litigationAfterReview/total\s+Litigation after reconsideration · Total: expected 5, actual 0", lines[3]);
        Assert.Matches(@"^  warning\s+SEC5-EMPTY\s+/problemsAndImprovements\s+", lines[4]);
        Assert.Equal(string.Empty, lines[5]);
        Assert.Equal($"{huaian}: valid (0 errors, 1 warnings, 0 info)", lines[6]);
    }

    [Fact]
    public void Json_output_has_the_documented_shape()
    {
        var hongze = TruthReports.JsonPath("hongze-district-2023");

        var (exit, output, _) = Run("validate", TestFiles.TonggoExamplePath, hongze, "--format", "json");

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var files = doc.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(2, files.Length);
        Assert.Equal(TestFiles.TonggoExamplePath, files[0].GetProperty("path").GetString());
        Assert.True(files[0].GetProperty("valid").GetBoolean());
        var narrative = Assert.Single(files[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("TEXT-TABLE-MISMATCH", narrative.GetProperty("rule").GetString());
        Assert.Equal("warning", narrative.GetProperty("severity").GetString());
        Assert.Equal("/overview/paragraphs/2/text", narrative.GetProperty("related")[0].GetString());
        Assert.False(files[1].GetProperty("valid").GetBoolean());
        var findings = files[1].GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(3, findings.Length);
        Assert.Equal("SEC5-EMPTY", findings[2].GetProperty("rule").GetString());  // the fixture transcribes the tables only
        var first = findings[0];
        Assert.Equal("T4-GROUP-TOTAL", first.GetProperty("rule").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("/reviewAndLitigation/administrativeReview/total", first.GetProperty("pointer").GetString());
        Assert.Equal(4, first.GetProperty("related").GetArrayLength());
        Assert.Equal("/reviewAndLitigation/administrativeReview/upheld", first.GetProperty("related")[0].GetString());
        Assert.Equal(11, first.GetProperty("expected").GetInt32());
        Assert.Equal(0, first.GetProperty("actual").GetInt32());
        Assert.StartsWith("行政复议 · 总计：应为 11，实为 0", first.GetProperty("message").GetString());
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        var report = TestReports.Consistent() with { OtherMatters = new OtherMatters() };
        var path = Write("warning.json", ReportJson.Write(report));

        var (exit, output, _) = Run("validate", path, "--format", "json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.True(file.GetProperty("valid").GetBoolean());
        Assert.Equal("warning", file.GetProperty("findings")[0].GetProperty("severity").GetString());
        Assert.Equal("FEE-UNPAID-NO-NOTICE", file.GetProperty("findings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void Unreadable_json_exits_1_and_a_missing_file_exits_2()
    {
        var broken = Write("broken.json", "{\"formatVersion\":\"2021\",");

        Assert.Equal(1, Run("validate", broken).Exit);
        var (exit, output, err) = Run("validate", broken, Path.Combine(_dir, "missing.json"));
        Assert.Equal(2, exit);
        Assert.Contains("missing.json: 无法读取：文件不存在\n", output);
        Assert.Contains("missing.json：无法读取：文件不存在", err);
    }

    [Fact]
    public void Previous_year_report_drives_the_cross_year_rules()
    {
        var previous = TruthReports.JsonPath("pingtan-zone-2021");
        var current = TruthReports.JsonPath("pingtan-zone-2022");
        // The fixtures transcribe the tables only: the one warning is SEC5-EMPTY for the untranscribed section 五.
        Assert.Equal((0, $"{current}: 有效（错误 0，警告 1，提示 0）"), (Run("validate", current, "--previous", previous).Exit, Run("validate", current, "--previous", previous).Out.Split('\n')[0]));

        var altered = TruthReports.Build("pingtan-zone-2021");
        altered = altered with { Applications = altered.Applications with { CarriedForwardToNextYear = ApplicantCounts.FromParts(1, 0, 0, 2, 0, 0) } };
        var alteredPath = Write("pingtan-2021-altered.json", ReportJson.Write(altered));

        var (exit, output, _) = Run("validate", current, "--previous", alteredPath, "--format", "json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var findings = doc.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() != "SEC5-EMPTY").ToArray();
        Assert.Equal(
            new[] { ("X-CARRY-OVER", "/applications/carriedOverFromPreviousYear/publicWelfareOrganizations"), ("X-CARRY-OVER", "/applications/carriedOverFromPreviousYear/total") },
            findings.Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("pointer").GetString()!)).ToArray());
    }

    [Fact]
    public void A_series_pairs_each_agency_with_its_previous_year_and_ends_with_a_table_per_agency()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "series")).FullName;
        File.Copy(TruthReports.JsonPath("pingtan-zone-2022"), Path.Combine(dir, "a-pingtan-2022.json"));
        var altered = TruthReports.Build("pingtan-zone-2021");
        altered = altered with { Applications = altered.Applications with { CarriedForwardToNextYear = ApplicantCounts.FromParts(1, 0, 0, 2, 0, 0) } };
        File.WriteAllText(Path.Combine(dir, "b-pingtan-2021.json"), ReportJson.Write(altered), new UTF8Encoding(false));

        var (exit, output, _) = Run("validate", "--series", dir, TestFiles.TonggoExamplePath, "--format", "json");

        Assert.Equal(1, exit);  // the altered 2021 report no longer balances
        using var doc = JsonDocument.Parse(output);
        var files = doc.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(3, files.Length);
        Assert.EndsWith("a-pingtan-2022.json", files[0].GetProperty("path").GetString());
        var carry = files[0].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "X-CARRY-OVER").Select(f => f.GetProperty("pointer").GetString()).ToArray();
        Assert.Equal(new[] { "/applications/carriedOverFromPreviousYear/publicWelfareOrganizations", "/applications/carriedOverFromPreviousYear/total" }, carry);
        Assert.DoesNotContain(files[2].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString()!.StartsWith("X-", StringComparison.Ordinal));

        var (_, text, _) = Run("validate", "--series", dir, TestFiles.TonggoExamplePath, "--lang", "en");
        var summary = text.Split('\n').SkipWhile(l => !l.StartsWith("Series:", StringComparison.Ordinal)).ToArray();
        Assert.Equal("Series: 3 reports, 2 agencies", summary[0]);
        Assert.Contains(summary, l => l.Contains("平潭综合实验区") && l.Contains("\t2021,2022\t2\t1\t"));
        Assert.Equal(3, Run("validate", "--series", dir, "--previous", TestFiles.TonggoExamplePath).Exit);
    }
}
