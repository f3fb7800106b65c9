using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Model.Export;
using GovDisclosure.Model.Tests.Export;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Cli;

/// <summary><c>export --datapackage</c>: the Frictionless descriptor beside the CSV.</summary>
public sealed class ExportDataPackageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govdisclosure-datapackage-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Datapackage_json_is_written_beside_the_csv_and_names_it()
    {
        var csv = Path.Combine(_dir, "cells.csv");

        var (exit, output, err) = CliRunner.Run(new[] { "export", TestFiles.TonggoExamplePath, TestFiles.ShanghaiExamplePath, "-o", csv, "--datapackage" });

        Assert.Equal((0, string.Empty, string.Empty), (exit, output, err));
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "datapackage.json")));
        var resource = package.RootElement.GetProperty("resources")[0];
        Assert.Equal("cells.csv", resource.GetProperty("path").GetString());
        var header = ReportExportTests.ParseCsv(File.ReadAllText(csv))[0];
        Assert.Equal(header, resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(ReportExport.CsvHeader, string.Join(",", header));
    }

    [Fact]
    public void Datapackage_needs_an_output_file_and_the_csv_format()
    {
        var toStdout = CliRunner.Run(new[] { "export", TestFiles.TonggoExamplePath, "--datapackage" });
        var jsonl = CliRunner.Run(new[] { "export", TestFiles.TonggoExamplePath, "-o", Path.Combine(_dir, "cells.jsonl"), "--format", "jsonl", "--datapackage" });

        Assert.Equal(3, toStdout.Exit);
        Assert.Contains("-o OUT", toStdout.Err);
        Assert.Equal(string.Empty, toStdout.Out);
        Assert.Equal(3, jsonl.Exit);
        Assert.Contains("--format jsonl", jsonl.Err);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Help_says_where_the_descriptor_goes()
    {
        var (exit, output, _) = CliRunner.Run(new[] { "export", "--help" });

        Assert.Equal(0, exit);
        Assert.Contains("--datapackage", output);
        Assert.Contains("datapackage.json", output);
        Assert.Contains("directory of OUT", output);
    }
}
