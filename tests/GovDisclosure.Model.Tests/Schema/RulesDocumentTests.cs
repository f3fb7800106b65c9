#if !LIBRARY_NETSTANDARD
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>
/// <c>schema/annual-report.rules.json</c> is generated from the rule set (UPDATE_SCHEMA=1 rewrites it), and
/// <c>schema/annual-report.rules.mjs</c> evaluating it gives exactly the .NET findings of its rules on thousands of
/// mutated reports and pairs of both formats (run with Node's test runner, <c>tests/rules-js</c>).
/// </summary>
public class RulesDocumentTests
{
    private static readonly ReportValidationOptions Options = new() { CurrentYear = 2025 };

    private static string RulesPath => Path.Combine(TestFiles.RepoRoot, "schema", RulesDocumentGenerator.FileName);

    [Fact]
    public void Committed_rules_document_equals_the_generated_one()
    {
        var generated = RulesDocumentGenerator.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(RulesPath, generated, new UTF8Encoding(false));
        }

        Assert.True(generated == File.ReadAllText(RulesPath), $"{RulesPath} differs from the rule set; run the tests with UPDATE_SCHEMA=1 to regenerate it.");
        using var doc = JsonDocument.Parse(generated);
        var formats = doc.RootElement.GetProperty("formats");
        Assert.Equal((25 + 7 + 7 + 3), formats.GetProperty("2021").GetProperty("sums").GetArrayLength());
        Assert.Equal((23 + 7 + 7 + 3), formats.GetProperty("2019").GetProperty("sums").GetArrayLength());
    }

    [Fact]
    public void The_javascript_module_gives_the_dotnet_findings()
    {
        var random = new Random(20261202);
        var cases = new JsonArray();
        for (var i = 0; i < 2000; i++)
        {
            var format = i % 2 == 0 ? ReportFormat.Format2021 : ReportFormat.Format2019;
            var report = Mutate(TestReports.Consistent(format), random, random.Next(0, 4));
            AnnualReport? previous = null;
            if (i % 4 == 1)
            {
                var before = format == ReportFormat.Format2019 || random.Next(2) == 0 ? (AnnualReport)TestReports.Consistent2019() : TestReports.Consistent();
                before = before with { Metadata = before.Metadata with { ReportYear = report.Metadata.ReportYear - (random.Next(5) == 0 ? 2 : 1) } };
                previous = Mutate(before, random, random.Next(0, 3));
            }

            var findings = ReportValidator.Validate(report, previous, Options).Findings.Where(f => RulesDocumentGenerator.Rules.Contains(f.RuleId));
            cases.Add(new JsonObject
            {
                ["report"] = JsonNode.Parse(ReportJson.Write(report)),
                ["previous"] = previous is null ? null : JsonNode.Parse(ReportJson.Write(previous)),
                ["findings"] = new JsonArray(findings.Select(f => (JsonNode)new JsonObject
                {
                    ["rule"] = f.RuleId,
                    ["severity"] = f.Severity.ToString().ToLowerInvariant(),
                    ["pointer"] = f.Pointer,
                    ["related"] = new JsonArray(f.Related.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
                    ["expected"] = f.Expected,
                    ["actual"] = f.Actual,
                    ["message"] = f.MessageZh,
                }).ToArray()),
            });
        }

        Assert.True(cases.Count(c => c!["findings"]!.AsArray().Count > 0) > 1000, "most cases have findings");
        var path = Path.Combine(Path.GetTempPath(), $"rules-cases-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, cases.ToJsonString());
        try
        {
            var (exit, output) = RunNode(path);
            Assert.True(exit == 0, output);
            Assert.Contains("agrees with the .NET validators on 2000 cases", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Adds random amounts to a few random table 三 and 四 cells (staying non-negative).</summary>
    private static AnnualReport Mutate(AnnualReport report, Random random, int changes)
    {
        var cells = ReportCells.For(report.Format).Where(c => c.Pointer.StartsWith("/applications/", StringComparison.Ordinal) || c.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)).ToArray();
        for (var k = 0; k < changes; k++)
        {
            var cell = cells[random.Next(cells.Length)];
            var delta = random.Next(1, 5);
            report = TestReports.Add(report, cell.Pointer, random.Next(3) == 0 && cell.GetValue(report) >= delta ? -delta : delta);
        }

        return report;
    }

    private static (int Exit, string Output) RunNode(string casesPath)
    {
        var start = new ProcessStartInfo("node", "--test tests/rules-js/rules.test.mjs")
        {
            WorkingDirectory = TestFiles.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["RULES_CASES"] = casesPath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
#endif
