using System;
using System.IO;
using System.Text.Json;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests.Publishing;

/// <summary>
/// A fact that needs the Debian Chromium (<c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>). Without it the test is
/// skipped with the reason — except on CI (<c>CI=true</c>), where a missing browser fails the test.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium fonts-noto-cjk); on CI (CI=true) this test fails instead.";
        }
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}

/// <summary>
/// The published page of each format opened in headless Chromium (puppeteer-core, <c>tests/browser/rendered-page.test.mjs</c>):
/// table 三's grid computed from rowSpan/colSpan in the page — 28 × 10 for the 2021 format, 26 × 10 for 2019 — with the
/// official merged cells, cell boxes on the grid, the width of A4 in print, and a screenshot under <c>artifacts/render/</c>.
/// </summary>
public class RenderedPageTests
{
    [BrowserFact]
    public void The_example_pages_of_both_formats_lay_out_in_a_browser_as_published()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), $"Chromium is required on CI: {BrowserFactAttribute.ChromiumPath} is missing (apt-get install chromium fonts-noto-cjk).");
        var project = NodeProject.Ready("browser", "puppeteer-core");
        var directory = Path.Combine(TestFiles.RepoRoot, "artifacts", "render");
        Directory.CreateDirectory(directory);
        var pages = new[] { ("tonggu-county-2021", 28), ("shanghai-gov-office-2019", 26) };
        using var manifest = new MemoryStream();
        using (var json = new Utf8JsonWriter(manifest))
        {
            json.WriteStartArray();
            foreach (var (name, rows) in pages)
            {
                var report = ReportJson.Read(File.ReadAllBytes(TestFiles.Example(name + ".json")));
                var html = Path.Combine(directory, name + ".html");
                File.WriteAllText(html, ReportPublisher.ToText(report, PublishFormat.Html));
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("html", html);
                json.WriteString("screenshot", Path.Combine(directory, name + ".png"));
                json.WriteNumber("rows", rows);
                json.WriteNumber("columns", 10);
                json.WriteEndObject();
                File.Delete(Path.Combine(directory, name + ".png"));
            }

            json.WriteEndArray();
        }

        var manifestPath = Path.Combine(directory, "pages.json");
        File.WriteAllBytes(manifestPath, manifest.ToArray());
        Environment.SetEnvironmentVariable("RENDERED_PAGES", manifestPath); // read by the script, inherited by node
        var (exit, stdout, stderr) = project.Node("--test", "rendered-page.test.mjs");

        Assert.True(exit == 0, $"node --test rendered-page.test.mjs failed ({exit}):\n{stdout}\n{stderr}");
        Assert.Contains("# pass 2", stdout);
        foreach (var (name, _) in pages)
        {
            var screenshot = new FileInfo(Path.Combine(directory, name + ".png"));
            Assert.True(screenshot.Exists && screenshot.Length > 20_000, $"{screenshot.FullName} was not written");
        }
    }
}
