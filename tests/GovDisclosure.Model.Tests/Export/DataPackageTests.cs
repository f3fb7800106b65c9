using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Model.Export;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Export;

/// <summary>
/// The Frictionless Data Package descriptor of the tidy CSV, checked offline by the Table Schema rules: the fields are
/// the CSV's header exactly, the primary key names fields and is unique, every value parses as its field's type,
/// required fields are never missing.
/// </summary>
public sealed class DataPackageTests
{
    private static JsonElement Descriptor(string csvPath = "cells.csv")
    {
        using var stream = new MemoryStream();
        ReportExport.WriteDataPackage(stream, csvPath);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static string Csv(params AnnualReport[] reports)
    {
        using var stream = new MemoryStream();
        ReportExport.WriteCsv(stream, reports);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_descriptor_describes_one_utf8_csv_resource_with_the_csv_path()
    {
        var package = Descriptor("out/cells 2021.csv");

        Assert.Equal("https://datapackage.org/profiles/2.0/datapackage.json", package.GetProperty("$schema").GetString());
        var resource = Assert.Single(package.GetProperty("resources").EnumerateArray());
        Assert.Equal("out/cells 2021.csv", resource.GetProperty("path").GetString());
        Assert.Equal("cells-2021", resource.GetProperty("name").GetString());
        Assert.Equal(("table", "csv", "utf-8", "text/csv"), (resource.GetProperty("type").GetString(), resource.GetProperty("format").GetString(), resource.GetProperty("encoding").GetString(), resource.GetProperty("mediatype").GetString()));
        Assert.Equal(",", resource.GetProperty("dialect").GetProperty("delimiter").GetString());
        Assert.Equal("\r\n", resource.GetProperty("dialect").GetProperty("lineTerminator").GetString());
    }

    [Fact]
    public void The_fields_are_the_csv_header_with_types_titles_and_descriptions()
    {
        var schema = Descriptor().GetProperty("resources")[0].GetProperty("schema");
        var fields = schema.GetProperty("fields").EnumerateArray().ToList();

        Assert.Equal(ReportExport.CsvHeader.Split(','), fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("agency,year,format,pointer,table,row,column,value,unit,blank,annotation,source_text", ReportExport.CsvHeader);
        var types = fields.ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("type").GetString());
        Assert.Equal(("integer", "number", "boolean", "string"), (types["year"], types["value"], types["blank"], types["pointer"]));
        Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), new[] { "string", "integer", "number", "boolean", "date" }));
        Assert.All(fields, f => Assert.True(f.GetProperty("description").GetString()!.Length > 10));
        var titles = fields.ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("title").GetString());
        Assert.Equal(("发布机关", "报告年度", "原表空白", "原表注释", "原表文字"), (titles["agency"], titles["year"], titles["blank"], titles["annotation"], titles["source_text"]));
        Assert.All(titles.Values, t => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", t!));

        var key = schema.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Equal(new[] { "agency", "year", "pointer" }, key);
        Assert.All(key, k => Assert.Contains(k, types.Keys));
        Assert.Equal(new[] { string.Empty }, schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void Every_value_of_the_exported_examples_parses_as_its_field_type_and_the_key_is_unique()
    {
        var reports = new[] { ReportJson.Read(TestFiles.TongguBytes()), ReportJson.Read(TestFiles.ShanghaiBytes()) };
        var schema = Descriptor().GetProperty("resources")[0].GetProperty("schema");
        var fields = schema.GetProperty("fields").EnumerateArray().ToList();
        var rows = ReportExportTests.ParseCsv(Csv(reports));

        Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()), rows[0]);
        Assert.Equal(reports.Sum(r => ReportExport.Cells(r).Count()), rows.Count - 1);
        var missing = schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()).ToHashSet();
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(fields.Count, row.Length);
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                var value = row[i];
                if (missing.Contains(value))
                {
                    var required = field.TryGetProperty("constraints", out var c) && c.TryGetProperty("required", out var r) && r.GetBoolean();
                    Assert.False(required, $"{field.GetProperty("name").GetString()} is required but missing");
                    continue;
                }

                var ok = field.GetProperty("type").GetString() switch
                {
                    "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                    "number" => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                    "boolean" => field.GetProperty("trueValues").EnumerateArray().Concat(field.GetProperty("falseValues").EnumerateArray()).Any(v => v.GetString() == value),
                    "date" => DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    _ => true,
                };
                Assert.True(ok, $"{field.GetProperty("name").GetString()}: '{value}' is not a {field.GetProperty("type").GetString()}");
            }
        }

        var keyIndexes = schema.GetProperty("primaryKey").EnumerateArray().Select(k => Array.IndexOf(rows[0], k.GetString()!)).ToList();
        var keys = rows.Skip(1).Select(r => string.Join("\u0001", keyIndexes.Select(i => r[i]))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("/abs/cells.csv")]
    [InlineData("../cells.csv")]
    [InlineData("")]
    public void A_csv_path_outside_the_package_is_refused(string path)
    {
        Assert.Throws<ArgumentException>(() => ReportExport.WriteDataPackage(new MemoryStream(), path));
    }
}
