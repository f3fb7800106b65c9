using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Model.Documents.Tests.Support;
using GovDisclosure.Model.Export;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>Published document → report → tidy rows: the exported values are the truth files' values.</summary>
public sealed class ExportTests
{
    [Theory]
    [InlineData("huaian-city-2024.pdf", "huaian-city-2024")]
    [InlineData("pingtan-zone-2021.html", "pingtan-zone-2021")]
    [InlineData("pingtan-zone-2022.docx", "pingtan-zone-2022")]
    public void Exported_rows_carry_the_published_values(string file, string truth)
    {
        var report = PublishedReport.ReadFile(Truth.Fixture(file)).Report!;
        var rows = ReportExport.Cells(report).ToDictionary(c => c.Pointer);

        foreach (var cell in Truth.Cells2021(truth))
        {
            Assert.Equal(cell.Value ?? 0m, rows[cell.Pointer].Value);
            Assert.Equal(cell.Value is null, rows[cell.Pointer].Blank);
        }

        using var csv = new MemoryStream();
        ReportExport.WriteCsv(csv, new[] { report }, byteOrderMark: true);
        var lines = Encoding.UTF8.GetString(csv.ToArray()).Split(new[] { "\r\n" }, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(201, lines.Length);
    }
}
