using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>The strict reader and the schema diagnosis word the same problem the same way (after where it is).</summary>
public class WordingAgreementTests
{
    [Theory]
    [InlineData("-1", "cannot be negative (found -1)", "不能为负数（实为 -1）")]
    [InlineData("\"7\"", "a number must not be sent as a string; expected a non-negative integer", "数字不能写成字符串，应为非负整数")]
    [InlineData("7.5", "expected an integer, found 7.5", "应为整数，实为 7.5")]
    [InlineData("null", "null is not allowed here; expected a non-negative integer", "不允许为 null，应为非负整数")]
    [InlineData("true", "wrong type: expected a non-negative integer, found a boolean", "类型错误：应为非负整数，实为布尔值")]
    public void A_bad_count_is_worded_alike_by_reader_and_schema(string value, string en, string zh)
    {
        var doc = JsonNode.Parse(TestFiles.TongguBytes())!;
        doc["reviewAndLitigation"]!["administrativeReview"]!["upheld"] = JsonNode.Parse(value);
        var json = doc.ToJsonString();

        Assert.False(ReportJson.TryRead(json, out _, out var reader));
        var schema = Assert.Single(ReportSchema.Evaluate(json).Findings);

        Assert.Equal(schema.Pointer, reader!.Pointer);
        Assert.EndsWith(en, reader.MessageEn);
        Assert.EndsWith(en, schema.MessageEn);
        Assert.EndsWith(zh, reader.MessageZh);
        Assert.EndsWith(zh, schema.MessageZh);
    }

    [Fact]
    public void An_unknown_member_is_worded_alike_by_reader_and_schema()
    {
        var doc = JsonNode.Parse(TestFiles.TongguBytes())!;
        doc["metadata"]!["agencyNameEn"] = "x";
        var json = doc.ToJsonString();

        Assert.False(ReportJson.TryRead(json, out _, out var reader));
        var schema = ReportSchema.Evaluate(json).Findings.Single();

        Assert.EndsWith("the format has no member \"agencyNameEn\"", reader!.MessageEn);
        Assert.EndsWith("the format has no member \"agencyNameEn\"", schema.MessageEn);
        Assert.EndsWith("格式中没有成员 “agencyNameEn”", reader.MessageZh);
        Assert.EndsWith("格式中没有成员 “agencyNameEn”", schema.MessageZh);
    }
}
