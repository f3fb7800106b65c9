using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Text;
using GovDisclosure.Model.Documents;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;
using SharpFuzz;

namespace GovDisclosure.Model.Fuzz;

/// <summary>
/// Fuzz targets for afl-fuzz through SharpFuzz. Each entry point promises never to throw for any input
/// bytes, so any exception (or a hang, or a crash) is a finding. Usage: GovDisclosure.Model.Fuzz TARGET,
/// with TARGET one of read, validate, stream, schema (the JSON entry points), published (a published
/// document of any kind, detected from its bytes), html, pdf, docx, text (one kind each).
/// </summary>
/// <remarks>
/// The document targets also hold the package to a stricter standard than its promise: the public entry
/// point turns any exception of a reader into a "cannot be read" finding, so a programming error (an index
/// out of range, a null dereference, an empty sequence…) thrown by the library's own code would pass
/// unnoticed. Such an exception, even when caught, fails the input.
/// </remarks>
public static class Program
{
    private static readonly HashSet<Type> ProgrammingErrors = new()
    {
        typeof(NullReferenceException), typeof(IndexOutOfRangeException), typeof(ArgumentOutOfRangeException), typeof(ArgumentException),
        typeof(ArgumentNullException), typeof(InvalidCastException), typeof(KeyNotFoundException), typeof(DivideByZeroException),
        typeof(InvalidOperationException), typeof(OverflowException), typeof(FormatException), typeof(NotSupportedException),
        typeof(NotImplementedException),
    };

    [ThreadStatic]
    private static Exception? ownError;

    private static PublishedReportResult? LastResult { get; set; }

    public static int Main(string[] args)
    {
        var name = args.Length > 0 ? args[0] : string.Empty;
        Action<byte[]>? target = name switch
        {
            "read" => bytes => ReportJson.TryRead(bytes, out _, out _),
            "validate" => bytes => ReportValidator.ValidateJson(bytes),
            "stream" => bytes => ReportValidator.ValidateJson(new MemoryStream(bytes), null, new ReportReadOptions { MaxSize = 1 << 20 }),
            "schema" => bytes => ReportSchema.Evaluate(bytes),
            "published" => bytes => Published(bytes, null, null),
            "html" => bytes => Published(bytes, "report.html", DocumentKind.Html),
            "pdf" => bytes => Published(bytes, "report.pdf", DocumentKind.Pdf),
            "docx" => bytes => Published(bytes, "report.docx", DocumentKind.Docx),
            "text" => bytes => Published(bytes, "report.txt", DocumentKind.Text),
            _ => null,
        };
        if (target is null)
        {
            Console.Error.WriteLine("usage: GovDisclosure.Model.Fuzz read|validate|stream|schema|published|html|pdf|docx|text  (input on stdin, under afl-fuzz)");
            return 2;
        }

        var documents = name is "published" or "html" or "pdf" or "docx" or "text";
        if (args.Length > 1)
        {
            // Replays files outside afl-fuzz: GovDisclosure.Model.Fuzz TARGET FILE...
            if (documents)
            {
                Watch();
            }

            for (var i = 1; i < args.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                LastResult = null;
                target(File.ReadAllBytes(args[i]));
                var read = LastResult is { } result ? $" ({result.Source.Kind}, {(result.Report is null ? "no report" : "a report")}, {result.Findings.Count} findings)" : string.Empty;
                Console.WriteLine($"{args[i]}: ok in {watch.ElapsedMilliseconds} ms{read}");
            }

            return 0;
        }

        // Instrumented code may only run once the fuzzer has started: the watch starts with the first input.
        var watching = !documents;
        Fuzzer.OutOfProcess.Run(stream =>
        {
            if (!watching)
            {
                Watch();
                watching = true;
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }

    /// <summary>
    /// Reads a published document through the public entry point. With a kind, inputs the package does not take
    /// for that kind are skipped (the public API has no way to force a kind; the file name only decides when the
    /// bytes do not), so the run stays on one reader.
    /// </summary>
    private static void Published(byte[] bytes, string? fileName, DocumentKind? kind)
    {
        if (kind is { } wanted)
        {
            var detected = PublishedReport.Detect(bytes, fileName);
            if (detected != wanted && !(wanted == DocumentKind.Text && detected == DocumentKind.Markdown))
            {
                return;
            }
        }

        ownError = null;
        var result = PublishedReport.Read(bytes, fileName);
        LastResult = result;
        if (ownError is { } error)
        {
            throw new InvalidOperationException($"the library's own code threw {error.GetType().Name} (the result said: {Summary(result)})", error);
        }

        if (result.Report is null && result.Findings.Count == 0)
        {
            throw new InvalidOperationException("no report and no finding");
        }
    }

    private static string Summary(PublishedReportResult result)
    {
        var text = new StringBuilder();
        foreach (var finding in result.Findings)
        {
            text.Append(finding.RuleId).Append(": ").Append(finding.MessageEn).Append("; ");
        }

        return text.ToString();
    }

    /// <summary>Records a programming-error exception thrown by the library's own code, even one that is caught later.</summary>
    private static void Watch()
    {
        // The first read initialises the package's tables of formats (the core catalogue is asked for every
        // format and says no to unknown ones): done before watching.
        PublishedReport.Read(Encoding.UTF8.GetBytes("一、总体情况\n二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n"), "warm-up.md");
        AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
    }

    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (ownError is not null || !ProgrammingErrors.Contains(e.Exception.GetType()))
        {
            return;
        }

        // The nearest frame outside the base library's core says whose code went wrong. Exceptions thrown
        // inside the BCL's own parsers (XML, zip) are theirs to turn into their documented exceptions.
        foreach (var frame in new StackTrace(1, false).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            var assembly = type?.Assembly.GetName().Name ?? string.Empty;
            if (type == typeof(Program))
            {
                return;
            }

            if (assembly is "System.Private.CoreLib" or "System.Runtime" or "System.Linq" or "System.Collections" or "System.Collections.Immutable"
                or "System.Memory" or "netstandard" or "mscorlib")
            {
                continue;
            }

            if (assembly.StartsWith("GovDisclosure.Model", StringComparison.Ordinal))
            {
                ownError = e.Exception;
            }

            return;
        }
    }
}
