using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Model;
using GovDisclosure.Model.Documents;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Cli;

/// <summary>
/// <c>govdisclosure import FILE... [-o OUT]</c>: reads reports as published (web page, PDF, Word .docx, text, Markdown)
/// and writes each as report JSON, saying what was read: the format, the tables, blank and annotated cells, and every
/// reading finding (label variants, deviations from the layout, guesses).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Published reports to read.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the JSON: a file for one input, a directory for several. Default: beside each input, as NAME.json.",
            HelpName = "OUT",
        };
        var language = Cli.LanguageOption();
        var command = new Command("import", "Read reports as published (web page, PDF, Word .docx, text, Markdown) and write them as report JSON.\n\n" + ExitCodes.Help)
        {
            files,
            output,
            language,
        };
        command.SetAction(result =>
        {
            var english = result.GetValue(language) == "en";
            var inputs = result.GetValue(files)!;
            var target = result.GetValue(output);
            var exit = ExitCodes.Ok;
            foreach (var path in inputs)
            {
                // Missing files, directories, named pipes and unreadable files say what they are, as for validate.
                var stream = InputFile.Open(path, console, out var reason);
                if (stream is null)
                {
                    Cli.Tell(console, english, path, $"cannot be read: {reason.En}", $"无法读取：{reason.Zh}");
                    exit = Math.Max(exit, ExitCodes.CannotRead);
                    continue;
                }

                PublishedReportResult read;
                using (stream)
                {
                    read = PublishedReport.ReadStream(stream, Path.GetFileName(path));
                }
                Describe(console.Output, path, read, english);
                if (read.Report is null)
                {
                    exit = Math.Max(exit, ExitCodes.Invalid);
                    continue;
                }

                var toDirectory = target is not null && (inputs.Length > 1 || Directory.Exists(target) || target.EndsWith("/", StringComparison.Ordinal) || target.EndsWith("\\", StringComparison.Ordinal));
                var destination = target is null
                    ? Path.ChangeExtension(path, ".json")
                    : toDirectory ? Path.Combine(target, Path.GetFileNameWithoutExtension(path) + ".json") : target;
                if (string.Equals(Path.GetFullPath(destination), Path.GetFullPath(path), StringComparison.Ordinal))
                {
                    destination = path + ".json";
                }

                if (toDirectory)
                {
                    try
                    {
                        Directory.CreateDirectory(target!);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        Cli.Tell(console, english, target!, $"cannot be created: {ex.Message}", $"无法创建：{ex.Message}");
                        exit = Math.Max(exit, ExitCodes.CannotRead);
                        continue;
                    }
                }

                var json = ReportJson.WriteToUtf8Bytes(read.Report, indented: true);
                if (!Cli.TryWriteFile(console, destination, s => s.Write(json, 0, json.Length), english))
                {
                    exit = Math.Max(exit, ExitCodes.CannotRead);
                    continue;
                }

                console.Output.WriteLine(english ? $"  written: {destination}" : $"  已写入：{destination}");
                if (read.HasErrors)
                {
                    exit = Math.Max(exit, ExitCodes.Invalid);
                }
            }

            console.Output.Flush();
            return exit;
        });
        return command;
    }

    private static void Describe(TextWriter output, string path, PublishedReportResult read, bool english)
    {
        var source = read.Source;
        var report = read.Report;
        output.WriteLine(report is null
            ? (english ? $"{path}: {source.Kind}, no report read" : $"{path}：{source.Kind}，未读出报告")
            : english
                ? $"{path}: {source.Kind}{(source.Encoding is null ? string.Empty : ", " + source.Encoding)} → {report.Metadata.AgencyName} {report.Metadata.ReportYear}, format {ReportFormatInfo.Get(report.Format).Version}, {read.Cells.Count} cells, {report.SourceNotes.Count(n => n.Value.Blank)} blank, {report.SourceNotes.Count(n => n.Value.Annotation is not null)} annotated, {read.ExtraRows.Count} extra rows"
                : $"{path}：{source.Kind}{(source.Encoding is null ? string.Empty : "，" + source.Encoding)} → {report.Metadata.AgencyName} {report.Metadata.ReportYear} 年度，{ReportFormatInfo.Get(report.Format).Version} 年格式，{read.Cells.Count} 个单元格，空白 {report.SourceNotes.Count(n => n.Value.Blank)} 个，带注释 {report.SourceNotes.Count(n => n.Value.Annotation is not null)} 个，额外行 {read.ExtraRows.Count} 行");
        var language = english ? MessageLanguage.English : MessageLanguage.Chinese;
        foreach (var finding in read.ReadingFindings)
        {
            output.WriteLine($"  {ResultWriter.SeverityName(finding.Severity),-8} {finding.RuleId,-26} {finding.Pointer} {finding.GetMessage(language)}");
        }

        var errors = read.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = read.Findings.Count(f => f.Severity == Severity.Warning);
        output.WriteLine(english ? $"  validation: {errors} errors, {warnings} warnings (run validate for the list)" : $"  校验：错误 {errors}，警告 {warnings}（用 validate 查看详情）");
    }
}
