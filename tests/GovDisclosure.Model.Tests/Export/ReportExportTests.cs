using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Model.Export;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Export;

public sealed class ReportExportTests
{
    private static AnnualReport Load(string name) => ReportJson.Read(File.ReadAllBytes(TruthReports.JsonPath(name)));

    /// <summary>A minimal RFC 4180 reader, to check the writer against.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    [Fact]
    public void The_csv_header_starts_with_the_agreed_columns()
    {
        var writer = new StringWriter();
        ReportExport.WriteCsv(writer, new[] { Load("pingtan-zone-2021") });

        Assert.StartsWith("agency,year,format,pointer,table,row,column,value,unit,blank,annotation", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_row_per_table_cell_with_official_label_paths_and_exact_values()
    {
        var report = Load("pingtan-zone-2021");
        var writer = new StringWriter();
        ReportExport.WriteCsv(writer, new[] { report });
        var rows = ParseCsv(writer.ToString());
        var header = rows[0];
        var cells = rows.Skip(1).Select(r => header.Zip(r, (h, v) => (h, v)).ToDictionary(p => p.h, p => p.v)).ToList();

        Assert.Equal(200, cells.Count);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var fee = Assert.Single(cells, c => c["pointer"] == "/proactiveDisclosure/administrativeFees/amountTenThousandYuan");
        Assert.Equal("24252.311082", fee["value"]);
        Assert.Equal("万元", fee["unit"]);
        Assert.Equal("二", fee["table"]);
        Assert.Equal("行政事业性收费", fee["row"]);
        Assert.Equal("本年收费金额（单位：万元）", fee["column"]);

        var secret = Assert.Single(cells, c => c["pointer"] == "/applications/outcomes/notDisclosed/stateSecret/commercialEnterprises");
        Assert.Equal("三", secret["table"]);
        Assert.Equal("三、本年度办理结果/（三）不予公开/1.属于国家秘密", secret["row"]);
        Assert.Equal("申请人情况/法人或其他组织/商业企业", secret["column"]);
        Assert.Equal("false", secret["blank"]);
        Assert.Equal("2021", secret["format"]);
        Assert.Equal(report.Metadata.AgencyName, secret["agency"]);
        Assert.Equal("申请人情况/总计", cells.Single(c => c["pointer"] == "/applications/newlyReceived/total")["column"]);

        var review = Assert.Single(cells, c => c["pointer"] == "/reviewAndLitigation/litigationAfterReview/upheld");
        Assert.Equal("四", review["table"]);
        Assert.Equal("行政诉讼/复议后起诉/结果维持", review["column"]);

        // Every value is the catalogue's value, as held.
        foreach (var cell in cells)
        {
            Assert.True(ReportCells.TryFind(report.Format, cell["pointer"], out var catalogued));
            Assert.Equal(catalogued!.GetValue(report), decimal.Parse(cell["value"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.EndsWith(catalogued.Labels[catalogued.Labels.Length - 1], cell["column"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Blank_cells_and_annotations_come_from_the_source_notes_and_quoting_follows_rfc_4180()
    {
        var report = LoadTonggu() is AnnualReport2021 t
            ? t with
            {
                Metadata = t.Metadata with { AgencyName = "某县人民政府, \"办公室\"" },
                SourceNotes = SourceNotes.Create(new Dictionary<string, CellNote>
                {
                    ["/proactiveDisclosure/regulations/issued"] = CellNote.BlankCell,
                    ["/proactiveDisclosure/normativeDocuments/issued"] = new CellNote { Annotation = "其中修订16件", SourceText = "32（其中修订16件）" },
                }),
            }
            : throw new InvalidOperationException();
        var writer = new StringWriter();
        ReportExport.WriteCsv(writer, new[] { report });
        var text = writer.ToString();
        var rows = ParseCsv(text);

        Assert.Contains("\"某县人民政府, \"\"办公室\"\"\"", text, StringComparison.Ordinal);
        Assert.All(rows.Skip(1), row => Assert.Equal("某县人民政府, \"办公室\"", row[0]));
        var blank = rows.Single(row => row[3] == "/proactiveDisclosure/regulations/issued");
        Assert.Equal("true", blank[9]);
        Assert.Equal("0", blank[7]);
        var annotated = rows.Single(row => row[3] == "/proactiveDisclosure/normativeDocuments/issued");
        Assert.Equal("其中修订16件", annotated[10]);
        Assert.Equal("32（其中修订16件）", annotated[11]);
        Assert.Equal(1, rows.Skip(1).Count(row => row[9] == "true"));
    }

    private static AnnualReport LoadTonggu() => ReportJson.Read(File.ReadAllBytes(TestFiles.TonggoExamplePath));

    [Fact]
    public void Utf8_with_an_optional_byte_order_mark()
    {
        using var plain = new MemoryStream();
        using var bom = new MemoryStream();
        ReportExport.WriteCsv(plain, new[] { LoadTonggu() });
        ReportExport.WriteCsv(bom, new[] { LoadTonggu() }, byteOrderMark: true);

        Assert.Equal((byte)'a', plain.ToArray()[0]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bom.ToArray().Take(3).ToArray());
        Assert.Equal(plain.ToArray(), bom.ToArray().Skip(3).ToArray());
        Assert.Contains("铜鼓县", Encoding.UTF8.GetString(plain.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_hold_the_same_cells_as_the_csv()
    {
        var reports = TruthReports.Names.Select(Load).ToArray();
        using var stream = new MemoryStream();
        ReportExport.WriteJsonLines(stream, reports);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = reports.SelectMany(ReportExport.Cells).ToList();

        Assert.Equal(expected.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            Assert.Equal(expected[i].Pointer, root.GetProperty("pointer").GetString());
            Assert.Equal(expected[i].Value, root.GetProperty("value").GetDecimal());
            Assert.Equal(expected[i].Column, root.GetProperty("column").GetString());
            Assert.Equal(expected[i].Blank, root.GetProperty("blank").GetBoolean());
        }

        Assert.Contains(lines, l => l.Contains("\"value\":24252.311082", StringComparison.Ordinal));
    }

    [Fact]
    public void Row_and_column_paths_name_every_cell_once()
    {
        var cells = ReportExport.Cells(Load("huaian-city-2024")).ToList();

        Assert.Equal(cells.Count, cells.Select(c => (c.Table, c.Row, c.Column)).Distinct().Count());
        Assert.Equal(10, cells.Count(c => c.Table == "二"));
        Assert.Equal(175, cells.Count(c => c.Table == "三"));
        Assert.Equal(15, cells.Count(c => c.Table == "四"));
    }

    [Fact]
    public void An_amount_that_keeps_its_unit_is_exported_with_it()
    {
        var report = ReportJson.Read(TestFiles.ShanghaiBytes());

        var cell = ReportExport.Cells(report).Single(c => c.Pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount/amount");

        Assert.Equal((251000m, "元", "采购总金额"), (cell.Value, cell.Unit, cell.Column));
        Assert.Equal(ReportCells.For(ReportFormat.Format2019).Count(c => !c.Pointer.StartsWith("/otherMatters/", System.StringComparison.Ordinal)), ReportExport.Cells(report).Count());
        Assert.Equal(135, ReportExport.Cells(report).Count(c => c.Blank));
    }
}
