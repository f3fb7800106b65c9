#if !LIBRARY_NETSTANDARD
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>
/// Ajv 8 (<c>tests/ajv</c>: <c>ajv/dist/2020</c> for the canonical file, the default class for the draft-07
/// twin, with ajv-formats) gives the same verdict as this library on every example and on generated
/// documents. Needs Node and npm; runs <c>npm ci</c> in <c>tests/ajv</c> when its packages are missing.
/// Runs in the net8.0 test project only (one Node run per test pass).
/// </summary>
public class AjvAgreementTests
{
    [Fact]
    public void Ajv_agrees_with_the_library_on_examples_and_generated_documents()
    {
        var ajv = NodeProject.Ready("ajv", "ajv", "ajv-formats");
        var dir = Path.Combine(Path.GetTempPath(), "govdisclosure-ajv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var files = new List<string> { TestFiles.TonggoExamplePath, TestFiles.ShanghaiExamplePath };
            files.AddRange(Directory.GetFiles(TestFiles.Example("invalid"), "*.json").OrderBy(f => f, StringComparer.Ordinal));
            var generated = SchemaCases.Any.Array[400].Single();
            for (var i = 0; i < generated.Length; i++)
            {
                var path = Path.Combine(dir, $"case-{i:D3}.json");
                File.WriteAllText(path, generated[i].Json, new UTF8Encoding(false));
                files.Add(path);
            }

            var list = Path.Combine(dir, "list.json");
            File.WriteAllText(list, JsonSerializer.Serialize(files));
            var (exit, stdout, stderr) = ajv.Node("verdicts.mjs", Path.Combine(TestFiles.RepoRoot, "schema"), list);
            Assert.True(exit == 0, $"node verdicts.mjs failed ({exit}): {stderr}");

            var lines = stdout.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
            Assert.Equal(files.Count, lines.Length);
            var disagreements = new List<string>();
            var invalidSeen = 0;
            foreach (var line in lines)
            {
                using var verdict = JsonDocument.Parse(line);
                var file = verdict.RootElement.GetProperty("file").GetString()!;
                var bytes = File.ReadAllBytes(file);
                var ours = ReportSchema.Evaluate(bytes).Findings.Count == 0;
                var reader = ReportJson.TryRead(bytes, out _, out _);
                var ajv2020 = verdict.RootElement.GetProperty("draft2020").GetBoolean();
                var ajv07 = verdict.RootElement.GetProperty("draft07").GetBoolean();
                invalidSeen += ours ? 0 : 1;
                if (ours != ajv2020 || ours != ajv07 || ours != reader)
                {
                    disagreements.Add($"{file}: ours {ours}, reader {reader}, ajv 2020-12 {ajv2020}, ajv draft-07 {ajv07}; ajv errors {verdict.RootElement.GetProperty("errors")}; {Encoding.UTF8.GetString(bytes).Substring(0, Math.Min(300, bytes.Length))}");
                }
            }

            Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
            Assert.True(invalidSeen > 100, $"only {invalidSeen} invalid documents were compared");
            Assert.True(files.Count - invalidSeen > 50, "too few valid documents were compared");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
#endif
