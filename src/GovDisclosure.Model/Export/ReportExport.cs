using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Export;

/// <summary>
/// One table cell of a report as a row of tidy data (one fact per row): who, which year, which cell (its
/// JSON Pointer and its official labels), the value exactly as held, and how it appeared in the source.
/// </summary>
public sealed record TidyCell
{
    /// <summary><c>agency</c> — the publishing agency.</summary>
    public required string Agency { get; init; }

    /// <summary><c>year</c> — the report year.</summary>
    public required int Year { get; init; }

    /// <summary><c>format</c> — the format version, e.g. <c>2021</c>.</summary>
    public required string Format { get; init; }

    /// <summary><c>pointer</c> — the cell's JSON Pointer in the report, the stable key.</summary>
    public required string Pointer { get; init; }

    /// <summary><c>table</c> — <c>二</c>, <c>三</c> or <c>四</c>.</summary>
    public required string Table { get; init; }

    /// <summary><c>row</c> — the row's official labels as a path joined by <c>/</c>, e.g. <c>三、本年度办理结果/（三）不予公开/1.属于国家秘密</c> (empty for table 四's single row).</summary>
    public required string Row { get; init; }

    /// <summary><c>column</c> — the column's official labels as a path joined by <c>/</c>, e.g. <c>申请人情况/法人或其他组织/商业企业</c>; the last segment is the cell's own label.</summary>
    public required string Column { get; init; }

    /// <summary><c>value</c> — the number exactly as held (never rounded).</summary>
    public required decimal Value { get; init; }

    /// <summary><c>unit</c> — the unit the format states for the cell (e.g. <c>万元</c>), or empty.</summary>
    public required string Unit { get; init; }

    /// <summary><c>blank</c> — whether the cell was blank in the published report (the value is then 0).</summary>
    public required bool Blank { get; init; }

    /// <summary><c>annotation</c> — the annotation printed beside the number, if any.</summary>
    public string? Annotation { get; init; }

    /// <summary><c>source_text</c> — the cell's text as published, when it differed from the plain number.</summary>
    public string? SourceText { get; init; }
}

/// <summary>
/// Tidy export of reports for data tools (pandas, R, Excel): one row per table cell, as CSV (RFC 4180, UTF-8)
/// or JSON Lines. Rows and columns are named by the official labels of the cell catalogue
/// (<see cref="ReportCells.For(ReportFormat)"/>) and keyed by JSON Pointer.
/// </summary>
public static class ReportExport
{
    /// <summary>The CSV header line (without line break).</summary>
    public const string CsvHeader = "agency,year,format,pointer,table,row,column,value,unit,blank,annotation,source_text";

    /// <summary>
    /// Column header groups the printed table 三 carries above the cells' own labels (申请人情况 over every column,
    /// 法人或其他组织 over five), from the model's <see cref="ColumnGroupAttribute"/>s. Keyed by the JSON property name of the column.
    /// </summary>
    private static readonly Dictionary<string, string[]> ApplicantColumnGroups = ReportJson.GetTypeInfo(typeof(ApplicantCounts)).Properties
        .Where(p => ColumnGroupAttribute.Of(p).Length > 0)
        .ToDictionary(p => p.Name, p => ColumnGroupAttribute.Of(p).ToArray(), StringComparer.Ordinal);

    /// <summary>The table cells of a report as tidy rows, in the catalogue's table order (tables 二, 三, 四).</summary>
    /// <param name="report">The report.</param>
    /// <returns>One row per table cell.</returns>
    public static IEnumerable<TidyCell> Cells(AnnualReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        return CellsOf(report);
    }

    private static IEnumerable<TidyCell> CellsOf(AnnualReport report)
    {
        var format = ((int)report.Format).ToString(CultureInfo.InvariantCulture);
        foreach (var cell in ReportCells.For(report.Format))
        {
            var table = TableOf(cell);
            if (table is null)
            {
                continue;
            }

            var (row, column) = Paths(cell, table);
            report.SourceNotes.TryGetValue(cell.Pointer, out var note);
            yield return new TidyCell
            {
                Agency = report.Metadata.AgencyName,
                Year = report.Metadata.ReportYear,
                Format = format,
                Pointer = cell.Pointer,
                Table = table,
                Row = row,
                Column = column,
                Value = cell.GetValue(report) ?? 0m,
                Unit = WrittenUnit(report, cell.Pointer) ?? UnitOf(cell.Labels[cell.Labels.Length - 1]),
                Blank = note?.Blank ?? false,
                Annotation = note?.Annotation,
                SourceText = note?.SourceText,
            };
        }
    }

    /// <summary>Writes reports as CSV: the header, then one line per table cell. RFC 4180 quoting, CRLF line ends.</summary>
    /// <param name="writer">Where to write (its encoding should be UTF-8).</param>
    /// <param name="reports">The reports.</param>
    public static void WriteCsv(TextWriter writer, IEnumerable<AnnualReport> reports)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (reports is null)
        {
            throw new ArgumentNullException(nameof(reports));
        }

        writer.Write(CsvHeader);
        writer.Write("\r\n");
        foreach (var report in reports)
        {
            foreach (var cell in Cells(report))
            {
                WriteCsvLine(writer, cell);
            }
        }
    }

    /// <summary>Writes reports as UTF-8 CSV to a stream, optionally with a byte-order mark (for Excel).</summary>
    /// <param name="utf8">The stream; left open.</param>
    /// <param name="reports">The reports.</param>
    /// <param name="byteOrderMark">Whether to start with the UTF-8 byte-order mark.</param>
    public static void WriteCsv(Stream utf8, IEnumerable<AnnualReport> reports, bool byteOrderMark = false)
    {
        if (utf8 is null)
        {
            throw new ArgumentNullException(nameof(utf8));
        }

        using var writer = new StreamWriter(utf8, new UTF8Encoding(byteOrderMark), 65536, leaveOpen: true);
        WriteCsv(writer, reports);
    }

    /// <summary>Writes reports as JSON Lines (UTF-8, one object per table cell, members named as the CSV columns; <c>value</c> a JSON number written exactly).</summary>
    /// <param name="utf8">The stream; left open.</param>
    /// <param name="reports">The reports.</param>
    public static void WriteJsonLines(Stream utf8, IEnumerable<AnnualReport> reports)
    {
        if (utf8 is null)
        {
            throw new ArgumentNullException(nameof(utf8));
        }

        if (reports is null)
        {
            throw new ArgumentNullException(nameof(reports));
        }

        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var report in reports)
        {
            foreach (var cell in Cells(report))
            {
                using (var json = new Utf8JsonWriter(utf8, options))
                {
                    json.WriteStartObject();
                    json.WriteString("agency", cell.Agency);
                    json.WriteNumber("year", cell.Year);
                    json.WriteString("format", cell.Format);
                    json.WriteString("pointer", cell.Pointer);
                    json.WriteString("table", cell.Table);
                    json.WriteString("row", cell.Row);
                    json.WriteString("column", cell.Column);
                    json.WriteNumber("value", cell.Value);
                    json.WriteString("unit", cell.Unit);
                    json.WriteBoolean("blank", cell.Blank);
                    WriteOptional(json, "annotation", cell.Annotation);
                    WriteOptional(json, "source_text", cell.SourceText);
                    json.WriteEndObject();
                }

                utf8.WriteByte((byte)'\n');
            }
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteCsvLine(TextWriter writer, TidyCell cell)
    {
        Field(writer, cell.Agency);
        writer.Write(',');
        writer.Write(cell.Year.ToString(CultureInfo.InvariantCulture));
        writer.Write(',');
        Field(writer, cell.Format);
        writer.Write(',');
        Field(writer, cell.Pointer);
        writer.Write(',');
        Field(writer, cell.Table);
        writer.Write(',');
        Field(writer, cell.Row);
        writer.Write(',');
        Field(writer, cell.Column);
        writer.Write(',');
        writer.Write(cell.Value.ToString(CultureInfo.InvariantCulture));
        writer.Write(',');
        Field(writer, cell.Unit);
        writer.Write(',');
        writer.Write(cell.Blank ? "true" : "false");
        writer.Write(',');
        Field(writer, cell.Annotation);
        writer.Write(',');
        Field(writer, cell.SourceText);
        writer.Write("\r\n");
    }

    /// <summary>An RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled.</summary>
    private static void Field(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value!.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\""));
        writer.Write('"');
    }

    /// <summary><c>二</c>, <c>三</c> or <c>四</c> from the cell's section label; <see langword="null"/> for cells outside the tables (section 六's fee facts).</summary>
    private static string? TableOf(ReportCell cell)
    {
        var section = cell.Labels[0];
        return section.Length > 0 && "二三四".IndexOf(section[0]) >= 0 ? section.Substring(0, 1) : null;
    }

    /// <summary>
    /// The row and column paths of a cell. Table 二 and 三: the labels between the section and the cell's own label
    /// name the row; table 三's columns stand under their header groups. Table 四 has one row of numbers under a
    /// three-level header: every label names the column (<c>行政诉讼·复议后起诉</c> is two header levels).
    /// </summary>
    private static (string Row, string Column) Paths(ReportCell cell, string table)
    {
        var labels = cell.Labels.Skip(1).SelectMany(l => l.Split('·')).Where(l => l.Length > 0).ToList();
        if (table == "四")
        {
            return (string.Empty, string.Join("/", labels));
        }

        var own = labels[labels.Count - 1];
        var row = string.Join("/", labels.Take(labels.Count - 1));
        var property = cell.Pointer.Substring(cell.Pointer.LastIndexOf('/') + 1);
        var column = table == "三" && ApplicantColumnGroups.TryGetValue(property, out var groups)
            ? string.Join("/", groups) + "/" + own
            : own;
        return (row, column);
    }

    /// <summary>The unit an amount was written in, for amounts that keep theirs (采购总金额 of the 2019 format), else <see langword="null"/>.</summary>
    private static string? WrittenUnit(AnnualReport report, string pointer) =>
        report is AnnualReport2019 r && pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount/amount"
            ? r.ProactiveDisclosure.CentralizedProcurement.TotalAmount.Unit ?? string.Empty
            : null;

    /// <summary>The unit a label states, e.g. <c>万元</c> from <c>本年收费金额（单位：万元）</c>; empty when it states none.</summary>
    private static string UnitOf(string label)
    {
        const string marker = "单位：";
        var start = label.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += marker.Length;
        var end = label.IndexOfAny(new[] { '）', ')' }, start);
        return end > start ? label.Substring(start, end - start) : string.Empty;
    }
}
