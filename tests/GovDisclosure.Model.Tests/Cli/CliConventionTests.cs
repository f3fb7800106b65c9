using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Cli;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Cli;

/// <summary>The conventions of dotnet tools: help, version, option syntax, stdin, suggestions, exit codes, streaming.</summary>
public sealed class CliConventionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govdisclosure-conv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(string[] args, byte[]? stdin = null) => CliRunner.Run(args, stdin);

    private static (int Exit, string Out, string Err) Run(params string[] args) => Run(args, null);

    [Fact]
    public void Bare_command_prints_usage_to_stderr_and_exits_3()
    {
        var (exit, output, err) = Run();
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Usage:", err);
        Assert.Contains("validate", err);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("validate", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("schema", "--help")]
    public void Help_is_on_stdout_with_the_exit_codes(params string[] args)
    {
        var (exit, output, err) = Run(args);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Contains("Usage:", output);
        Assert.Contains("3  usage error", output);
    }

    [Fact]
    public void Validate_help_describes_every_option()
    {
        var output = Run("validate", "--help").Out;
        foreach (var option in new[] { "--previous", "--lang", "--format", "--max-size", "text|json|jsonl", "zh|en" })
        {
            Assert.Contains(option, output);
        }
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var (exit, output, _) = Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
        Assert.EndsWith("\n", output);
    }

    [Theory]
    [InlineData("--format=json")]
    [InlineData("--format:json")]
    [InlineData("-f", "json")]
    [InlineData("--format", "json")]
    public void Option_values_take_every_conventional_spelling(params string[] format)
    {
        var (exit, output, _) = Run(new[] { "validate", TestFiles.TonggoExamplePath }.Concat(format).ToArray());
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("files")[0].GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        var (exit, output, _) = Run(new[] { "validate", "-", "--format", "jsonl" }, TestFiles.TongguBytes());
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("-", doc.RootElement.GetProperty("path").GetString());
        Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData(new[] { "valdate", "x.json" }, "validate")]
    [InlineData(new[] { "validate", "x.json", "--formt", "json" }, "--format")]
    [InlineData(new[] { "validate", "x.json", "--previus", "y.json" }, "--previous")]
    public void A_typo_is_a_usage_error_with_a_suggestion(string[] args, string suggestion)
    {
        var (exit, output, err) = Run(args);
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(suggestion, err);
        Assert.Contains("--help", err);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--lang", "fr")]
    [InlineData("validate", "x.json", "--max-size", "lots")]
    [InlineData("validate", "x.json", "--previous")]
    [InlineData("validate", "-", "-")]
    [InlineData("schema", "--draft", "04")]
    public void Usage_errors_exit_3_and_write_nothing_to_stdout(params string[] args)
    {
        var (exit, output, err) = Run(args);
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, err);
    }

    [Fact]
    public void A_directory_and_a_missing_file_say_what_they_are_and_exit_2()
    {
        var missing = Path.Combine(_dir, "missing.json");
        var (exit, output, err) = Run("validate", _dir, missing, "--lang", "en", "--format", "jsonl");

        Assert.Equal(2, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("cannot be read: it is a directory, not a file", first.RootElement.GetProperty("error").GetString());
        Assert.Equal("cannot be read: no such file", second.RootElement.GetProperty("error").GetString());
        Assert.False(first.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains($"{_dir}: cannot be read: it is a directory", err);
    }

    [Fact]
    public void A_previous_year_report_that_cannot_be_read_exits_2_and_says_why()
    {
        var (exit, output, err) = Run("validate", TestFiles.TonggoExamplePath, "--previous", _dir, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"govdisclosure: the previous-year report {_dir} cannot be read: it is a directory, not a file\n", err);
    }

    [Fact]
    public void A_named_pipe_says_it_is_one_and_exits_2_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(_dir, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var (exit, output, _) = Run("validate", fifo, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal($"{fifo}: cannot be read: it is a named pipe (FIFO), not a regular file; pipe it to standard input and name the file -\n\n", output);
    }

    [Fact]
    public void An_error_finding_exits_1_and_an_unreadable_file_wins_with_2()
    {
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, "[]");
        Assert.Equal(1, Run("validate", bad).Exit);
        Assert.Equal(2, Run("validate", bad, Path.Combine(_dir, "missing.json")).Exit);
        Assert.Equal(0, Run("validate", TestFiles.TonggoExamplePath).Exit);
    }

    [Fact]
    public void Max_size_turns_a_larger_file_into_a_size_finding()
    {
        var (exit, output, _) = Run("validate", TestFiles.TonggoExamplePath, "--max-size", "1KB", "--format", "jsonl", "--lang", "en");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var finding = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal("JSON", finding.GetProperty("rule").GetString());
        Assert.Equal(JsonReadKeywords.Size, finding.GetProperty("keyword").GetString());
        Assert.Equal(string.Empty, finding.GetProperty("pointer").GetString());
        Assert.Equal("the input is larger than the limit of 1 KiB; it was not read further", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void An_endless_device_is_a_size_finding_and_the_other_files_are_still_reported()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (exit, output, _) = Run("validate", "/dev/zero", TestFiles.TonggoExamplePath, "--max-size", "2MB", "--format", "jsonl", "--lang", "en");

        Assert.Equal(1, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(JsonReadKeywords.Size, first.RootElement.GetProperty("findings")[0].GetProperty("keyword").GetString());
        Assert.Contains("\"valid\":true", lines[1]);
    }

    [Fact]
    public void Many_files_come_out_in_the_order_given_one_line_each()
    {
        var valid = TestFiles.TonggoExamplePath;
        var broken = Path.Combine(_dir, "broken.json");
        File.WriteAllText(broken, "{");
        var missing = Path.Combine(_dir, "missing.json");
        var files = Enumerable.Range(0, 60).Select(i => (i % 3) switch { 0 => valid, 1 => broken, _ => missing }).ToArray();

        var (exit, output, _) = Run(new[] { "validate", "--format", "jsonl" }.Concat(files).ToArray());

        Assert.Equal(2, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(files, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).ToArray());
        Assert.All(lines.Where((_, i) => i % 3 == 0), l => Assert.Contains("\"valid\":true", l));
        Assert.All(lines.Where((_, i) => i % 3 == 1), l => Assert.Contains("\"keyword\":\"syntax\"", l));
        Assert.All(lines.Where((_, i) => i % 3 == 2), l => Assert.Contains("\"error\":", l));
    }

    [Fact]
    public void Json_format_is_one_document_in_the_order_given()
    {
        var files = Enumerable.Repeat(TestFiles.TonggoExamplePath, 20).Append(Path.Combine(_dir, "missing.json")).ToArray();
        var (exit, output, _) = Run(new[] { "validate", "--format", "json" }.Concat(files).ToArray());
        Assert.Equal(2, exit);
        using var doc = JsonDocument.Parse(output);
        var parsed = doc.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(files, parsed.Select(f => f.GetProperty("path").GetString()).ToArray());
        Assert.Equal("无法读取：文件不存在", parsed[^1].GetProperty("error").GetString());
    }

    [Fact]
    public void Progress_is_not_written_when_stderr_is_not_a_terminal()
    {
        var files = Enumerable.Repeat(TestFiles.TonggoExamplePath, 10).ToArray();
        var (_, _, err) = Run(new[] { "validate" }.Concat(files).ToArray());
        Assert.Equal(string.Empty, err);
    }

    [Fact]
    public void A_results_stream_writes_each_file_before_the_next_is_read()
    {
        // Standard input is the last file: the first file's line must already be written when stdin is opened.
        var stdout = new StringWriter();
        string? writtenBeforeStdin = null;
        var console = new CliConsole(stdout, new StringWriter(), () =>
        {
            writtenBeforeStdin = stdout.ToString();
            return new MemoryStream(TestFiles.TongguBytes());
        });
        var files = Enumerable.Repeat(TestFiles.TonggoExamplePath, 30).Append("-").ToArray();

        var exit = GovDisclosure.Cli.Cli.Run(new[] { "validate", "-f", "jsonl" }.Concat(files).ToArray(), console);

        Assert.Equal(0, exit);
        Assert.NotNull(writtenBeforeStdin);
        Assert.Equal(31, stdout.ToString().TrimEnd('\n').Split('\n').Length);
    }
}
