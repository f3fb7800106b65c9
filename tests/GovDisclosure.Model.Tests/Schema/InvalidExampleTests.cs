using System.IO;
using System.Linq;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>Each invalid example in <c>schema/examples/invalid/</c> is rejected by the reader and by the schema, at the expected keyword and pointer.</summary>
public class InvalidExampleTests
{
    public static readonly TheoryData<string, string, string> Cases = new()
    {
        { "negative-count.json", "minimum", "/reviewAndLitigation/administrativeReview/upheld" },
        { "count-as-string.json", "type", "/applications/newlyReceived/naturalPersons" },
        { "fractional-count.json", "type", "/proactiveDisclosure/licensing/decisions" },
        { "unknown-member.json", "additionalProperties", "/metadata/agencyNameEn" },
        { "missing-table-4.json", "required", "" },
        { "null-optional-member.json", "type", "/metadata/sourceUrl" },
        { "wrong-format-version.json", "const", "/formatVersion" },
        { "impossible-publication-date.json", "format", "/metadata/publicationDate" },
        { "division-code-with-letters.json", "pattern", "/metadata/administrativeDivisionCode" },
        { "negative-fee-amount.json", "minimum", "/proactiveDisclosure/administrativeFees/amountTenThousandYuan" },
        { "source-note-for-unknown-cell.json", "enum", "/sourceNotes/~1applications~1total" },
    };

    [Fact]
    public void Every_invalid_example_has_a_case()
    {
        var files = Directory.GetFiles(TestFiles.Example("invalid"), "*.json").Select(Path.GetFileName).OrderBy(f => f).ToArray();
        Assert.Equal(Cases.Select(c => (string)c[0]).OrderBy(f => f).ToArray(), files);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_example_is_rejected_by_reader_schema_and_entry_point(string file, string keyword, string pointer)
    {
        var bytes = File.ReadAllBytes(TestFiles.Example(Path.Combine("invalid", file)));
        Assert.False(ReportJson.TryRead(bytes, out _, out _));

        var schema = ReportSchema.Evaluate(bytes);
        Assert.Contains(schema.Findings, f => f.RuleId == RuleIds.Schema && f.Keyword == keyword && f.Pointer == pointer);
        Assert.All(schema.Findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.MessageZh));
            Assert.False(string.IsNullOrWhiteSpace(f.MessageEn));
            Assert.DoesNotContain("should", f.MessageEn);
        });

        var result = ReportValidator.ValidateJson(bytes);
        Assert.Null(result.Report);
        Assert.Equal(schema.Findings, result.Findings);
    }

    [Fact]
    public void Messages_name_the_member_by_its_official_label()
    {
        var finding = ReportSchema.Evaluate(File.ReadAllBytes(TestFiles.Example("invalid/negative-count.json"))).Findings.Single();
        Assert.Equal("/reviewAndLitigation/administrativeReview/upheld（行政复议 · 结果维持）：不能为负数（实为 -1）", finding.MessageZh);
        Assert.Contains("cannot be negative", finding.MessageEn);

        var missing = ReportSchema.Evaluate(File.ReadAllBytes(TestFiles.Example("invalid/missing-table-4.json"))).Findings.Single();
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", missing.MessageZh);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":1,}")]
    [InlineData("// c\n{}")]
    public void Text_that_is_not_json_gives_one_json_finding(string text)
    {
        var finding = Assert.Single(ReportSchema.Evaluate(text).Findings);
        Assert.Equal(RuleIds.Json, finding.RuleId);
        var endToEnd = Assert.Single(ReportValidator.ValidateJson(System.Text.Encoding.UTF8.GetBytes(text)).Findings);
        Assert.Equal(RuleIds.Json, endToEnd.RuleId);
    }

    [Fact]
    public void Invalid_utf8_gives_one_json_finding()
    {
        var bytes = new byte[] { (byte)'"', 0xC3, 0x28, (byte)'"' };
        var finding = Assert.Single(ReportSchema.Evaluate(bytes).Findings);
        Assert.Equal(JsonReadKeywords.Encoding, finding.Keyword);
    }

    [Fact]
    public void A_valid_report_goes_to_the_rules_with_its_model()
    {
        var result = ReportValidator.ValidateJson(TestFiles.TongguBytes());
        Assert.NotNull(result.Report);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is RuleIds.Schema or RuleIds.Json);
        using var stream = File.OpenRead(TestFiles.TonggoExamplePath);
        Assert.Empty(ReportSchema.Evaluate(stream).Findings);
    }
}
