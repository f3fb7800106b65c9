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
/// The draft-07 schema in the two form builders it is for, without a browser (<c>tests/forms</c>):
/// JSON Forms (core) compiles it with its own Ajv, generates a control per section and labels leaf
/// controls with the official labels; react-jsonschema-form (utils + validator-ajv8) resolves the titles
/// of table rows, and the form state it starts an empty form with — once a user fills the free-text
/// fields and the one money amount — is a report our strict reader accepts and the rules pass.
/// Runs in the net8.0 test project only.
/// </summary>
public class FormBuilderTests
{
    [Fact]
    public void Form_builders_take_the_draft_07_schema_and_an_empty_form_becomes_a_valid_report()
    {
        var forms = NodeProject.Ready("forms", "@jsonforms/core", "@rjsf/utils", "@rjsf/validator-ajv8");

        var (exit, stdout, stderr) = forms.Node("forms.mjs", Path.Combine(TestFiles.RepoRoot, "schema"), TestFiles.TonggoExamplePath);

        Assert.True(exit == 0, $"node forms.mjs failed ({exit}): {stderr}");
        using var result = JsonDocument.Parse(stdout);
        var jsonforms = result.RootElement.GetProperty("jsonforms");
        Assert.True(jsonforms.GetProperty("exampleValid").GetBoolean());
        Assert.Equal(
            new[] { "formatVersion", "metadata", "overview", "proactiveDisclosure", "applications", "reviewAndLitigation", "problemsAndImprovements", "otherMatters", "sourceNotes" }
                .Select(p => "#/properties/" + p),
            jsonforms.GetProperty("controls").EnumerateArray().Select(e => e.GetString()));
        var labels = jsonforms.GetProperty("labels");
        Assert.Equal("自然人", labels.GetProperty("naturalPersons").GetString());
        Assert.Equal("结果维持", labels.GetProperty("upheld").GetString());
        Assert.Equal("发布机关", labels.GetProperty("agencyName").GetString());

        var rjsf = result.RootElement.GetProperty("rjsf");
        Assert.Equal(0, rjsf.GetProperty("exampleErrors").GetInt32());
        Assert.Equal("一、本年新收政府信息公开申请数量", rjsf.GetProperty("titles").GetProperty("newlyReceived").GetString());
        Assert.Equal("（七）总计", rjsf.GetProperty("titles").GetProperty("total").GetString());
        Assert.Empty(rjsf.GetProperty("filledErrors").EnumerateArray());

        var filled = rjsf.GetProperty("filled").GetRawText();
        Assert.True(ReportJson.TryRead(filled, out var report, out var error), error?.MessageEn);
        Assert.Equal(ApplicantCounts.Zero, ((AnnualReport2021)report!).Applications.Outcomes.Total);
        Assert.False(ReportValidator.Validate(report).HasErrors);
    }
}
#endif
