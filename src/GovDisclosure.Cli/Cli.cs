using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Cli;

/// <summary>
/// The <c>govdisclosure</c> command line on System.CommandLine: help for every command and option,
/// <c>--version</c>, <c>--option=value</c>, suggestions for typos, and the exit codes of <see cref="ExitCodes"/>.
/// Each command lives in its own file and is listed in <see cref="Commands"/>.
/// </summary>
internal static class Cli
{
    public const string Name = "govdisclosure";

    /// <summary>The commands, in the order help lists them. A new command is one file and one line here.</summary>
    private static readonly Func<CliConsole, Command>[] Commands =
    [
        ValidateCommand.Create,
        ImportCommand.Create,
        ExportCommand.Create,
        RenderCommand.Create,
        SchemaCommand.Create,
    ];

    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "Government information disclosure annual reports (政府信息公开工作年度报告): validate report JSON files (the "
            + string.Join(" and ", System.Linq.Enumerable.Select(System.Linq.Enumerable.Reverse(GovDisclosure.Model.ReportFormatInfo.All), f => f.Version)) + " formats) against their "
            + "structure and consistency rules, import and export them, publish them in the official layout, and print the JSON Schema.\n\n" + ExitCodes.Help);
        foreach (var create in Commands)
        {
            root.Add(create(console));
        }

        return root;
    }

    /// <summary>Parses and runs a command line; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var root = Build(console);
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            if (args.Count == 0)
            {
                // Bare `govdisclosure`: usage on stderr, as a usage error.
                root.Parse(new[] { "--help" }).Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error });
                return ExitCodes.Usage;
            }

            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                if (result.Action is ParseErrorAction parseError)
                {
                    parseError.ShowHelp = false;
                    parseError.ShowTypoCorrections = true;
                }

                // Errors and typo suggestions go to stderr: stdout carries only results.
                result.Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error, EnableDefaultExceptionHandler = false });
                var command = result.CommandResult.Command;
                var path = command is RootCommand ? Name : $"{Name} {command.Name}";
                console.Error.WriteLine($"Run '{path} --help' for usage.");
                return ExitCodes.Usage;
            }

            return result.Invoke(configuration);
        }
        finally
        {
            console.Output.Flush();
        }
    }

    /// <summary>The <c>--lang</c> option of every command that prints messages: <c>zh</c> (Chinese, the default) or <c>en</c>.</summary>
    public static Option<string> LanguageOption() => Choice("--lang", "-l", "The language of the messages: zh (Chinese) or en (English).", "zh", "en");

    /// <summary>A message about one file on standard error, in the chosen language.</summary>
    public static void Tell(CliConsole console, bool english, string path, string en, string zh) =>
        console.Error.WriteLine(english ? $"{Name}: {path}: {en}" : $"{Name}：{path}：{zh}");

    /// <summary>Says that a file holds no report, giving the first error its reading found (or the first finding).</summary>
    public static void TellNotAReport(CliConsole console, bool english, string path, IReadOnlyList<Finding> findings)
    {
        var why = findings.FirstOrDefault(f => f.Severity == Severity.Error) ?? findings.FirstOrDefault();
        Tell(console, english, path, $"not a report: {why?.MessageEn ?? "nothing could be read"}", $"不是年度报告：{why?.MessageZh ?? "未读出任何内容"}");
    }

    /// <summary>
    /// Writes an output file the user named, or says on standard error why it cannot be written (its directory does not
    /// exist, it is a directory, no permission, the disk full) and returns <see langword="false"/>: never an unhandled
    /// exception, and no partly written file left behind.
    /// </summary>
    public static bool TryWriteFile(CliConsole console, string path, Action<Stream> write, bool english)
    {
        var created = false;
        try
        {
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read))
            {
                created = true;
                write(stream);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            if (created)
            {
                // Failed while writing (a full disk): no truncated file is left to be taken for the output.
                TryDelete(path);
            }

            var (en, zh) = Directory.Exists(path) ? ("it is a directory", "这是一个目录")
                : ex is DirectoryNotFoundException ? ("its directory does not exist", "所在目录不存在")
                : ex is UnauthorizedAccessException ? ("permission denied", "没有写入权限")
                : (ex.Message, ex.Message);
            Tell(console, english, path, $"cannot be written: {en}", $"无法写入：{zh}");
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write failure is what gets reported.
        }
    }

    /// <summary>An option whose value must be one of <paramref name="values"/>; the first is the default.</summary>
    public static Option<string> Choice(string name, string alias, string description, params string[] values)
    {
        var option = new Option<string>(name, alias.Length == 0 ? Array.Empty<string>() : new[] { alias })
        {
            Description = description,
            DefaultValueFactory = _ => values[0],
            HelpName = string.Join("|", values),
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>The candidate nearest to a mistyped name (edit distance at most a third of its length), if any.</summary>
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(typed, candidate);
            if (d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        return best is not null && bestDistance <= Math.Max(1, best.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
