using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Serialization;

/// <summary>One test per class of bad input: each asserts the keyword, the JSON Pointer and the message.</summary>
public class StrictReadTests
{
    private static JsonObject Example() => JsonNode.Parse(TestFiles.TongguBytes())!.AsObject();

    private static Finding Fails(string json)
    {
        Assert.False(ReportJson.TryRead(json, out var report, out var error));
        Assert.Null(report);
        Assert.NotNull(error);
        Assert.Equal(RuleIds.Json, error!.RuleId);
        Assert.Equal(Severity.Error, error.Severity);
        var thrown = Assert.Throws<ReportReadException>(() => ReportJson.Read(json));
        Assert.Equal(error, thrown.Finding);
        return error;
    }

    private static Finding Fails(byte[] utf8)
    {
        Assert.False(ReportJson.TryRead(utf8, out _, out var error));
        Assert.Equal(RuleIds.Json, error!.RuleId);
        Assert.Throws<ReportReadException>(() => ReportJson.Read(utf8));
        return error;
    }

    private static Finding Mutate(Action<JsonObject> mutate)
    {
        var doc = Example();
        mutate(doc);
        return Fails(doc.ToJsonString());
    }

    [Fact]
    public void Unknown_property_is_rejected_at_its_pointer()
    {
        var f = Mutate(d => d["applications"]!["outcomes"]!["subtotal"] = 3);

        Assert.Equal(JsonReadKeywords.UnknownProperty, f.Keyword);
        Assert.Equal("/applications/outcomes/subtotal", f.Pointer);
        Assert.Contains("subtotal", f.MessageZh);
        Assert.Contains("the format has no member \"subtotal\"", f.MessageEn);
    }

    [Fact]
    public void Unknown_property_in_a_row_of_counts_is_rejected_at_its_pointer()
    {
        var f = Mutate(d => d["applications"]!["newlyReceived"]!["legalPersons"] = 3);

        Assert.Equal(JsonReadKeywords.UnknownProperty, f.Keyword);
        Assert.Equal("/applications/newlyReceived/legalPersons", f.Pointer);
        Assert.Contains("the format has no member \"legalPersons\"", f.MessageEn);
    }

    [Fact]
    public void Duplicate_property_in_a_group_of_counts_is_rejected_at_its_pointer()
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes())
            .Replace("\"litigationDirect\": {\n      \"upheld\": 0,", "\"litigationDirect\": {\n      \"upheld\": 0,\n      \"upheld\": 1,");

        var f = Fails(json);

        Assert.Equal(JsonReadKeywords.DuplicateProperty, f.Keyword);
        Assert.Equal("/reviewAndLitigation/litigationDirect/upheld", f.Pointer);
        Assert.Contains("重复", f.MessageZh);
    }

    [Fact]
    public void Bad_value_in_a_row_of_counts_is_rejected_at_its_cell()
    {
        var f = Mutate(d => d["applications"]!["outcomes"]!["notDisclosed"]!["stateSecret"]!["naturalPersons"] = -3);

        Assert.Equal(JsonReadKeywords.Range, f.Keyword);
        Assert.Equal("/applications/outcomes/notDisclosed/stateSecret/naturalPersons", f.Pointer);
        Assert.Contains("cannot be negative", f.MessageEn);
    }

    [Fact]
    public void Escaped_member_names_are_the_same_names()
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes())
            .Replace("\"naturalPersons\": 7", "\"natural\\u0050ersons\": 7")
            .Replace("\"agencyName\"", "\"agency\\u004eame\"");

        Assert.Equal(ReportJson.Read(TestFiles.TongguBytes()), ReportJson.Read(json));
    }

    [Fact]
    public void Unknown_property_at_the_root_is_rejected()
    {
        var f = Mutate(d => d["extra"] = "x");

        Assert.Equal(JsonReadKeywords.UnknownProperty, f.Keyword);
        Assert.Equal("/extra", f.Pointer);
    }

    [Fact]
    public void Duplicate_property_is_rejected_at_its_pointer()
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes())
            .Replace("\"reportYear\": 2021,", "\"reportYear\": 2021,\n    \"reportYear\": 2022,");

        var f = Fails(json);

        Assert.Equal(JsonReadKeywords.DuplicateProperty, f.Keyword);
        Assert.Equal("/metadata/reportYear", f.Pointer);
        Assert.Contains("reportYear", f.MessageEn);
        Assert.Contains("重复", f.MessageZh);
    }

    [Fact]
    public void Missing_required_cell_is_rejected_at_its_object_naming_the_member()
    {
        var f = Mutate(d => d["applications"]!["newlyReceived"]!.AsObject().Remove("legalServiceAgencies"));

        Assert.Equal(JsonReadKeywords.Required, f.Keyword);
        Assert.Equal("/applications/newlyReceived", f.Pointer);
        Assert.Contains("legalServiceAgencies", f.MessageEn);
        Assert.Contains("缺少必需成员", f.MessageZh);
    }

    [Fact]
    public void Missing_required_section_is_rejected()
    {
        var f = Mutate(d => d.Remove("reviewAndLitigation"));

        Assert.Equal(JsonReadKeywords.Required, f.Keyword);
        Assert.Equal(string.Empty, f.Pointer);
        Assert.Contains("reviewAndLitigation", f.MessageEn);
    }

    [Fact]
    public void Missing_paragraphs_are_rejected_not_defaulted()
    {
        var f = Mutate(d => d["overview"]!.AsObject().Remove("paragraphs"));

        Assert.Equal(JsonReadKeywords.Required, f.Keyword);
        Assert.Equal("/overview", f.Pointer);
        Assert.Contains("paragraphs", f.MessageEn);
    }

    [Theory]
    [InlineData("\"7\"", JsonReadKeywords.Type, "must not be sent as a string")]
    [InlineData("true", JsonReadKeywords.Type, "expected a non-negative integer, found a boolean")]
    [InlineData("{}", JsonReadKeywords.Type, "found an object")]
    [InlineData("[7]", JsonReadKeywords.Type, "found an array")]
    [InlineData("null", JsonReadKeywords.Null, "null is not allowed")]
    [InlineData("-1", JsonReadKeywords.Range, "cannot be negative")]
    [InlineData("4294967296", JsonReadKeywords.Range, "within 0..4294967295")]
    [InlineData("1e30", JsonReadKeywords.Range, "within 0..4294967295")]
    [InlineData("7.5", JsonReadKeywords.Type, "expected an integer")]
    public void Bad_count_is_rejected_at_the_cell(string value, string keyword, string message)
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes())
            .Replace("\"licensing\": {\n      \"decisions\": 18664", "\"licensing\": {\n      \"decisions\": " + value);

        var f = Fails(json);

        Assert.Equal(keyword, f.Keyword);
        Assert.Equal("/proactiveDisclosure/licensing/decisions", f.Pointer);
        Assert.Contains(message, f.MessageEn);
        Assert.StartsWith("/proactiveDisclosure/licensing/decisions：", f.MessageZh);
    }

    [Theory]
    [InlineData("7.0", 7u)]
    [InlineData("7e0", 7u)]
    [InlineData("4294967295", uint.MaxValue)]
    [InlineData("-0", 0u)]
    public void Integral_numbers_in_any_notation_are_counts_as_in_json_schema(string value, uint expected)
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes())
            .Replace("\"licensing\": {\n      \"decisions\": 18664", "\"licensing\": {\n      \"decisions\": " + value);

        var report = Assert.IsType<AnnualReport2021>(ReportJson.Read(json));

        Assert.Equal(expected, report.ProactiveDisclosure.Licensing.Decisions);
    }

    [Theory]
    [InlineData("-0.01", JsonReadKeywords.Range, "cannot be negative")]
    [InlineData("\"822.77\"", JsonReadKeywords.Type, "must not be sent as a string; expected a non-negative number")]
    [InlineData("0.12345678901234567890123456789", JsonReadKeywords.Range, "cannot be held exactly")]
    [InlineData("1e28", JsonReadKeywords.Range, "cannot be held exactly")]
    [InlineData("1e-29", JsonReadKeywords.Range, "cannot be held exactly")]
    public void Bad_money_is_rejected_not_rounded(string value, string keyword, string message)
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes()).Replace("822.77", value);

        var f = Fails(json);

        Assert.Equal(keyword, f.Keyword);
        Assert.Equal("/proactiveDisclosure/administrativeFees/amountTenThousandYuan", f.Pointer);
        Assert.Contains(message, f.MessageEn);
    }

    [Theory]
    [InlineData("822.770", "822.770")]
    [InlineData("24252.311082", "24252.311082")]
    [InlineData("9999999999999999999999999999", "9999999999999999999999999999")]
    [InlineData("1.5e3", "1500")]
    public void Money_keeps_its_value_and_scale(string value, string expected)
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes()).Replace("822.77", value);

        var report = (AnnualReport2021)ReportJson.Read(json);

        Assert.Equal(expected, report.ProactiveDisclosure.AdministrativeFees.AmountTenThousandYuan.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Wrong_type_for_a_section_is_rejected()
    {
        var f = Mutate(d => d["applications"]!["outcomes"] = new JsonArray());

        Assert.Equal(JsonReadKeywords.Type, f.Keyword);
        Assert.Equal("/applications/outcomes", f.Pointer);
        Assert.Contains("expected an object", f.MessageEn);
    }

    [Fact]
    public void Wrong_type_for_paragraphs_is_rejected()
    {
        var f = Mutate(d => d["overview"]!["paragraphs"] = "text");

        Assert.Equal(JsonReadKeywords.Type, f.Keyword);
        Assert.Equal("/overview/paragraphs", f.Pointer);
        Assert.Contains("expected an array", f.MessageEn);
    }

    [Fact]
    public void Null_for_a_required_section_is_rejected()
    {
        var f = Mutate(d => d["otherMatters"] = null);

        Assert.Equal(JsonReadKeywords.Null, f.Keyword);
        Assert.Equal("/otherMatters", f.Pointer);
    }

    [Fact]
    public void Null_for_an_optional_member_is_rejected_absent_means_absent()
    {
        var f = Mutate(d => d["metadata"]!["sourceUrl"] = null);

        Assert.Equal(JsonReadKeywords.Null, f.Keyword);
        Assert.Equal("/metadata/sourceUrl", f.Pointer);
    }

    [Fact]
    public void Null_for_a_paragraph_text_is_rejected()
    {
        var f = Mutate(d => d["overview"]!["paragraphs"]![2]!["text"] = null);

        Assert.Equal(JsonReadKeywords.Null, f.Keyword);
        Assert.Equal("/overview/paragraphs/2/text", f.Pointer);
    }

    [Fact]
    public void Trailing_comma_is_rejected_with_its_position()
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes()).Replace("\"reportYear\": 2021,", "\"reportYear\": 2021,,");

        var f = Fails(json);

        // The member's value is complete: the stray comma is located at its object.
        Assert.Equal(JsonReadKeywords.Syntax, f.Keyword);
        Assert.Equal("/metadata", f.Pointer);
        Assert.Contains("line 5", f.MessageEn);
    }

    [Fact]
    public void Trailing_comma_before_a_closing_brace_is_rejected()
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes()).Replace("\"administrativeDivisionCode\": \"360926\"", "\"administrativeDivisionCode\": \"360926\",");

        var f = Fails(json);

        Assert.Equal(JsonReadKeywords.Syntax, f.Keyword);
        Assert.Equal("不允许尾随逗号", f.MessageZh.Substring(f.MessageZh.IndexOf('：') + 1, 7));
        Assert.StartsWith("/metadata", f.Pointer);
    }

    [Fact]
    public void Comments_are_rejected()
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes()).Replace("\"reportYear\": 2021,", "\"reportYear\": 2021, // 年度");

        var f = Fails(json);

        Assert.Equal(JsonReadKeywords.Syntax, f.Keyword);
        Assert.Contains("不允许注释", f.MessageZh);
        Assert.StartsWith("/metadata", f.Pointer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_rejected(string json)
    {
        var f = Fails(json);

        Assert.Equal(JsonReadKeywords.Syntax, f.Keyword);
        Assert.Equal(string.Empty, f.Pointer);
        Assert.Contains("输入为空", f.MessageZh);
    }

    [Fact]
    public void Truncated_input_is_rejected()
    {
        var bytes = TestFiles.TongguBytes();

        var f = Fails(bytes.Take(bytes.Length / 2).ToArray());

        Assert.Equal(JsonReadKeywords.Syntax, f.Keyword);
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_rejected()
    {
        var bytes = TestFiles.TongguBytes();
        var at = IndexOf(bytes, Encoding.UTF8.GetBytes("铜鼓县人民政府"));
        bytes[at + 1] = 0xFF;

        var f = Fails(bytes);

        Assert.Equal(JsonReadKeywords.Encoding, f.Keyword);
        Assert.Equal("/metadata/agencyName", f.Pointer);
    }

    [Fact]
    public void Invalid_utf8_outside_strings_is_rejected()
    {
        var f = Fails(new byte[] { 0xC3, 0x28, (byte)'{', (byte)'}' });

        Assert.Contains(f.Keyword, new[] { JsonReadKeywords.Syntax, JsonReadKeywords.Encoding });
    }

    [Fact]
    public void Nesting_deeper_than_a_report_is_rejected()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000);
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes()).Replace("\"reportYear\": 2021", "\"reportYear\": " + deep);

        var f = Fails(json);

        Assert.Contains(f.Keyword, new[] { JsonReadKeywords.Depth, JsonReadKeywords.Type });
        Assert.StartsWith("/metadata/reportYear", f.Pointer);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public void Deep_nesting_is_rejected_at_the_first_level_a_report_does_not_have(int depth)
    {
        var deep = new string('[', depth) + new string(']', depth);
        var json = "{\"formatVersion\":\"2021\",\"overview\":{\"paragraphs\":[" + deep + "]}}";

        var f = Fails(json);

        Assert.Contains(f.Keyword, new[] { JsonReadKeywords.Depth, JsonReadKeywords.Type });
        Assert.Equal("/overview/paragraphs/0", f.Pointer);
    }

    [Fact]
    public void Deep_nesting_is_located_when_format_version_comes_last()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var json = "{\"overview\":{\"paragraphs\":[" + deep + "]},\"formatVersion\":\"2021\"}";

        var f = Fails(json);

        Assert.Equal(JsonReadKeywords.Depth, f.Keyword);
        Assert.StartsWith("/overview/paragraphs/0", f.Pointer);
    }

    [Fact]
    public void Deep_nesting_in_malformed_json_is_a_syntax_finding_not_a_crash()
    {
        var f = Fails(new string('[', 100_000));

        Assert.Contains(f.Keyword, new[] { JsonReadKeywords.Depth, JsonReadKeywords.Type, JsonReadKeywords.Syntax });
    }

    [Fact]
    public void Missing_format_version_is_rejected()
    {
        var f = Mutate(d => d.Remove("formatVersion"));

        Assert.Equal(JsonReadKeywords.FormatVersion, f.Keyword);
        Assert.Equal(string.Empty, f.Pointer);
        Assert.Contains("formatVersion is missing", f.MessageEn);
    }

    [Theory]
    [InlineData("\"2018\"")]
    [InlineData("\"2022\"")]
    [InlineData("2021")]
    [InlineData("null")]
    public void Unknown_format_version_is_rejected(string value)
    {
        var json = Encoding.UTF8.GetString(TestFiles.TongguBytes()).Replace("\"formatVersion\": \"2021\"", "\"formatVersion\": " + value);

        var f = Fails(json);

        Assert.Equal(JsonReadKeywords.FormatVersion, f.Keyword);
        Assert.Equal("/formatVersion", f.Pointer);
    }

    [Fact]
    public void Format_version_may_come_after_other_members()
    {
        var doc = Example();
        doc.Remove("formatVersion");
        doc["formatVersion"] = "2021";

        Assert.Equal(ReportJson.Read(TestFiles.TongguBytes()), ReportJson.Read(doc.ToJsonString()));
    }

    [Theory]
    [InlineData("/metadata/publicationDate", "2022-02-30")]
    [InlineData("/metadata/publicationDate", "2022-1-20")]
    [InlineData("/metadata/administrativeDivisionCode", "36092")]
    [InlineData("/metadata/administrativeDivisionCode", "３６０９２６")]
    [InlineData("/metadata/sourceUrl", "www.tonggu.gov.cn")]
    [InlineData("/metadata/sourceUrl", "ftp://tonggu.gov.cn/a")]
    public void Strings_of_the_wrong_form_are_rejected(string pointer, string value)
    {
        var f = Mutate(d => d["metadata"]![pointer.Split('/').Last()] = value);

        Assert.Equal(JsonReadKeywords.Format, f.Keyword);
        Assert.Equal(pointer, f.Pointer);
        Assert.Contains(value, f.MessageZh);
    }

    [Fact]
    public void Source_note_for_a_cell_that_does_not_exist_is_rejected()
    {
        var f = Mutate(d => d["sourceNotes"] = new JsonObject { ["/applications/outcomes/subtotal/naturalPersons"] = new JsonObject { ["blank"] = true } });

        Assert.Equal(JsonReadKeywords.Format, f.Keyword);
        Assert.Equal("/sourceNotes/~1applications~1outcomes~1subtotal~1naturalPersons", f.Pointer);
    }

    [Fact]
    public void Source_notes_survive_a_round_trip()
    {
        var doc = Example();
        doc["sourceNotes"] = new JsonObject
        {
            ["/applications/outcomes/total/naturalPersons"] = new JsonObject { ["blank"] = true },
            ["/proactiveDisclosure/normativeDocuments/issued"] = new JsonObject { ["annotation"] = "其中修订16件", ["sourceText"] = "32（其中修订16件）" },
        };

        var report = ReportJson.Read(doc.ToJsonString());

        Assert.True(report.SourceNotes["/applications/outcomes/total/naturalPersons"].Blank);
        Assert.Equal("其中修订16件", report.SourceNotes["/proactiveDisclosure/normativeDocuments/issued"].Annotation);
        Assert.Equal(report, ReportJson.Read(ReportJson.WriteToUtf8Bytes(report)));
    }

    [Fact]
    public void Random_bytes_never_escape_as_anything_but_a_finding()
    {
        var seedBytes = TestFiles.TongguBytes();
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, seedBytes.Length - 1], CsCheck.Gen.Byte, CsCheck.Gen.Int[1, 4], (a, v, l) => new Edit(a, v, l)).Array[1, 8].Sample(edits =>
        {
            var bytes = (byte[])seedBytes.Clone();
            foreach (var (at, value, length) in edits)
            {
                for (var i = at; i < Math.Min(bytes.Length, at + length); i++)
                {
                    bytes[i] = value;
                }
            }

            if (!ReportJson.TryRead(bytes, out _, out var error))
            {
                Assert.Equal(RuleIds.Json, error.RuleId);
                Assert.False(string.IsNullOrEmpty(error.MessageZh));
                Assert.False(string.IsNullOrEmpty(error.MessageEn));
                Assert.True(error.Pointer.Length == 0 || error.Pointer[0] == '/', error.Pointer);
            }
        }, iter: 2000);
    }

    private readonly record struct Edit(int At, byte Value, int Length);

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
