#if !LIBRARY_NETSTANDARD
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>
/// The draft-07 schema (one branch per format under <c>oneOf</c>) in the two form builders it is for, without a
/// browser (<c>tests/forms</c>): JSON Forms (core) compiles it with its own Ajv, generates a control per section of
/// each format's branch and labels leaf controls with the official labels; react-jsonschema-form (utils +
/// validator-ajv8) picks the branch by <c>formatVersion</c>, resolves the titles of table rows, and the form state it
/// starts an empty form of each format with — once a user fills the free-text fields and the money amounts — is a
/// report of that format our strict reader accepts and the rules pass. Neither logs an error.
/// Runs in the net8.0 test project only.
/// </summary>
public class FormBuilderTests
{
    [Fact]
    public void Form_builders_take_the_draft_07_schema_and_an_empty_form_becomes_a_valid_report()
    {
        var forms = NodeProject.Ready("forms", "@jsonforms/core", "@rjsf/utils", "@rjsf/validator-ajv8");

        var (exit, stdout, stderr) = forms.Node("forms.mjs", Path.Combine(TestFiles.RepoRoot, "schema"), TestFiles.TonggoExamplePath, TestFiles.ShanghaiExamplePath);

        Assert.True(exit == 0, $"node forms.mjs failed ({exit}): {stderr}");
        using var result = JsonDocument.Parse(stdout);
        var root = result.RootElement;
        Assert.Empty(root.GetProperty("errorsLogged").EnumerateArray());
        Assert.All(root.GetProperty("jsonforms").GetProperty("examplesValid").EnumerateArray(), v => Assert.True(v.GetBoolean()));
        Assert.All(root.GetProperty("rjsf").GetProperty("exampleErrors").EnumerateArray(), v => Assert.Equal(0, v.GetInt32()));
        Assert.Equal("2021", root.GetProperty("rjsf").GetProperty("emptyFormFormatVersion").GetString());

        var formats = root.GetProperty("formats");
        Assert.Equal(ReportFormatInfo.All.Select(f => f.Version).OrderBy(v => v), formats.EnumerateObject().Select(p => p.Name).OrderBy(v => v));
        foreach (var info in ReportFormatInfo.All)
        {
            var format = formats.GetProperty(info.Version);
            Assert.Equal(info.ReportType.Name, format.GetProperty("definition").GetString());
            Assert.Equal(
                new[] { "formatVersion", "metadata", "overview", "proactiveDisclosure", "applications", "reviewAndLitigation", "problemsAndImprovements", "otherMatters", "sourceNotes" }
                    .Select(p => "#/properties/" + p),
                format.GetProperty("controls").EnumerateArray().Select(e => e.GetString()));
            var labels = format.GetProperty("labels");
            Assert.Equal("自然人", labels.GetProperty("naturalPersons").GetString());
            Assert.Equal("结果维持", labels.GetProperty("upheld").GetString());
            Assert.Equal("发布机关", labels.GetProperty("agencyName").GetString());

            var titles = format.GetProperty("titles");
            Assert.Equal("一、本年新收政府信息公开申请数量", titles.GetProperty("newlyReceived").GetString());
            Assert.Equal("（七）总计", titles.GetProperty("total").GetString());
            Assert.Equal("（六）其他处理", titles.GetProperty("otherHandling").GetString());
            Assert.Equal(info.Version, format.GetProperty("defaultsFormatVersion").GetString());
            Assert.Empty(format.GetProperty("filledErrors").EnumerateArray());

            // The empty form of each format, once filled in, is a report of that format the reader accepts and the rules pass.
            var filled = format.GetProperty("filled").GetRawText();
            Assert.True(ReportJson.TryRead(filled, out var report, out var error), error?.MessageEn);
            Assert.Equal(info.Format, report!.Format);
            Assert.False(ReportValidator.Validate(report).HasErrors);
        }
    }
}
#endif
