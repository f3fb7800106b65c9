using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

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
    /// <summary>
    /// The columns of the CSV and the members of the JSON Lines, in order — the one home of their names, types and
    /// descriptions (the header, both writers and <see cref="WriteDataPackage(Stream, string)"/> take them from here).
    /// Titles that are official labels come from <see cref="OfficialLabelAttribute"/>.
    /// </summary>
    private static readonly ExportField[] Fields =
    {
        new("agency", "string", Label(typeof(ReportMetadata), nameof(ReportMetadata.AgencyName)), "The publishing agency.", true,
            c => c.Agency, (j, n, c) => j.WriteString(n, c.Agency)),
        new("year", "integer", Label(typeof(ReportMetadata), nameof(ReportMetadata.ReportYear)), "The report year.", true,
            c => c.Year.ToString(CultureInfo.InvariantCulture), (j, n, c) => j.WriteNumber(n, c.Year)),
        new("format", "string", "格式版本", "The format version of the report: " + string.Join(" or ", ReportFormatInfo.All.Select(f => f.Version + " (" + f.Notice + ")")) + ".", true,
            c => c.Format, (j, n, c) => j.WriteString(n, c.Format)),
        new("pointer", "string", "单元格（JSON Pointer）", "The cell's JSON Pointer in the report JSON: the stable key of the cell.", true,
            c => c.Pointer, (j, n, c) => j.WriteString(n, c.Pointer)),
        new("table", "string", "表", "The table: 二 (proactive disclosure), 三 (applications) or 四 (reconsideration and litigation).", true,
            c => c.Table, (j, n, c) => j.WriteString(n, c.Table)),
        new("row", "string", "行", "The row's official labels as a path joined by /; empty for table 四's single row.", false,
            c => c.Row, (j, n, c) => j.WriteString(n, c.Row)),
        new("column", "string", "列", "The column's official labels as a path joined by /; the last segment is the cell's own label.", true,
            c => c.Column, (j, n, c) => j.WriteString(n, c.Column)),
        new("value", "number", "数值", "The number exactly as held, never rounded (counts are whole numbers; money keeps its written decimals).", true,
            c => c.Value.ToString(CultureInfo.InvariantCulture), (j, n, c) => j.WriteNumber(n, c.Value)),
        new("unit", "string", "单位", "The unit the format states for the cell (e.g. 万元), or the unit an amount was written in; empty when none.", false,
            c => c.Unit, (j, n, c) => j.WriteString(n, c.Unit)),
        new("blank", "boolean", Label(typeof(CellNote), nameof(CellNote.Blank)), "Whether the cell was blank in the published report (the value is then 0).", true,
            c => c.Blank ? "true" : "false", (j, n, c) => j.WriteBoolean(n, c.Blank)),
        new("annotation", "string", Label(typeof(CellNote), nameof(CellNote.Annotation)), "The annotation printed beside the number, if any.", false,
            c => c.Annotation, (j, n, c) => WriteOptional(j, n, c.Annotation)),
        new("source_text", "string", Label(typeof(CellNote), nameof(CellNote.SourceText)), "The cell's text as published, when it differed from the plain number.", false,
            c => c.SourceText, (j, n, c) => WriteOptional(j, n, c.SourceText)),
    };

    /// <summary>The CSV header line (without line break): <c>agency,year,format,pointer,table,row,column,value,unit,blank,annotation,source_text</c>.</summary>
    public static string CsvHeader { get; } = string.Join(",", Fields.Select(f => f.Name));

    /// <summary>The columns that identify a row: the agency, the year and the cell's pointer.</summary>
    private static readonly string[] PrimaryKey = { "agency", "year", "pointer" };

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
                    foreach (var field in Fields)
                    {
                        field.WriteJson(json, field.Name, cell);
                    }

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
        for (var i = 0; i < Fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            Field(writer, Fields[i].CsvText(cell));
        }

        writer.Write("\r\n");
    }

    /// <summary>
    /// Writes a Frictionless Data Package descriptor (<c>datapackage.json</c>, Data Package v2) for a CSV written by
    /// <see cref="WriteCsv(Stream, IEnumerable{AnnualReport}, bool)"/>: one tabular resource with the CSV's path, format
    /// <c>csv</c>, encoding <c>utf-8</c>, its dialect, and a Table Schema naming every column with its type
    /// (<c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>), Chinese title and English description; the primary
    /// key is <c>agency, year, pointer</c> (unique as long as the CSV holds one report per agency and year); an empty
    /// field is a missing value. Tools that read data packages (frictionless, pandas, R) then load the CSV without guessing.
    /// </summary>
    /// <param name="utf8">The stream written to (UTF-8 JSON, two-space indented, <c>\n</c> line ends); left open.</param>
    /// <param name="csvPath">The CSV's path relative to the descriptor (usually its file name), with <c>/</c> as separator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> or <paramref name="csvPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="csvPath"/> is empty, absolute or goes up a directory (the Data Package rules forbid it).</exception>
    public static void WriteDataPackage(Stream utf8, string csvPath)
    {
        if (utf8 is null)
        {
            throw new ArgumentNullException(nameof(utf8));
        }

        if (csvPath is null)
        {
            throw new ArgumentNullException(nameof(csvPath));
        }

        csvPath = csvPath.Replace('\\', '/');
        if (csvPath.Length == 0 || csvPath.StartsWith("/", StringComparison.Ordinal) || csvPath.Split('/').Contains("..") || csvPath.IndexOf(':') >= 0)
        {
            throw new ArgumentException("The CSV's path must be relative to the descriptor, without '..'.", nameof(csvPath));
        }

        var name = ResourceName(csvPath);
        var options = new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(utf8, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
            json.WriteString("name", name);
            json.WriteString("title", "Annual reports on government information disclosure: table cells");
            json.WriteString("description", "One row per table cell (tables 二, 三 and 四) of government information disclosure annual reports, keyed by agency, year and the cell's JSON Pointer.");
            json.WriteStartArray("resources");
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("type", "table");
            json.WriteString("path", csvPath);
            json.WriteString("format", "csv");
            json.WriteString("mediatype", "text/csv");
            json.WriteString("encoding", "utf-8");
            json.WriteStartObject("dialect");
            json.WriteBoolean("header", true);
            json.WriteString("delimiter", ",");
            json.WriteString("lineTerminator", "\r\n");
            json.WriteString("quoteChar", "\"");
            json.WriteBoolean("doubleQuote", true);
            json.WriteEndObject();
            json.WriteStartObject("schema");
            json.WriteStartArray("fields");
            foreach (var field in Fields)
            {
                json.WriteStartObject();
                json.WriteString("name", field.Name);
                json.WriteString("type", field.Type);
                json.WriteString("title", field.Title);
                json.WriteString("description", field.Description);
                if (field.Type == "boolean")
                {
                    json.WriteStartArray("trueValues");
                    json.WriteStringValue("true");
                    json.WriteEndArray();
                    json.WriteStartArray("falseValues");
                    json.WriteStringValue("false");
                    json.WriteEndArray();
                }

                if (field.Required)
                {
                    json.WriteStartObject("constraints");
                    json.WriteBoolean("required", true);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("primaryKey");
            foreach (var key in PrimaryKey)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
            json.WriteStartArray("missingValues");
            json.WriteStringValue(string.Empty);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        utf8.WriteByte((byte)'\n');
    }

    /// <summary>A Data Package name from the CSV's file name: lower-case letters, digits, <c>-</c>, <c>_</c>, <c>.</c>.</summary>
    private static string ResourceName(string csvPath)
    {
        var file = csvPath.Substring(csvPath.LastIndexOf('/') + 1);
        var stem = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? file.Substring(0, file.Length - 4) : file;
        var name = new StringBuilder();
        foreach (var c in stem.ToLowerInvariant())
        {
            name.Append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c is '-' or '_' or '.' ? c : '-');
        }

        return name.Length == 0 || name.ToString().Trim('-').Length == 0 ? "cells" : name.ToString();
    }

    private static string Label(Type type, string member) =>
        type.GetProperty(member)?.GetCustomAttributes(typeof(OfficialLabelAttribute), false).OfType<OfficialLabelAttribute>().FirstOrDefault()?.Label
        ?? throw new InvalidOperationException($"{type.Name}.{member} has no official label.");

    /// <summary>One column of the export: its name, Table Schema type, title, description, and how each writer writes it.</summary>
    private sealed class ExportField
    {
        public ExportField(string name, string type, string title, string description, bool required, Func<TidyCell, string?> csvText, Action<Utf8JsonWriter, string, TidyCell> writeJson)
        {
            Name = name;
            Type = type;
            Title = title;
            Description = description;
            Required = required;
            CsvText = csvText;
            WriteJson = writeJson;
        }

        public string Name { get; }

        public string Type { get; }

        public string Title { get; }

        public string Description { get; }

        public bool Required { get; }

        public Func<TidyCell, string?> CsvText { get; }

        public Action<Utf8JsonWriter, string, TidyCell> WriteJson { get; }
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
    /// name the row; table 三's columns stand under their headings (<see cref="ReportCell.ColumnHeadings"/>). Table 四 has one row of numbers under a
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
        var column = cell.ColumnHeadings.IsEmpty ? own : string.Join("/", cell.ColumnHeadings) + "/" + own;
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
