using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using CsCheck;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>The strict reader and the schema accept exactly the same documents, so the reader can be the fast path.</summary>
public class SchemaAgreementTests
{
    private static bool ReaderAccepts(string json) => ReportJson.TryRead(json, out _, out _);

    private static bool SchemaAccepts(string json, SchemaDraft draft = SchemaDraft.Draft202012) =>
        ReportSchema.Evaluate(Encoding.UTF8.GetBytes(json), draft).Findings.Count == 0;

    [Fact]
    public void Every_report_the_serializer_writes_is_schema_valid()
    {
        SchemaCases.Valid.Sample(json => Assert.Empty(ReportSchema.Evaluate(json).Findings), iter: 200);
        Assert.Empty(ReportSchema.Evaluate(ReportJson.Write(ReportJson.Read(TestFiles.TongguBytes()), indented: true)).Findings);
    }

    [Fact]
    public void Reader_and_schema_give_the_same_verdict_on_mutated_documents()
    {
        SchemaCases.Mutated.Sample(
            c =>
            {
                var reader = ReaderAccepts(c.Json);
                Assert.True(reader == SchemaAccepts(c.Json), $"{c.Mutation}: reader {(reader ? "accepts" : "rejects")}, schema does not agree: {Describe(c.Json)}");
                Assert.True(reader == SchemaAccepts(c.Json, SchemaDraft.Draft07), $"{c.Mutation}: the draft-07 twin disagrees");
            },
            iter: 1000);
    }

    [Theory]
    [InlineData("/applications/newlyReceived/naturalPersons", "7.0", true)]
    [InlineData("/applications/newlyReceived/naturalPersons", "7e0", true)]
    [InlineData("/applications/newlyReceived/naturalPersons", "-0", true)]
    [InlineData("/applications/newlyReceived/naturalPersons", "4294967295", true)]
    [InlineData("/applications/newlyReceived/naturalPersons", "4294967296", false)]
    [InlineData("/applications/newlyReceived/naturalPersons", "1e400", false)]
    [InlineData("/applications/newlyReceived/naturalPersons", "7.5", false)]
    [InlineData("/applications/newlyReceived/naturalPersons", "\"7\"", false)]
    [InlineData("/applications/newlyReceived/naturalPersons", "null", false)]
    [InlineData("/proactiveDisclosure/administrativeFees/amountTenThousandYuan", "9999999999999999999999999999", true)]
    [InlineData("/proactiveDisclosure/administrativeFees/amountTenThousandYuan", "1e30", false)]
    [InlineData("/proactiveDisclosure/administrativeFees/amountTenThousandYuan", "-0.01", false)]
    [InlineData("/metadata/reportYear", "2147483648", false)]
    [InlineData("/metadata/publicationDate", "\"2020-02-29\"", true)]
    [InlineData("/metadata/publicationDate", "\"2021-02-29\"", false)]
    [InlineData("/metadata/publicationDate", "\"0000-01-01\"", false)]
    [InlineData("/metadata/publicationDate", "\"2021-01-01\\n\"", false)]
    [InlineData("/metadata/administrativeDivisionCode", "\"360926\\n\"", false)]
    [InlineData("/metadata/administrativeDivisionCode", "\"36092６\"", false)]
    [InlineData("/metadata/sourceUrl", "\"https://a.gov.cn/x\\n\"", false)]
    [InlineData("/metadata/sourceUrl", "\"https://a.gov.cn/\u3000\"", false)]
    [InlineData("/metadata/sourceUrl", "\"http://政府.cn/年报\"", true)]
    [InlineData("/metadata/sourceUrl", "\"http:///\"", true)]
    [InlineData("/overview/paragraphs", "[null]", false)]
    [InlineData("/otherMatters/fees", "{}", true)]
    [InlineData("/sourceNotes", "{}", true)]
    [InlineData("/sourceNotes", "null", false)]
    [InlineData("/otherMatters/fees", "null", false)]
    [InlineData("/sourceNotes", "{\"/applications/outcomes/total/total\":{}}", true)]
    [InlineData("/sourceNotes", "{\"/applications/outcomes/total\":{}}", false)]
    [InlineData("/sourceNotes", "{\"/applications/outcomes/total/total\":null}", false)]
    public void Regression_cases_agree(string pointer, string valueJson, bool valid)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(TestFiles.TongguBytes())!;
        var tokens = pointer.Substring(1).Split('/');
        var parent = root;
        foreach (var token in tokens.Take(tokens.Length - 1))
        {
            parent = parent[token]!;
        }

        parent[tokens[tokens.Length - 1]] = System.Text.Json.Nodes.JsonNode.Parse(valueJson);
        var json = root.ToJsonString();
        Assert.Equal(valid, ReaderAccepts(json));
        Assert.Equal(valid, SchemaAccepts(json));
        Assert.Equal(valid, SchemaAccepts(json, SchemaDraft.Draft07));
    }

    [Theory]
    [InlineData("{\"formatVersion\":\"2021\",\"formatVersion\":\"2021\"}")]
    [InlineData("{\"a\":\"\\ud800\"}")]
    public void Reader_only_rejections_are_reported_by_the_entry_point(string json)
    {
        var result = ReportValidator.ValidateJson(Encoding.UTF8.GetBytes(json));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Member_order_does_not_matter_to_either_and_formatVersion_may_come_last()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(TestFiles.TongguBytes())!.AsObject();
        root.Remove("formatVersion");
        root["formatVersion"] = "2021";
        var json = root.ToJsonString();
        Assert.True(ReaderAccepts(json));
        Assert.True(SchemaAccepts(json));

        var twice = "{\"formatVersion\":\"2021\"," + json.Substring(1);
        Assert.False(ReaderAccepts(twice));
        var report = ReportJson.Read(TestFiles.TongguBytes());
        Assert.Equal(report, ReportJson.Read(json));
    }

    [Fact]
    public void Duplicate_members_are_the_reader_s_finding_when_the_schema_finds_nothing()
    {
        var text = Encoding.UTF8.GetString(TestFiles.TongguBytes());
        var json = text.Replace("\"agencyName\": \"铜鼓县人民政府\",", "\"agencyName\": \"铜鼓县人民政府\", \"agencyName\": \"铜鼓县人民政府\",");
        Assert.NotEqual(text, json);
        Assert.Empty(ReportSchema.Evaluate(json).Findings);
        var result = ReportValidator.ValidateJson(Encoding.UTF8.GetBytes(json));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.Json, finding.RuleId);
        Assert.Equal(JsonReadKeywords.DuplicateProperty, finding.Keyword);
    }

    [Fact]
    public void Model_and_schema_name_the_same_members_with_the_same_required_sets()
    {
        using var doc = JsonDocument.Parse(ReportSchema.GetText());
        var root = doc.RootElement;
        var checkedTypes = new HashSet<Type>();
        var branches = root.GetProperty("oneOf").EnumerateArray().Select(b => b.GetProperty("$ref").GetString()!).ToList();
        Assert.Equal(ReportFormatInfo.All.Select(f => "#/$defs/" + f.ReportType.Name), branches);
        foreach (var format in ReportFormatInfo.All)
        {
            var branch = root.GetProperty("$defs").GetProperty(format.ReportType.Name);
            Assert.Equal(format.Version, branch.GetProperty("properties").GetProperty("formatVersion").GetProperty("const").GetString());
            Compare(ReportJson.GetTypeInfo(format.ReportType), branch, root, checkedTypes, isRoot: true);
        }

        Assert.True(checkedTypes.Count >= 25, $"only {checkedTypes.Count} types compared");
        Assert.Equal(checkedTypes.Count, root.GetProperty("$defs").EnumerateObject().Count());
    }

    private static void Compare(JsonTypeInfo type, JsonElement schema, JsonElement root, HashSet<Type> done, bool isRoot = false)
    {
        if (!done.Add(type.Type))
        {
            return;
        }

        var members = type.Properties.Where(p => p.Get is not null).OrderBy(p => p.Order).ToList();
        var names = members.Select(p => p.Name).ToList();
        var required = members.Where(p => p.IsRequired).Select(p => p.Name).ToList();
        if (isRoot)
        {
            names.Insert(0, "formatVersion");
            required.Insert(0, "formatVersion");
        }

        Assert.Equal(names, schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList());
        Assert.Equal(required, schema.TryGetProperty("required", out var req) ? req.EnumerateArray().Select(e => e.GetString()!).ToList() : new List<string>());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        foreach (var member in members)
        {
            var propertySchema = schema.GetProperty("properties").GetProperty(member.Name);
            Assert.Equal(ReportCells.LabelOf(member)!.Label, propertySchema.GetProperty("title").GetString());
            var memberType = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            if (memberType == typeof(string) || memberType.IsPrimitive || memberType == typeof(decimal) || memberType == typeof(DateTime))
            {
                continue;
            }

            var info = ReportJson.GetTypeInfo(memberType);
            var target = propertySchema;
            if (info.Kind == JsonTypeInfoKind.Enumerable)
            {
                target = propertySchema.GetProperty("items");
                info = ReportJson.GetTypeInfo(info.ElementType!);
            }
            else if (info.Kind == JsonTypeInfoKind.Dictionary)
            {
                target = propertySchema.GetProperty("additionalProperties");
                info = ReportJson.GetTypeInfo(info.ElementType!);
            }

            var reference = target.GetProperty("$ref").GetString()!;
            Assert.StartsWith("#/$defs/", reference);
            Compare(info, root.GetProperty("$defs").GetProperty(reference.Substring("#/$defs/".Length)), root, done);
        }
    }

    [Fact]
    public void Evaluation_is_thread_safe()
    {
        var cases = SchemaCases.Any.Array[64].Single();
        var expected = cases.Select(c => ReportSchema.Evaluate(c.Json).Findings).ToArray();
        var results = new EquatableArray<Finding>[8][];
        Parallel.For(0, 8, t =>
        {
            results[t] = cases.Select(c => ReportSchema.Evaluate(c.Json).Findings).ToArray();
        });
        foreach (var run in results)
        {
            Assert.Equal(expected, run);
        }
    }

    private static string Describe(string json)
    {
        ReportJson.TryRead(json, out _, out var error);
        var schema = ReportSchema.Evaluate(json).Findings;
        return $"reader: {error?.ToString() ?? "ok"}; schema: {string.Join(" | ", schema.Select(f => f.ToString()))}; json: {(json.Length > 400 ? json.Substring(0, 400) + "…" : json)}";
    }
}
