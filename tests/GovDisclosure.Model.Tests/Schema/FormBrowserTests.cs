#if !LIBRARY_NETSTANDARD
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovDisclosure.Model.Formats;
using GovDisclosure.Model.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>
/// The form layouts in a real browser: <c>tests/browser/forms.test.mjs</c> (Node's test runner, puppeteer-core, the Debian
/// Chromium) opens JSON Forms and react-jsonschema-form with the UI schemas of both formats (<c>samples/form</c>, built
/// with esbuild) and checks from the DOM that every official label the model defines is shown and no English member
/// name, that table 三's rows each stand as one line of seven inputs, that the examples load and save unchanged, and that
/// the demo computes totals as the clerk types and shows the rules' findings and Chinese messages beside the cells.
/// Screenshots and the measured heights and times go to <c>artifacts/browser/</c>.
/// </summary>
public class FormBrowserTests
{
    private readonly ITestOutputHelper _output;

    public FormBrowserTests(ITestOutputHelper output) => _output = output;

    [ChromiumFact]
    public void Both_form_builders_show_the_report_and_the_demo_keeps_totals_and_findings_as_the_clerk_types()
    {
        Assert.True(Chromium.IsInstalled, $"CI=true and Chromium is not installed at {Chromium.Path}: .ci/run installs chromium and fonts-noto-cjk.");
        NodeProject.Ready("browser", "puppeteer-core");
        NodeProject.ReadyAt("samples/form", "esbuild", "react-dom", "@rjsf/core", "@rjsf/validator-ajv8", "@jsonforms/react", "@jsonforms/vanilla-renderers", "ajv-i18n", "bootstrap");

        // The labels the model defines for each format, for the browser to find on the page.
        var expected = Path.Combine(Path.GetTempPath(), $"forms-expected-{Guid.NewGuid():N}.json");
        File.WriteAllText(expected, JsonSerializer.Serialize(ReportFormatInfo.All.ToDictionary(f => f.Version, f => UiSchemaFileTests.OfficialLabels(f).ToArray())));
        try
        {
            var (exit, stdout, stderr) = NodeProject.NodeTest(
                "tests/browser/forms.test.mjs",
                new Dictionary<string, string> { ["FORMS_EXPECTED"] = expected },
                TimeSpan.FromMinutes(5));
            foreach (var line in stdout.Split('\n').Where(l => l.StartsWith("# measurements ", StringComparison.Ordinal)))
            {
                _output.WriteLine(line.Substring(2));
            }

            Assert.True(exit == 0, $"the browser test failed ({exit}):\n{stdout}\n{stderr}");
            var passed = int.Parse(Regex.Match(stdout, @"^# pass (\d+)", RegexOptions.Multiline).Groups[1].Value);
            Assert.True(passed >= 7, $"only {passed} browser checks passed:\n{stdout}");
            Assert.Matches(@"(?m)^# fail 0$", stdout);
            Assert.Matches(@"(?m)^# skipped 0$", stdout);
        }
        finally
        {
            File.Delete(expected);
        }
    }
}
#endif
