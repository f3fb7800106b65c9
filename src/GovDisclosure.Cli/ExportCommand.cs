using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using GovDisclosure.Model;
using GovDisclosure.Model.Export;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Cli;

/// <summary>
/// <c>govdisclosure export FILE... [--format csv|jsonl] [--bom] [-o OUT] [--datapackage] [--lang zh|en]</c>: one row per table cell of every
/// report given (report JSON or as published), for pandas, R or Excel; with <c>--datapackage</c> also a Frictionless
/// <c>datapackage.json</c> describing the CSV, written beside it.
/// </summary>
internal static class ExportCommand
{
    /// <summary>The data package descriptor's file name, fixed by the Data Package standard.</summary>
    public const string DataPackageFile = "datapackage.json";

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Reports: report JSON, or as published (web page, PDF, Word .docx, text, Markdown).", Arity = ArgumentArity.OneOrMore };
        var format = Cli.Choice("--format", "-f", "csv: RFC 4180, UTF-8, header " + ReportExport.CsvHeader + "; jsonl: one JSON object per cell.", "csv", "jsonl");
        var bom = new Option<bool>("--bom") { Description = "Start the CSV with a UTF-8 byte order mark, for Excel." };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write; default standard output.", HelpName = "OUT" };
        var language = Cli.LanguageOption();
        var dataPackage = new Option<bool>("--datapackage")
        {
            Description = "Also write " + DataPackageFile + " (a Frictionless Data Package: the CSV's columns with types, titles and descriptions, primary key agency, year, pointer) "
                + "in the directory of OUT, naming the CSV by its file name. Needs -o OUT and --format csv.",
        };
        var command = new Command("export", "Write every table cell of the reports as tidy rows (CSV or JSON Lines).\n\n" + ExitCodes.Help)
        {
            files,
            format,
            bom,
            output,
            dataPackage,
            language,
        };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(dataPackage))
            {
                return;
            }

            if (result.GetValue(output) is null)
            {
                result.AddError("--datapackage writes " + DataPackageFile + " beside the CSV: give the CSV's file with -o OUT.");
            }

            if (result.GetValue(format) == "jsonl")
            {
                result.AddError("--datapackage describes a CSV: it cannot be given with --format jsonl.");
            }
        });
        command.SetAction(result =>
        {
            var reports = new List<AnnualReport>();
            var exit = ExitCodes.Ok;
            var english = result.GetValue(language) == "en";
            foreach (var path in result.GetValue(files)!)
            {
                var stream = InputFile.Open(path, console, out var reason);
                if (stream is null)
                {
                    Cli.Tell(console, english, path, $"cannot be read: {reason.En}", $"无法读取：{reason.Zh}");
                    exit = Math.Max(exit, ExitCodes.CannotRead);
                    continue;
                }

                using (stream)
                {
                    var loaded = ReportInput.Load(stream, path, null, ReportReadOptions.Default);
                    if (loaded.Result.Report is { } report)
                    {
                        reports.Add(report);
                    }
                    else
                    {
                        Cli.TellNotAReport(console, english, path, loaded.Result.Findings);
                        exit = Math.Max(exit, ExitCodes.Invalid);
                    }
                }
            }

            var target = result.GetValue(output);
            using var sink = new MemoryStream();
            if (result.GetValue(format) == "jsonl")
            {
                ReportExport.WriteJsonLines(sink, reports);
            }
            else
            {
                ReportExport.WriteCsv(sink, reports, result.GetValue(bom));
            }

            if (target is null)
            {
                console.Output.Write(new System.Text.UTF8Encoding(false).GetString(sink.ToArray()));
                console.Output.Flush();
            }
            else
            {
                var rows = sink.ToArray();
                if (!Cli.TryWriteFile(console, target, s => s.Write(rows, 0, rows.Length), english))
                {
                    return ExitCodes.CannotRead;
                }

                if (result.GetValue(dataPackage))
                {
                    var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
                    if (!Cli.TryWriteFile(console, Path.Combine(directory, DataPackageFile), s => ReportExport.WriteDataPackage(s, Path.GetFileName(target)), english))
                    {
                        return ExitCodes.CannotRead;
                    }
                }
            }

            return exit;
        });
        return command;
    }
}
