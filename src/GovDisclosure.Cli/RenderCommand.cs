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
/// <c>govdisclosure render REPORT [--format html|docx|md|txt] [--fragment] [-o FILE] [--lang zh|en]</c>: publishes a report — JSON, or a
/// report as published, so that a badly laid-out page comes out clean — in the official layout.
/// </summary>
internal static class RenderCommand
{
    private static readonly (string Name, PublishFormat Format)[] Formats =
    {
        ("html", PublishFormat.Html), ("docx", PublishFormat.Docx), ("md", PublishFormat.Markdown), ("txt", PublishFormat.Text),
    };

    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("REPORT") { Description = "The report: report JSON, or as published (web page, PDF, Word .docx, text, Markdown); - for standard input." };
        var format = Cli.Choice(
            "--format",
            "-f",
            "html: one self-contained web page (UTF-8, print stylesheet for A4); docx: a Word document; md: GitHub-flavoured Markdown; txt: plain text.",
            Formats.Select(f => f.Name).ToArray());
        var fragment = new Option<bool>("--fragment") { Description = "With --format html: an embeddable fragment (no <html> wrapper, no styles) for a portal's own page." };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write; default standard output (a .docx is written only to a file or a pipe, never to a terminal).", HelpName = "FILE" };
        var language = Cli.LanguageOption();
        var command = new Command(
            "render",
            "Publish a report in the official layout: title, the six sections, tables 二, 三 and 四 with their merged cells, "
            + "blank and annotated cells as published. What is written reads back as the same report.\n\n"
            + "Exit codes:\n"
            + "  0  written\n"
            + "  1  REPORT is not a report, or reading the published document found an error (what was read is still written)\n"
            + "  2  REPORT could not be read (missing, a directory, a named pipe, no permission), or FILE not written\n"
            + "  3  usage error (unknown option, bad value, --fragment without html, a .docx to a terminal)")
        {
            input,
            format,
            fragment,
            output,
            language,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(input)!;
            var kind = Formats.Single(f => f.Name == result.GetValue(format)).Format;
            var target = result.GetValue(output);
            var english = result.GetValue(language) == "en";
            if (result.GetValue(fragment) && kind != PublishFormat.Html)
            {
                console.Error.WriteLine($"{Cli.Name}: --fragment applies to --format html only.");
                console.Error.WriteLine($"Run '{Cli.Name} render --help' for usage.");
                return ExitCodes.Usage;
            }

            if (kind == PublishFormat.Docx && target is null && console.OutputIsTerminal)
            {
                console.Error.WriteLine($"{Cli.Name}: a .docx is binary: give -o FILE, or redirect standard output to a file or a pipe.");
                console.Error.WriteLine($"Run '{Cli.Name} render --help' for usage.");
                return ExitCodes.Usage;
            }

            var stream = InputFile.Open(path, console, out var reason);
            if (stream is null)
            {
                Cli.Tell(console, english, path, $"cannot be read: {reason.En}", $"无法读取：{reason.Zh}");
                return ExitCodes.CannotRead;
            }

            ReportInput.Loaded loaded;
            using (stream)
            {
                loaded = ReportInput.Load(stream, path, null, ReportReadOptions.Default);
            }

            if (loaded.Result.Report is not { } report)
            {
                Cli.TellNotAReport(console, english, path, loaded.Result.Findings);
                return ExitCodes.Invalid;
            }

            var exit = ExitCodes.Ok;
            foreach (var finding in loaded.Published?.ReadingFindings.Where(f => f.Severity == Severity.Error) ?? Enumerable.Empty<Finding>())
            {
                Cli.Tell(console, english, path, $"{finding.RuleId} {finding.Pointer} {finding.MessageEn}", $"{finding.RuleId} {finding.Pointer} {finding.MessageZh}");
                exit = ExitCodes.Invalid;
            }

            var options = new PublishOptions { Fragment = result.GetValue(fragment) };
            byte[] bytes;
            try
            {
                using var buffer = new MemoryStream();
                ReportPublisher.Write(report, buffer, kind, options);
                bytes = buffer.ToArray();
            }
            catch (ArgumentException ex)
            {
                Cli.Tell(console, english, path, $"cannot be published: {ex.Message}", $"无法发布：{ex.Message}");
                return ExitCodes.Invalid;
            }

            if (target is not null && target != "-")
            {
                if (!Cli.TryWriteFile(console, target, s => s.Write(bytes, 0, bytes.Length), english))
                {
                    return ExitCodes.CannotRead;
                }
            }
            else if (kind == PublishFormat.Docx)
            {
                console.Output.Flush();
                using var stdout = console.OpenOutput();
                stdout.Write(bytes, 0, bytes.Length);
                stdout.Flush();
            }
            else
            {
                console.Output.Write(new UTF8Encoding(false).GetString(bytes));
                console.Output.Flush();
            }

            return exit;
        });
        return command;
    }
}
