using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GovDisclosure.Model;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Cli;

/// <summary>
/// <c>govdisclosure validate FILE... [--previous FILE] [--lang zh|en] [--format text|json|jsonl] [--max-size SIZE]</c>.
/// Files are validated on all cores; each file's result is written as soon as it and the files before it are done,
/// in the order given, so memory does not grow with the number of files.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Reports to validate: report JSON, or reports as published (web page, PDF, Word .docx, text, Markdown); - reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var previous = new Option<string?>("--previous", "-p")
        {
            Description = "The same agency's report for the year before (JSON or as published), for the cross-year rules (X-CARRY-OVER, X-DOCS-IN-FORCE, X-TEXT-COPY, X-YOY-SPIKE).",
            HelpName = "FILE",
        };
        var language = Cli.LanguageOption();
        var format = Cli.Choice(
            "--format",
            "-f",
            "text: a table per file; json: one document {\"files\":[{\"path\",\"valid\",\"findings\":[{\"rule\",\"severity\",\"pointer\",\"related\",\"keyword\",\"expected\",\"actual\",\"message\"}]}]}; "
            + "jsonl: one such file object per line, written as each file is done. A file that cannot be read has \"error\" instead of findings.",
            "text",
            "json",
            "jsonl");
        var maxSize = new Option<long>("--max-size")
        {
            Description = $"The largest file read, in bytes or with a unit (KB, MB, GB as powers of 1024); a larger file is a 'size' finding. Default {ReportReadOptions.DefaultMaxSize / (1024 * 1024)}MB.",
            HelpName = "SIZE",
            DefaultValueFactory = _ => ReportReadOptions.DefaultMaxSize,
            CustomParser = ParseSize,
        };

        var series = new Option<bool>("--series", "-s")
        {
            Description = "Validate the files as a series (directories are read for *.json): group the reports by agency and year, pair each with the same agency's "
                + "report for the year before for the cross-year rules, report duplicates (X-SERIES-DUPLICATE) and missing years (X-SERIES-GAP), and end the text output with a table per agency.",
        };

        Command? command = null;
        command = new Command("validate", "Read each JSON report strictly and check every consistency rule of its format.\n\n" + ExitCodes.Help)
        {
            files,
            previous,
            language,
            format,
            maxSize,
            series,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(series) && result.GetValue(previous) is not null)
            {
                result.AddError("--series pairs the reports by itself: --previous cannot be given with it.");
            }
        });
        files.Validators.Add(result =>
        {
            var names = result.Tokens.Select(t => t.Value).ToList();
            if (names.Count(n => n == InputFile.StandardInput) > 1)
            {
                result.AddError("Standard input (-) can be named only once.");
            }

            // An unknown option would otherwise be taken for a file name.
            foreach (var name in names.Where(n => n.Length > 1 && n[0] == '-'))
            {
                var known = command!.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
                var suggestion = Cli.Suggest(name.Split('=', ':')[0], known);
                result.AddError($"Unrecognized option '{name}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")} (A file whose name starts with - is written ./{name}.)");
            }
        });
        command.SetAction(result => new Run(
            console,
            result.GetValue(files)!,
            result.GetValue(previous),
            result.GetValue(language) == "en" ? MessageLanguage.English : MessageLanguage.Chinese,
            result.GetValue(format)!,
            new ReportReadOptions { MaxSize = result.GetValue(maxSize) },
            result.GetValue(series)).Execute());
        return command;
    }

    private static long ParseSize(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Empty;
        var units = new (string Suffix, long Factor)[] { ("GIB", 1L << 30), ("GB", 1L << 30), ("G", 1L << 30), ("MIB", 1L << 20), ("MB", 1L << 20), ("M", 1L << 20), ("KIB", 1L << 10), ("KB", 1L << 10), ("K", 1L << 10), ("B", 1) };
        var factor = 1L;
        var upper = text.ToUpperInvariant();
        foreach (var (suffix, f) in units)
        {
            if (upper.EndsWith(suffix, StringComparison.Ordinal))
            {
                factor = f;
                upper = upper.Substring(0, upper.Length - suffix.Length).TrimEnd();
                break;
            }
        }

        if (long.TryParse(upper, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= (int.MaxValue - 64) / factor)
        {
            return n * factor;
        }

        result.AddError($"--max-size takes a size between 1 byte and 2 GB, such as 64MB or 1000000 (found '{text}').");
        return 0;
    }

    /// <summary>One invocation: the settings, and the loop that validates and writes in order.</summary>
    private sealed class Run
    {
        private readonly CliConsole _console;
        private readonly string[] _files;
        private readonly string? _previousPath;
        private readonly MessageLanguage _language;
        private readonly ResultWriter _writer;
        private readonly ReportReadOptions _options;
        private readonly bool _series;
        private readonly string _format;

        public Run(CliConsole console, string[] files, string? previousPath, MessageLanguage language, string format, ReportReadOptions options, bool series)
        {
            _console = console;
            _series = series;
            _format = format;
            _files = series ? Expand(files) : files;
            _previousPath = previousPath;
            _language = language;
            _options = options;
            _writer = ResultWriter.For(format, language, console.Output);
        }

        public int Execute()
        {
            if (_series)
            {
                return ExecuteSeries();
            }

            AnnualReport? previous = null;
            if (_previousPath is not null)
            {
                var outcome = Validate(_previousPath, null);
                if (outcome.Result is null)
                {
                    var reason = outcome.ReadError!.Value;
                    _console.Error.WriteLine(_language == MessageLanguage.English
                        ? $"{Cli.Name}: the previous-year report {_previousPath} cannot be read: {reason.En}"
                        : $"{Cli.Name}：上一年度报告 {_previousPath} 无法读取：{reason.Zh}");
                    return ExitCodes.CannotRead;
                }

                if (outcome.Result.Report is null)
                {
                    var first = outcome.Result.Findings[0];
                    _console.Error.WriteLine(_language == MessageLanguage.English
                        ? $"{Cli.Name}: the previous-year report {_previousPath} is not a report: {first.GetMessage(_language)}"
                        : $"{Cli.Name}：上一年度报告 {_previousPath} 不是有效的报告：{first.GetMessage(_language)}");
                    return ExitCodes.Invalid;
                }

                previous = outcome.Result.Report;
            }

            var exit = ExitCodes.Ok;
            using var progress = Progress.Start(_console, _files.Length);
            _writer.Begin();
            foreach (var (outcome, text) in ValidateInOrder(previous))
            {
                _writer.WriteRaw(text);
                _console.Output.Flush();
                if (outcome.ReadError is { } reason)
                {
                    Cli.Tell(_console, _language == MessageLanguage.English, outcome.Path, $"cannot be read: {reason.En}", $"无法读取：{reason.Zh}");
                }

                exit = Math.Max(exit, outcome.ExitCode);
                progress.Advance();
            }

            _writer.End();
            return exit;
        }

        /// <summary>Directories named in a series are read for their *.json files, in name order.</summary>
        private static string[] Expand(string[] files) => files
            .SelectMany(f => f != InputFile.StandardInput && Directory.Exists(f)
                ? (IEnumerable<string>)Directory.GetFiles(f, "*.json", SearchOption.TopDirectoryOnly).OrderBy(n => n, StringComparer.Ordinal)
                : new[] { f })
            .ToArray();

        /// <summary>
        /// A series: every file is read (on all cores), the reports are validated together by <see cref="ReportSeries"/>, each
        /// file's result is written in the order given, and the text output ends with a table per agency.
        /// </summary>
        private int ExecuteSeries()
        {
            var outcomes = new Outcome[_files.Length];
            Parallel.For(0, _files.Length, i => outcomes[i] = Validate(_files[i], null));
            var readable = Enumerable.Range(0, outcomes.Length).Where(i => outcomes[i].Result?.Report is not null).ToArray();
            var result = ReportSeries.Validate(readable.Select(i => new SeriesInput(_files[i], outcomes[i].Result!.Report!)));
            for (var k = 0; k < readable.Length; k++)
            {
                var i = readable[k];
                var own = outcomes[i].Result!;

                // What reading found (a published document's label variants, layout deviations) stays, first; the rules' findings
                // are the series'.
                var reading = own.Findings.Where(f => !(RuleCatalog.TryGet(f.RuleId, out var rule) && rule.Scope is RuleScope.Report or RuleScope.CrossYear));
                var combined = new ValidationResult(reading.Concat(result.Entries[k].Result.Findings), own.Report);
                outcomes[i] = outcomes[i] with { Result = combined, HasErrors = combined.HasErrors };
            }

            var exit = ExitCodes.Ok;
            _writer.Begin();
            for (var i = 0; i < outcomes.Length; i++)
            {
                _writer.WriteRaw(_writer.Format(outcomes[i], i));
                if (outcomes[i].ReadError is { } reason)
                {
                    Cli.Tell(_console, _language == MessageLanguage.English, outcomes[i].Path, $"cannot be read: {reason.En}", $"无法读取：{reason.Zh}");
                }

                exit = Math.Max(exit, outcomes[i].ExitCode);
            }

            _writer.End();
            if (_format == "text")
            {
                // The table counts what each file's lines show: the series' findings and what reading the file found.
                var shown = new Dictionary<SeriesEntry, ValidationResult>(ReferenceEqualityComparer.Instance);
                for (var k = 0; k < readable.Length; k++)
                {
                    shown[result.Entries[k]] = outcomes[readable[k]].Result!;
                }

                WriteSummary(result, shown);
            }

            return exit;
        }

        private void WriteSummary(SeriesValidationResult result, Dictionary<SeriesEntry, ValidationResult> shown)
        {
            var english = _language == MessageLanguage.English;
            var output = _console.Output;
            output.WriteLine(english ? $"Series: {result.Entries.Length} reports, {result.Agencies.Length} agencies" : $"系列：{result.Entries.Length} 份报告，{result.Agencies.Length} 个机关");
            output.WriteLine(english ? "  agency	years	reports	compared	errors	warnings" : "  机关	年度	报告	跨年比较	错误	警告");
            foreach (var agency in result.Agencies)
            {
                var name = agency.AdministrativeDivisionCode is { } code ? $"{agency.AgencyName}（{code}）" : agency.AgencyName;
                var errors = agency.Entries.Sum(e => shown[e].ErrorCount);
                var warnings = agency.Entries.Sum(e => shown[e].WarningCount);
                output.WriteLine($"  {name}	{string.Join(",", agency.Years)}	{agency.Reports}	{agency.Pairs}	{errors}	{warnings}");
            }

            output.Flush();
        }

        /// <summary>Validates the files on all cores, a bounded window ahead of the writer, and yields them in the order given.</summary>
        private IEnumerable<(Outcome Outcome, string Text)> ValidateInOrder(AnnualReport? previous)
        {
            (Outcome, string) Work(int i)
            {
                var outcome = Validate(_files[i], previous);
                var text = _writer.Format(outcome, i);
                return (outcome with { Result = null, HasErrors = outcome.Result?.HasErrors ?? false }, text);
            }

            if (_files.Length == 1)
            {
                yield return Work(0);
                yield break;
            }

            var window = new Queue<Task<(Outcome, string)>>();
            var ahead = Math.Max(2, Environment.ProcessorCount * 4);
            for (var i = 0; i < _files.Length; i++)
            {
                if (window.Count >= ahead)
                {
                    yield return window.Dequeue().GetAwaiter().GetResult();
                }

                var index = i;
                window.Enqueue(Task.Run(() => Work(index)));
            }

            while (window.Count > 0)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }

        private Outcome Validate(string path, AnnualReport? previous)
        {
            var stream = InputFile.Open(path, _console, out var reason);
            if (stream is null)
            {
                return new Outcome(path, null, reason);
            }

            try
            {
                using (stream)
                {
                    return new Outcome(path, ReportInput.Load(stream, path, previous, _options).Result, null);
                }
            }
            catch (IOException ex)
            {
                return new Outcome(path, null, ($"读取中断（{ex.Message}）", $"reading failed ({ex.Message})"));
            }
            catch (UnauthorizedAccessException)
            {
                return new Outcome(path, null, ("没有读取权限", "permission denied"));
            }
        }
    }

    /// <summary>What became of one file: its result, or why it could not be read.</summary>
    internal sealed record Outcome(string Path, ValidationResult? Result, (string Zh, string En)? ReadError)
    {
        public bool HasErrors { get; init; } = Result?.HasErrors ?? false;

        public int ExitCode => ReadError is not null ? ExitCodes.CannotRead : HasErrors ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    /// <summary>A line on stderr that counts files done, only when stderr is a terminal and the run is long.</summary>
    private sealed class Progress : IDisposable
    {
        private readonly CliConsole? _console;
        private readonly int _total;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastShown;
        private int _done;
        private bool _shown;

        private Progress(CliConsole? console, int total)
        {
            _console = console;
            _total = total;
        }

        public static Progress Start(CliConsole console, int total) => new(console.ErrorIsTerminal && total > 1 ? console : null, total);

        public void Advance()
        {
            _done++;
            if (_console is null || _clock.ElapsedMilliseconds < 500 || _clock.ElapsedMilliseconds - _lastShown < 100)
            {
                return;
            }

            _lastShown = _clock.ElapsedMilliseconds;
            _shown = true;
            _console.Error.Write($"\r{_done}/{_total} files");
            _console.Error.Flush();
        }

        public void Dispose()
        {
            if (_shown)
            {
                _console!.Error.Write("\r\u001b[K");
                _console.Error.Flush();
            }
        }
    }
}
