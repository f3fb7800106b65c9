using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Cli;
using GovDisclosure.Model.Documents;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Cli;

/// <summary><c>render</c>: a report (JSON or as published) in the official layout, to standard output or a file.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govdisclosure-render-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static AnnualReport Read(string document, string fileName)
    {
        var result = PublishedReport.Read(Encoding.UTF8.GetBytes(document), fileName);
        Assert.DoesNotContain(result.ReadingFindings, f => f.Severity == GovDisclosure.Model.Validation.Severity.Error);
        return result.Report!;
    }

    [Theory]
    [InlineData("html", "report.html")]
    [InlineData("md", "report.md")]
    [InlineData("txt", "report.txt")]
    public void The_example_is_written_to_standard_output_and_reads_back_as_itself(string format, string fileName)
    {
        var (exit, output, err) = Run("render", TestFiles.TonggoExamplePath, "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Equal(ReportJson.Read(TestFiles.TongguBytes()), Read(output, fileName));
        Assert.Contains("铜鼓县", output);
    }

    [Fact]
    public void Html_is_the_default_a_whole_page_with_a_print_stylesheet()
    {
        var (exit, output, _) = Run("render", TestFiles.ShanghaiExamplePath);

        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", output);
        Assert.Contains("@page{size:A4", output);
        Assert.Contains("<title>上海市人民政府办公厅2019年政府信息公开工作年度报告</title>", output);
        Assert.Equal(ReportJson.Read(TestFiles.ShanghaiBytes()), Read(output, "page.html"));
    }

    [Fact]
    public void Fragment_has_no_page_around_it_and_no_styles()
    {
        var (exit, output, _) = Run("render", TestFiles.TonggoExamplePath, "--fragment", "-o", Path.Combine(_dir, "fragment.html"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        var fragment = File.ReadAllText(Path.Combine(_dir, "fragment.html"));
        Assert.StartsWith("<article class=\"disclosure-report\"", fragment);
        Assert.DoesNotContain("<html", fragment);
        Assert.DoesNotContain("<style", fragment);
        Assert.Equal(ReportJson.Read(TestFiles.TongguBytes()), Read(fragment, "fragment.html"));
    }

    [Fact]
    public void A_published_report_is_published_again_cleanly_from_standard_input()
    {
        var published = File.ReadAllBytes(TestFiles.Fixture("reports/tonggu-county-2021.txt"));
        var original = PublishedReport.Read(published, "tonggu-county-2021.txt").Report!;

        var (exit, output, err) = CliRunner.Run(new[] { "render", "-", "--format", "md" }, published);

        Assert.True(exit == 0, err);
        Assert.StartsWith("# 铜鼓县2021年政府信息公开工作年度报告\n", output);
        Assert.Contains("\n| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n", output);
        Assert.Equal(original, Read(output, "again.md"));
    }

    [Fact]
    public void Fragment_with_another_format_is_a_usage_error()
    {
        var (exit, output, err) = Run("render", TestFiles.TonggoExamplePath, "--format", "md", "--fragment");

        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--fragment applies to --format html only", err);
    }

    [Fact]
    public void A_word_file_is_never_written_to_a_terminal()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var binary = new MemoryStream();
        var console = new CliConsole(stdout, stderr, openOutput: () => binary, outputIsTerminal: true);

        var exit = GovDisclosure.Cli.Cli.Run(new[] { "render", TestFiles.TonggoExamplePath, "--format", "docx" }, console);

        Assert.Equal(3, exit);
        Assert.Equal(0, binary.Length);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.Contains("a .docx is binary: give -o FILE", stderr.ToString());
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("markdown")]
    public void An_unknown_format_is_a_usage_error(string format)
    {
        var (exit, _, err) = Run("render", TestFiles.TonggoExamplePath, "--format", format);

        Assert.Equal(3, exit);
        Assert.Contains("html", err);
    }

    [Fact]
    public void A_missing_file_exits_2_and_a_document_that_is_no_report_exits_1()
    {
        var nothing = Path.Combine(_dir, "nothing.json");
        var missing = Run("render", nothing, "--lang", "en");
        Assert.Equal(2, missing.Exit);
        Assert.Equal($"govdisclosure: {nothing}: cannot be read: no such file" + Environment.NewLine, missing.Err);
        Assert.Equal($"govdisclosure：{nothing}：无法读取：文件不存在" + Environment.NewLine, Run("render", nothing).Err);

        var notes = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(notes, "会议纪要\n今天天气很好。\n");
        var notAReport = Run("render", notes, "--lang", "en");
        Assert.Equal(1, notAReport.Exit);
        Assert.StartsWith($"govdisclosure: {notes}: not a report: ", notAReport.Err);
        Assert.Equal(string.Empty, notAReport.Out);
        var inChinese = Run("render", notes);
        Assert.Equal(1, inChinese.Exit);
        Assert.StartsWith($"govdisclosure：{notes}：不是年度报告：", inChinese.Err);
        Assert.Matches("[\u4e00-\u9fff]", inChinese.Err.Substring(inChinese.Err.IndexOf("不是年度报告：", StringComparison.Ordinal) + 7));
    }

    [Fact]
    public void A_write_that_fails_part_way_leaves_no_truncated_file()
    {
        var target = Path.Combine(_dir, "report.html");
        var stderr = new StringWriter();
        var console = new CliConsole(new StringWriter(), stderr);

        var written = GovDisclosure.Cli.Cli.TryWriteFile(console, target, s =>
        {
            s.Write(new byte[4096], 0, 4096);
            throw new IOException("No space left on device");
        }, english: true);

        Assert.False(written);
        Assert.False(File.Exists(target));
        Assert.Equal($"govdisclosure: {target}: cannot be written: No space left on device" + Environment.NewLine, stderr.ToString());
    }

    [Fact]
    public void An_output_that_cannot_be_written_exits_2_with_the_reason_and_no_exception()
    {
        var noDirectory = Path.Combine(_dir, "missing", "report.html");
        var (exit, output, err) = Run("render", TestFiles.TonggoExamplePath, "-o", noDirectory, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal($"govdisclosure: {noDirectory}: cannot be written: its directory does not exist" + Environment.NewLine, err);
        Assert.Equal(string.Empty, output);

        (exit, _, err) = Run("render", TestFiles.TonggoExamplePath, "--format", "docx", "-o", _dir, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal($"govdisclosure: {_dir}: cannot be written: it is a directory" + Environment.NewLine, err);
        (exit, _, err) = Run("render", TestFiles.TonggoExamplePath, "--format", "docx", "-o", _dir);
        Assert.Equal(2, exit);
        Assert.Equal($"govdisclosure：{_dir}：无法写入：这是一个目录" + Environment.NewLine, err);

        var csv = Path.Combine(_dir, "missing", "cells.csv");
        (exit, _, err) = Run("export", TestFiles.TonggoExamplePath, "-o", csv);
        Assert.Equal(2, exit);
        Assert.Equal($"govdisclosure：{csv}：无法写入：所在目录不存在" + Environment.NewLine, err);
        Assert.False(File.Exists(csv));
        (exit, _, err) = Run("export", TestFiles.TonggoExamplePath, "-o", csv, "-l", "en");
        Assert.Equal(2, exit);
        Assert.Equal($"govdisclosure: {csv}: cannot be written: its directory does not exist" + Environment.NewLine, err);
    }

    [Fact]
    public void Render_help_names_every_format_and_the_exit_codes()
    {
        var (exit, output, _) = Run("render", "--help");

        Assert.Equal(0, exit);
        foreach (var text in new[] { "html|docx|md|txt", "--fragment", "-o", "3  usage error" })
        {
            Assert.Contains(text, output);
        }
    }
}
