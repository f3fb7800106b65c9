using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Json.Schema;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>
/// The committed schema files are the generator's output (set UPDATE_SCHEMA=1 to rewrite them), are what
/// the assembly embeds, are valid against their meta-schemas, and evaluate.
/// </summary>
public class SchemaFileTests
{
    public static string CanonicalPath => Path.Combine(TestFiles.RepoRoot, "schema", ReportSchema.FileName);

    public static string Draft07Path => Path.Combine(TestFiles.RepoRoot, "schema", ReportSchema.Draft07FileName);

    [Fact]
    public void Committed_schemas_equal_the_generated_ones()
    {
        var canonical = ReportSchemaGenerator.Generate();
        var twin = ReportSchemaGenerator.ToDraft07(canonical);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(CanonicalPath, canonical, new UTF8Encoding(false));
            File.WriteAllText(Draft07Path, twin, new UTF8Encoding(false));
        }

        Assert.True(canonical == File.ReadAllText(CanonicalPath), $"{CanonicalPath} differs from the model; run the tests with UPDATE_SCHEMA=1 to regenerate it.");
        Assert.True(twin == File.ReadAllText(Draft07Path), $"{Draft07Path} differs from the canonical schema; run the tests with UPDATE_SCHEMA=1 to regenerate it.");
    }

    [Theory]
    [InlineData(SchemaDraft.Draft202012)]
    [InlineData(SchemaDraft.Draft07)]
    public void Embedded_text_equals_the_committed_file(SchemaDraft draft)
    {
        var path = draft == SchemaDraft.Draft07 ? Draft07Path : CanonicalPath;
        Assert.Equal(File.ReadAllText(path), ReportSchema.GetText(draft));
    }

    [Theory]
    [InlineData(SchemaDraft.Draft202012, "https://json-schema.org/draft/2020-12/schema")]
    [InlineData(SchemaDraft.Draft07, "http://json-schema.org/draft-07/schema#")]
    public void Schema_and_id_are_the_first_two_keys(SchemaDraft draft, string metaSchema)
    {
        using var doc = JsonDocument.Parse(ReportSchema.GetText(draft));
        var keys = doc.RootElement.EnumerateObject().Select(p => p.Name).Take(2).ToArray();
        Assert.Equal(metaSchema, doc.RootElement.GetProperty("$schema").GetString());
        if (draft == SchemaDraft.Draft07)
        {
            // The twin has no $id: react-jsonschema-form cannot resolve the references of a schema with one.
            Assert.Equal("$schema", keys[0]);
            Assert.False(doc.RootElement.TryGetProperty("$id", out _));
            return;
        }

        Assert.Equal(new[] { "$schema", "$id" }, keys);
        Assert.Equal(ReportSchema.GetId(draft), doc.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void The_twin_differs_only_in_schema_and_the_absent_id()
    {
        var canonical = File.ReadAllLines(CanonicalPath);
        var twin = File.ReadAllLines(Draft07Path);
        Assert.Equal(canonical.Length - 1, twin.Length);
        Assert.Equal(canonical[0], twin[0]);
        Assert.Equal("  \"$schema\": \"http://json-schema.org/draft-07/schema#\",", twin[1]);
        Assert.StartsWith("  \"$id\": ", canonical[2]);
        Assert.Equal(canonical.Skip(3), twin.Skip(2));
    }

    [Theory]
    [InlineData(SchemaDraft.Draft202012)]
    [InlineData(SchemaDraft.Draft07)]
    public void Schema_is_valid_against_its_meta_schema(SchemaDraft draft)
    {
        using var doc = JsonDocument.Parse(ReportSchema.GetText(draft));
        var meta = draft == SchemaDraft.Draft07 ? MetaSchemas.Draft7 : MetaSchemas.Draft202012;
        var result = meta.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))));
    }

    [Theory]
    [InlineData(SchemaDraft.Draft202012)]
    [InlineData(SchemaDraft.Draft07)]
    public void Each_schema_evaluates_the_example_and_an_invalid_document(SchemaDraft draft)
    {
        Assert.Empty(ReportSchema.Evaluate(TestFiles.TongguBytes(), draft).Findings);
        var invalid = ReportSchema.Evaluate(Encoding.UTF8.GetBytes("{\"formatVersion\":\"2021\"}"), draft);
        Assert.NotEmpty(invalid.Findings);
        Assert.All(invalid.Findings, f => Assert.Equal(RuleIds.Schema, f.RuleId));
    }

    [Fact]
    public void Only_keywords_that_both_drafts_share_are_used()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "$schema", "$id", "$ref", "$defs", "title", "description", "default", "readOnly", "type", "properties",
            "required", "additionalProperties", "const", "minimum", "maximum", "minLength", "maxLength", "pattern",
            "format", "items", "propertyNames", "enum", "oneOf",
        };
        using var doc = JsonDocument.Parse(ReportSchema.GetText());
        var used = new HashSet<string>(StringComparer.Ordinal);
        CollectKeywords(doc.RootElement, used);
        Assert.Empty(used.Except(allowed));
    }

    [Fact]
    public void Every_property_has_a_chinese_title_and_a_description_and_counts_default_to_zero()
    {
        using var doc = JsonDocument.Parse(ReportSchema.GetText());
        var propertiesSeen = 0;
        foreach (var (name, schema, required) in AllProperties(doc.RootElement))
        {
            propertiesSeen++;
            Assert.True(schema.TryGetProperty("title", out var title) && title.GetString()!.Any(c => c >= 0x3000), $"{name} has no Chinese title");
            Assert.True(schema.TryGetProperty("description", out var description) && description.GetString()!.Contains(" — "), $"{name} has no Chinese and English description");
            if (schema.TryGetProperty("type", out var type) && type.GetString() == "integer" && schema.GetProperty("minimum").GetInt64() == 0)
            {
                if (required)
                {
                    Assert.Equal(0, schema.GetProperty("default").GetInt32());
                }
                else
                {
                    // An optional count has no default, or a form builder would write it (and its object) unasked.
                    Assert.False(schema.TryGetProperty("default", out _), $"{name} is optional and has a default");
                }
            }
        }

        Assert.True(propertiesSeen > 50);
        var outcomes = doc.RootElement.GetProperty("$defs").GetProperty("Outcomes2021").GetProperty("properties").GetProperty("total");
        Assert.Equal("（七）总计", outcomes.GetProperty("title").GetString());
        Assert.True(outcomes.GetProperty("readOnly").GetBoolean());
        var other2019 = doc.RootElement.GetProperty("$defs").GetProperty("Outcomes2019").GetProperty("properties").GetProperty("otherHandling");
        Assert.Equal("（六）其他处理", other2019.GetProperty("title").GetString());
        var change = doc.RootElement.GetProperty("$defs").GetProperty("ItemCounts2019").GetProperty("properties").GetProperty("changeThisYear");
        Assert.Equal("本年增/减", change.GetProperty("title").GetString());
        Assert.Equal(int.MinValue, change.GetProperty("minimum").GetInt64());
        var natural = doc.RootElement.GetProperty("$defs").GetProperty("ApplicantCounts").GetProperty("properties").GetProperty("naturalPersons");
        Assert.Equal("自然人", natural.GetProperty("title").GetString());
    }

    private static IEnumerable<(string Name, JsonElement Schema, bool Required)> AllProperties(JsonElement root)
    {
        foreach (var def in root.GetProperty("$defs").EnumerateObject())
        {
            var required = def.Value.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()).ToHashSet() : new HashSet<string?>();
            foreach (var p in def.Value.GetProperty("properties").EnumerateObject())
            {
                yield return (def.Name + "." + p.Name, p.Value, required.Contains(p.Name));
            }
        }
    }

    private static void CollectKeywords(JsonElement schema, HashSet<string> used)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var p in schema.EnumerateObject())
        {
            used.Add(p.Name);
            switch (p.Name)
            {
                case "properties":
                case "$defs":
                    foreach (var sub in p.Value.EnumerateObject())
                    {
                        CollectKeywords(sub.Value, used);
                    }

                    break;
                case "items":
                case "additionalProperties":
                case "propertyNames":
                    CollectKeywords(p.Value, used);
                    break;
                case "oneOf":
                    foreach (var sub in p.Value.EnumerateArray())
                    {
                        CollectKeywords(sub, used);
                    }

                    break;
            }
        }
    }
}
