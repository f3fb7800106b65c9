using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Model;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Cli;

/// <summary><c>govdisclosure validate FILE... [--previous FILE] [--lang zh|en] [--format text|json]</c>.</summary>
internal static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        string? previousPath = null;
        var language = MessageLanguage.Chinese;
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            string value;
            switch (args[i])
            {
                case "--previous":
                    if (!CommandLine.TryTakeValue(args, ref i, stderr, out value))
                    {
                        return CommandLine.CannotOpen;
                    }

                    previousPath = value;
                    break;
                case "--lang":
                    if (!CommandLine.TryTakeValue(args, ref i, stderr, out value) || value is not ("zh" or "en"))
                    {
                        stderr.WriteLine("govdisclosure: --lang takes zh or en.");
                        return CommandLine.CannotOpen;
                    }

                    language = value == "en" ? MessageLanguage.English : MessageLanguage.Chinese;
                    break;
                case "--format":
                    if (!CommandLine.TryTakeValue(args, ref i, stderr, out value) || value is not ("text" or "json"))
                    {
                        stderr.WriteLine("govdisclosure: --format takes text or json.");
                        return CommandLine.CannotOpen;
                    }

                    json = value == "json";
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        stderr.WriteLine($"govdisclosure: unknown option '{args[i]}'.");
                        return CommandLine.CannotOpen;
                    }

                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("govdisclosure: validate needs at least one FILE.");
            return CommandLine.CannotOpen;
        }

        AnnualReport? previous = null;
        if (previousPath is not null)
        {
            if (!TryReadFile(previousPath, stderr, out var previousBytes))
            {
                return CommandLine.CannotOpen;
            }

            var previousResult = ReportValidator.ValidateJson(previousBytes);
            if (previousResult.Report is null)
            {
                stderr.WriteLine($"govdisclosure: the previous-year report {previousPath} cannot be read: {previousResult.Findings[0].GetMessage(language)}");
                return CommandLine.Invalid;
            }

            previous = previousResult.Report;
        }

        var results = new List<(string Path, ValidationResult? Result)>();
        var exit = CommandLine.Ok;
        foreach (var file in files)
        {
            if (!TryReadFile(file, stderr, out var bytes))
            {
                results.Add((file, null));
                exit = CommandLine.CannotOpen;
                continue;
            }

            var result = ReportValidator.ValidateJson(bytes, previous);
            results.Add((file, result));
            if (result.HasErrors && exit == CommandLine.Ok)
            {
                exit = CommandLine.Invalid;
            }
        }

        if (json)
        {
            WriteJson(results, language, stdout);
        }
        else
        {
            WriteText(results, language, stdout);
        }

        return exit;
    }

    private static bool TryReadFile(string path, TextWriter stderr, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            stderr.WriteLine($"govdisclosure: cannot open {path}: {ex.Message}");
            bytes = Array.Empty<byte>();
            return false;
        }
    }

    private static void WriteText(List<(string Path, ValidationResult? Result)> results, MessageLanguage language, TextWriter stdout)
    {
        var zh = language == MessageLanguage.Chinese;
        foreach (var (path, result) in results)
        {
            if (result is null)
            {
                stdout.WriteLine(zh ? $"{path}: 无法打开" : $"{path}: cannot be opened");
                stdout.WriteLine();
                continue;
            }

            var verdict = result.HasErrors ? (zh ? "无效" : "invalid") : (zh ? "有效" : "valid");
            stdout.WriteLine(zh
                ? $"{path}: {verdict}（错误 {result.ErrorCount}，警告 {result.WarningCount}，提示 {result.InfoCount}）"
                : $"{path}: {verdict} ({result.ErrorCount} errors, {result.WarningCount} warnings, {result.InfoCount} info)");
            if (result.Findings.Count == 0)
            {
                stdout.WriteLine();
                continue;
            }

            var rows = result.Findings.Select(f => (Severity: SeverityName(f.Severity), Rule: f.Keyword is null ? f.RuleId : $"{f.RuleId}/{f.Keyword}", Pointer: f.Pointer.Length == 0 ? "/" : f.Pointer, Message: f.GetMessage(language))).ToList();
            var w1 = Math.Max(8, rows.Max(r => r.Severity.Length));
            var w2 = Math.Max(4, rows.Max(r => r.Rule.Length));
            var w3 = Math.Max(7, rows.Max(r => r.Pointer.Length));
            stdout.WriteLine($"  {"severity".PadRight(w1)}  {"rule".PadRight(w2)}  {"pointer".PadRight(w3)}  message");
            foreach (var row in rows)
            {
                stdout.WriteLine($"  {row.Severity.PadRight(w1)}  {row.Rule.PadRight(w2)}  {row.Pointer.PadRight(w3)}  {row.Message}");
            }

            stdout.WriteLine();
        }
    }

    private static void WriteJson(List<(string Path, ValidationResult? Result)> results, MessageLanguage language, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var (path, result) in results)
            {
                writer.WriteStartObject();
                writer.WriteString("path", path);
                writer.WriteBoolean("valid", result is { HasErrors: false });
                if (result is null)
                {
                    writer.WriteString("error", "cannot be opened");
                }

                writer.WriteStartArray("findings");
                foreach (var f in result?.Findings ?? EquatableArray<Finding>.Empty)
                {
                    writer.WriteStartObject();
                    writer.WriteString("rule", f.RuleId);
                    writer.WriteString("severity", SeverityName(f.Severity));
                    writer.WriteString("pointer", f.Pointer);
                    writer.WriteStartArray("related");
                    foreach (var related in f.Related)
                    {
                        writer.WriteStringValue(related);
                    }

                    writer.WriteEndArray();
                    if (f.Keyword is not null)
                    {
                        writer.WriteString("keyword", f.Keyword);
                    }

                    WriteNumberOrNull(writer, "expected", f.Expected);
                    WriteNumberOrNull(writer, "actual", f.Actual);
                    writer.WriteString("message", f.GetMessage(language));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
