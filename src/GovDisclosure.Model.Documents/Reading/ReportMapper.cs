using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using GovDisclosure.Model.Documents.Writing;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>
/// Maps the neutral layout of any source to the model: finds each table by its labels, tells the format
/// from the labels, takes each data row's value cells left to right, splits the narrative into the
/// model's sections. Everything it cannot place exactly becomes a finding.
/// </summary>
internal sealed class ReportMapper
{
    private static readonly Regex TitlePattern = new(@"^(?<a>.*?)(?<y>(19|20)[0-9]{2})\s*年度?(?<b>.*?)政府信息公开(工作)?年度?报告", RegexOptions.CultureInvariant);
    private static readonly Regex DatePattern = new(@"(?<y>(19|20)[0-9]{2})\s*[-年/.]\s*(?<m>[0-9]{1,2})\s*[-月/.]\s*(?<d>[0-9]{1,2})", RegexOptions.CultureInvariant);
    private static readonly Regex StatedDatePattern = new(@"(发布|成文|公开)(日期|时间)\s*[:：]\s*(?<date>(19|20)[0-9]{2}\s*[-年/.]\s*[0-9]{1,2}\s*[-月/.]\s*[0-9]{1,2})", RegexOptions.CultureInvariant);
    private static readonly Regex NoticesPattern = new(@"(发出|开具|送达)[^0-9]{0,12}收费通知[^0-9]{0,6}(?<n>[0-9]{1,9})(件|份|次|个)", RegexOptions.CultureInvariant);
    private static readonly Regex CollectedPattern = new(@"收取[^0-9]{0,20}信息处理费[^0-9]{0,6}(?<n>[0-9]{1,12}(\.[0-9]{1,4})?)(?<u>万元|元)", RegexOptions.CultureInvariant);
    private static readonly Regex DivisionPattern = new(@"^[0-9]{6}$", RegexOptions.CultureInvariant);
    private static readonly Regex SubHeadingPattern = new(@"^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.．、])", RegexOptions.CultureInvariant);

    private readonly SourceLayout _layout;
    private readonly PublishedReportOptions _options;
    private readonly List<Finding> _findings = new();
    private readonly List<ExtraRow> _extras = new();
    private readonly Dictionary<string, (decimal Value, SourceCell? Cell, CellNote? Note)> _values = new(StringComparer.Ordinal);

    /// <summary>The units written beside amounts that keep their unit (采购总金额 of the 2019 format: 元, 万元, 亿元).</summary>
    private readonly Dictionary<string, string> _units = new(StringComparer.Ordinal);

    /// <summary>The table of section 六's fee facts (信息处理费: notices issued, amount noticed, amount collected), if printed.</summary>
    private SourceTable? _feesTable;

    private ReportMapper(SourceLayout layout, PublishedReportOptions options)
    {
        _layout = layout;
        _options = options;
    }

    public static (AnnualReport? Report, ImmutableArray<Finding> Findings, ImmutableArray<CellProvenance> Cells, ImmutableArray<ExtraRow> Extras) Map(SourceLayout layout, PublishedReportOptions options)
    {
        var mapper = new ReportMapper(layout, options);
        return mapper.Run();
    }

    private (AnnualReport?, ImmutableArray<Finding>, ImmutableArray<CellProvenance>, ImmutableArray<ExtraRow>) Run()
    {
        var tables = _layout.Blocks.Where(b => b.Table is not null).Select(b => b.Table!).ToList();
        _feesTable = tables.FirstOrDefault(IsFeesTable);
        if (_feesTable is not null)
        {
            tables.Remove(_feesTable);
        }

        var (format, assignment) = ChooseFormat(tables);
        if (format is null || assignment.Count == 0)
        {
            _findings.Add(ReadingRules.Create(
                ReadingRules.NotAReport,
                string.Empty,
                tables.Count == 0 ? "文件中没有表格" : $"文件中的 {tables.Count} 个表格都不是年度报告的表格",
                tables.Count == 0 ? "the document has no tables" : $"none of the document's {tables.Count} tables is a report table"));
            return (null, _findings.ToImmutableArray(), ImmutableArray<CellProvenance>.Empty, _extras.ToImmutableArray());
        }

        foreach (var table in format.Tables)
        {
            var grids = assignment.Where(a => a.Value == table).Select(a => a.Key).OrderBy(t => t.Index).ToList();
            if (grids.Count == 0)
            {
                _findings.Add(ReadingRules.Create(
                    ReadingRules.TableMissing,
                    table.Pointer,
                    $"未找到表{table.Key}（{table.SectionLabel}），其单元格按 0 处理",
                    $"table {table.Key} ({table.SectionLabel}) was not found; its cells are 0"));
                continue;
            }

            MapTable(table, grids);
        }

        var json = BuildJson(format);
        if (!ReportJson.TryRead(json, out var report, out var error))
        {
            _findings.Add(error);
            return (null, _findings.ToImmutableArray(), Provenance(format), _extras.ToImmutableArray());
        }

        return (report, _findings.ToImmutableArray(), Provenance(format), _extras.ToImmutableArray());
    }

    // ---- Tables -------------------------------------------------------------------------------

    private static (FormatLayout? Format, Dictionary<SourceTable, TableLayout> Assignment) ChooseFormat(List<SourceTable> tables)
    {
        FormatLayout? best = null;
        var bestScore = 0;
        Dictionary<SourceTable, TableLayout> bestAssignment = new();
        var texts = tables.ToDictionary(t => t, t => new HashSet<string>(t.Rows.SelectMany(r => r).Select(c => TextForms.Normalize(c.Text)).Where(s => s.Length > 0), StringComparer.Ordinal));
        foreach (var format in FormatLayout.All)
        {
            var assignment = new Dictionary<SourceTable, TableLayout>();
            var total = 0;
            foreach (var table in tables)
            {
                TableLayout? chosen = null;
                var chosenScore = 0;
                foreach (var layout in format.Tables)
                {
                    var score = texts[table].Count(layout.Labels.Contains);
                    if (score > chosenScore)
                    {
                        chosen = layout;
                        chosenScore = score;
                    }
                }

                if (chosen is not null && chosenScore >= 2)
                {
                    assignment[table] = chosen;
                    total += chosenScore;
                }
            }

            if (total > bestScore)
            {
                best = format;
                bestScore = total;
                bestAssignment = assignment;
            }
        }

        return (best, bestAssignment);
    }

    private void MapTable(TableLayout table, List<SourceTable> grids)
    {
        CheckColumns(table, grids);
        var matched = new Dictionary<RowLayout, bool>();
        var unlabeled = new List<(SourceTable Grid, List<SourceCell> Values)>();
        RowLayout? previous = null;
        var hybridGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var grid in grids)
        {
            foreach (var row in grid.Rows)
            {
                var lastLabel = -1;
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i].Text.Length > 0 && !TextForms.ReadCell(row[i].Text).IsValue)
                    {
                        lastLabel = i;
                    }
                }

                var values = row.Skip(lastLabel + 1).ToList();
                if (lastLabel < 0)
                {
                    if (values.Any(v => v.Text.Length > 0) || values.Count > 1)
                    {
                        unlabeled.Add((grid, values));
                    }

                    continue;
                }

                var labels = row.Take(lastLabel + 1).Where(c => c.Text.Length > 0).ToList();
                var label = labels[labels.Count - 1];
                var normalized = TextForms.Normalize(label.Text);
                RowLayout? target = null;
                if (table.LeafIndex.TryGetValue(normalized, out var leaf))
                {
                    if (values.Count == 0)
                    {
                        continue; // A header naming the row's label (table 四).
                    }

                    target = leaf;
                }
                else if (table.GroupIndex.TryGetValue(normalized, out var groupRows))
                {
                    var candidate = groupRows[groupRows.Count - 1];
                    if (values.Count >= candidate.Cells.Count && groupRows.Count > 1)
                    {
                        // A group printed as one row with numbers (the 2019 single （六）其他处理): its values go to the group's last row.
                        target = candidate;
                        hybridGroups.Add(normalized);
                        _findings.Add(ReadingRules.Create(
                            RuleIds.FormatTemplateDeviation,
                            candidate.Pointer,
                            $"表{table.Key}的“{TextForms.Clean(label.Text)}”只有一行（旧格式），其数字计入“{candidate.DisplayName}”；{string.Join("、", groupRows.Take(groupRows.Count - 1).Select(r => r.Path[r.Path.Count - 1]))}按 0 处理",
                            $"table {table.Key} has '{TextForms.Clean(label.Text)}' as a single row (the older layout); its numbers are placed in '{candidate.DisplayName}', and {string.Join(", ", groupRows.Take(groupRows.Count - 1).Select(r => r.Path[r.Path.Count - 1]))} are 0"));
                        foreach (var other in groupRows.Take(groupRows.Count - 1))
                        {
                            matched[other] = true;
                        }
                    }
                    else
                    {
                        continue; // A group heading on its own row.
                    }
                }
                else if (values.Count > 0)
                {
                    target = Similar(table, normalized, previous, matched, values.Count);
                    if (target is not null)
                    {
                        _findings.Add(ReadingRules.Create(
                            ReadingRules.LabelVariant,
                            target.Pointer,
                            $"表{table.Key}的行“{TextForms.Clean(label.Text)}”按位置和相似度对应“{target.Path[target.Path.Count - 1]}”",
                            $"table {table.Key}'s row '{TextForms.Clean(label.Text)}' is matched by position and similarity to '{target.Path[target.Path.Count - 1]}'"));
                    }
                    else if (values.Any(v => v.Text.Length > 0))
                    {
                        AddExtra(table, grid, label, values);
                        continue;
                    }
                    else
                    {
                        continue;
                    }
                }
                else
                {
                    continue;
                }

                if (matched.ContainsKey(target) && matched[target] && !hybridGroups.Contains(normalized))
                {
                    AddExtra(table, grid, label, values);
                    continue;
                }

                matched[target] = true;
                previous = target;
                TakeValues(table, target, values, label);
            }
        }

        var missing = table.Rows.Where(r => !matched.ContainsKey(r)).ToList();
        if (missing.Count == table.Rows.Count)
        {
            // A table whose rows are headers and whose numbers stand in one unlabeled row (table 四): left to right.
            var row = unlabeled.LastOrDefault(u => u.Values.Count >= table.Cells.Count);
            if (row.Values is not null)
            {
                var index = 0;
                foreach (var layoutRow in table.Rows)
                {
                    foreach (var cell in layoutRow.Cells)
                    {
                        Put(cell, row.Values[index++]);
                    }
                }

                return;
            }
        }

        if (missing.Count == table.Rows.Count)
        {
            _findings.Add(ReadingRules.Create(
                ReadingRules.TableMissing,
                table.Pointer,
                $"表{table.Key}（{table.SectionLabel}）中没有可读的数据行，其单元格按 0 处理",
                $"table {table.Key} ({table.SectionLabel}) has no readable data rows; its cells are 0"));
            return;
        }

        foreach (var row in missing)
        {
            _findings.Add(ReadingRules.Create(
                ReadingRules.TableMissing,
                row.Pointer,
                $"表{table.Key}缺少“{row.DisplayName}”一行（报告可能不完整），按 0 处理",
                $"table {table.Key} lacks the row '{row.DisplayName}' (the report may be cut off); its cells are 0"));
        }
    }

    /// <summary>Values are taken left to right; a column label of the format that the table never prints means the columns may mean something else.</summary>
    private void CheckColumns(TableLayout table, List<SourceTable> grids)
    {
        var printed = new HashSet<string>(grids.SelectMany(g => g.Rows).SelectMany(r => r).Select(c => TextForms.Normalize(c.Text)), StringComparer.Ordinal);
        var missing = table.Cells.Select(c => c.Labels[c.Labels.Length - 1]).Distinct(StringComparer.Ordinal)
            .Where(label => !printed.Contains(TextForms.Normalize(label)))
            .ToList();
        if (missing.Count > 0)
        {
            _findings.Add(ReadingRules.Create(
                RuleIds.FormatTemplateDeviation,
                table.Pointer,
                $"表{table.Key}没有印出列“{string.Join("”“", missing)}”；数字按格式的列序从左到右读取，请核对",
                $"table {table.Key} does not print the column(s) '{string.Join("', '", missing)}'; numbers are read left to right in the format's column order: check them"));
        }
    }

    private static RowLayout? Similar(TableLayout table, string normalized, RowLayout? previous, Dictionary<RowLayout, bool> matched, int valueCount)
    {
        var next = table.Rows.FirstOrDefault(r => r.Index > (previous?.Index ?? -1) && !matched.ContainsKey(r));
        if (next is not null && next.Cells.Count <= valueCount && TextForms.Similarity(normalized, next.Leaf) >= 0.6)
        {
            return next;
        }

        RowLayout? best = null;
        var bestScore = 0.75;
        foreach (var row in table.Rows.Where(r => !matched.ContainsKey(r) && r.Cells.Count <= valueCount))
        {
            var score = TextForms.Similarity(normalized, row.Leaf);
            if (score >= bestScore)
            {
                best = row;
                bestScore = score;
            }
        }

        return best;
    }

    private void AddExtra(TableLayout table, SourceTable grid, SourceCell label, List<SourceCell> values)
    {
        _extras.Add(new ExtraRow
        {
            Table = table.Key,
            Label = label.Text,
            Cells = values.Select(v => v.Text).ToArray(),
            SourceTable = grid.Index,
            SourceRow = label.Row,
        });
        _findings.Add(ReadingRules.Create(
            RuleIds.FormatTemplateDeviation,
            table.Pointer,
            $"表{table.Key}有格式之外的一行“{TextForms.Clean(label.Text)}”（{string.Join(" | ", values.Select(v => v.Text))}），已保留在额外行中",
            $"table {table.Key} has a row the format does not have, '{TextForms.Clean(label.Text)}' ({string.Join(" | ", values.Select(v => v.Text))}); kept as an extra row"));
    }

    private void TakeValues(TableLayout table, RowLayout row, List<SourceCell> values, SourceCell label)
    {
        if (values.Count < row.Cells.Count)
        {
            _findings.Add(ReadingRules.Create(
                ReadingRules.TableMissing,
                row.Pointer,
                $"表{table.Key}“{TextForms.Clean(label.Text)}”一行只有 {values.Count} 个单元格，应有 {row.Cells.Count} 个；缺少的按 0 处理",
                $"table {table.Key}'s row '{TextForms.Clean(label.Text)}' has {values.Count} cells where {row.Cells.Count} are expected; the missing ones are 0"));
        }

        for (var i = 0; i < row.Cells.Count && i < values.Count; i++)
        {
            Put(row.Cells[i], values[i]);
        }
    }

    private void Put(ReportCell cell, SourceCell source)
    {
        var read = Interpret(cell, source.Text);
        if (read.Unreadable)
        {
            _findings.Add(ReadingRules.Create(
                ReadingRules.CellUnreadable,
                cell.Pointer,
                $"{cell.DisplayName}：“{source.Text}”不是该单元格可容纳的数字，按 0 处理",
                $"{cell.EnglishDisplayName}: '{source.Text}' is not a number this cell can hold; read as 0"));
        }
        else if (read.Note?.Annotation is { } annotation)
        {
            _findings.Add(ReadingRules.Create(
                ReadingRules.Annotation,
                cell.Pointer,
                $"{cell.DisplayName}：“{source.Text}”读作 {read.Value.ToString(CultureInfo.InvariantCulture)}，注释“{annotation}”保留在来源备注中",
                $"{cell.EnglishDisplayName}: '{source.Text}' is read as {read.Value.ToString(CultureInfo.InvariantCulture)}; the annotation '{annotation}' is kept in the source notes"));
        }

        if (read.Unit is { } unit)
        {
            _units[cell.Pointer] = unit;
        }

        _values[cell.Pointer] = (read.Value, source, read.Note);
    }

    /// <summary>What a value cell's printed text gives: the value, the source note to keep, the unit kept beside an amount.</summary>
    internal readonly struct CellReading
    {
        public CellReading(decimal value, CellNote? note, string? unit, bool unreadable)
        {
            Value = value;
            Note = note;
            Unit = unit;
            Unreadable = unreadable;
        }

        public decimal Value { get; }

        public CellNote? Note { get; }

        public string? Unit { get; }

        public bool Unreadable { get; }
    }

    /// <summary>
    /// Reads a value cell's text as the reader does (the writers use it to print only what reads back): blank → 0 and a
    /// blank note; a number with an annotation → the number and the annotation; a number written otherwise than plainly
    /// → the number and the text as printed; text that is no number the cell can hold → 0, unreadable.
    /// </summary>
    internal static CellReading Interpret(ReportCell cell, string text)
    {
        var read = TextForms.ReadCell(text);
        if (read.IsBlank)
        {
            return new CellReading(0m, text.Length == 0 ? CellNote.BlankCell : new CellNote { Blank = true, SourceText = text }, null, false);
        }

        if (read.Number is not { } number
            || (cell.Kind == CellKind.Count && (number < 0 || number != decimal.Truncate(number) || number > uint.MaxValue))
            || (cell.Kind == CellKind.SignedCount && (number != decimal.Truncate(number) || number < int.MinValue || number > int.MaxValue))
            || (cell.Kind == CellKind.Money && number < 0))
        {
            return new CellReading(0m, new CellNote { SourceText = text }, null, true);
        }

        // The amount and its unit are both in the model (采购总金额 of the 2019 format): nothing is lost, annotated or not.
        var unit = KeepsUnit(cell) && read.Unit is { } written && AmountWithUnit.Units.Contains(written) ? written : null;
        if (read.Annotation is not null)
        {
            return new CellReading(number, new CellNote { Annotation = read.Annotation, SourceText = text }, unit, false);
        }

        if (unit is not null)
        {
            return new CellReading(number, null, unit, false);
        }

        if (read.Unit is not null || TextForms.Normalize(text) != number.ToString(CultureInfo.InvariantCulture))
        {
            return new CellReading(number, new CellNote { SourceText = text }, null, false);
        }

        return new CellReading(number, null, null, false);
    }

    private ImmutableArray<CellProvenance> Provenance(FormatLayout format)
    {
        var tableOf = new Dictionary<SourceCell, int>();
        foreach (var block in _layout.Blocks)
        {
            if (block.Table is { } table)
            {
                foreach (var cell in table.Rows.SelectMany(r => r))
                {
                    tableOf[cell] = table.Index;
                }
            }
        }

        var cells = ImmutableArray.CreateBuilder<CellProvenance>();
        foreach (var cell in format.Tables.SelectMany(t => t.Cells))
        {
            if (_values.TryGetValue(cell.Pointer, out var value) && value.Cell is { } source)
            {
                cells.Add(new CellProvenance
                {
                    Pointer = cell.Pointer,
                    SourceText = source.Text,
                    Table = tableOf.TryGetValue(source, out var index) ? index : -1,
                    Row = source.Row,
                    Column = source.Column,
                    Page = source.Page,
                    Box = source.Box is { } box ? new PageBox { Left = box.Left, Bottom = box.Bottom, Right = box.Right, Top = box.Top } : null,
                });
            }
        }

        return cells.ToImmutable();
    }

    // ---- The report as JSON -------------------------------------------------------------------

    /// <summary>The report as JSON (then read by the core's strict reader): cells written in catalogue order, which nests each object's cells together.</summary>
    /// <summary>Whether a cell is the amount of an amount-with-unit (its JSON member is <c>amount</c> beside a <c>unit</c>).</summary>
    internal static bool KeepsUnit(ReportCell cell) => cell.Pointer.EndsWith("/totalAmount/amount", StringComparison.Ordinal);

    private byte[] BuildJson(FormatLayout format)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("formatVersion", ((int)format.Format).ToString(CultureInfo.InvariantCulture));
            json.WritePropertyName("metadata");
            Metadata().WriteTo(json);
            var sections = Sections(format);
            json.WritePropertyName("overview");
            Paragraphs(sections[0]).WriteTo(json);

            var open = new List<string>();
            foreach (var cell in format.Tables.SelectMany(t => t.Cells))
            {
                var parts = cell.Pointer.Split('/').Skip(1).Select(p => p.Replace("~1", "/").Replace("~0", "~")).ToArray();
                var common = 0;
                while (common < open.Count && common < parts.Length - 1 && open[common] == parts[common])
                {
                    common++;
                }

                while (open.Count > common)
                {
                    json.WriteEndObject();
                    open.RemoveAt(open.Count - 1);
                }

                for (var k = common; k < parts.Length - 1; k++)
                {
                    json.WriteStartObject(parts[k]);
                    open.Add(parts[k]);
                }

                var value = _values.TryGetValue(cell.Pointer, out var v) ? v.Value : 0m;
                if (cell.Kind == CellKind.Count)
                {
                    json.WriteNumber(parts[parts.Length - 1], (long)value);
                }
                else
                {
                    json.WriteNumber(parts[parts.Length - 1], value);
                    if (_units.TryGetValue(cell.Pointer, out var unit))
                    {
                        json.WriteString("unit", unit);
                    }
                }
            }

            while (open.Count > 0)
            {
                json.WriteEndObject();
                open.RemoveAt(open.Count - 1);
            }

            json.WritePropertyName("problemsAndImprovements");
            Paragraphs(sections[4]).WriteTo(json);
            var otherMatters = Paragraphs(sections[5]);
            if ((_feesTable is not null ? FeesFromTable(format.Format, _feesTable) : Fees(sections[5])) is { } fees)
            {
                otherMatters["fees"] = fees;
            }

            json.WritePropertyName("otherMatters");
            otherMatters.WriteTo(json);
            var notes = _values.Where(p => p.Value.Note is not null).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            if (notes.Count > 0)
            {
                json.WriteStartObject("sourceNotes");
                foreach (var pair in notes)
                {
                    var note = pair.Value.Note!;
                    json.WriteStartObject(pair.Key);
                    if (note.Blank)
                    {
                        json.WriteBoolean("blank", true);
                    }

                    if (note.Annotation is not null)
                    {
                        json.WriteString("annotation", note.Annotation);
                    }

                    if (note.SourceText is not null)
                    {
                        json.WriteString("sourceText", note.SourceText);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private JsonObject Metadata()
    {
        // What the options give, then the document's properties (a Word file's), then its stated lines, then its title.
        var stated = StatedFields();
        var statedAgency = Property("/metadata/agencyName") ?? (stated.TryGetValue(ReportTexts.AgencyLabel, out var line) ? line : null);
        var (agency, year) = StatedTitle(statedAgency);
        var metadata = new JsonObject();
        agency = _options.AgencyName ?? statedAgency ?? agency;
        year = _options.ReportYear ?? (int.TryParse(Property("/metadata/reportYear"), NumberStyles.None, CultureInfo.InvariantCulture, out var statedYear) ? statedYear : year);
        if (string.IsNullOrWhiteSpace(agency) || year is null)
        {
            _findings.Add(ReadingRules.Create(
                ReadingRules.Metadata,
                "/metadata",
                "文件中未找到" + (string.IsNullOrWhiteSpace(agency) ? "发布机关" : string.Empty) + (year is null ? (string.IsNullOrWhiteSpace(agency) ? "和" : string.Empty) + "报告年度" : string.Empty) + "，请在选项中给出",
                "the document does not state the " + (string.IsNullOrWhiteSpace(agency) ? "agency" : string.Empty) + (year is null ? (string.IsNullOrWhiteSpace(agency) ? " and the " : string.Empty) + "report year" : string.Empty) + "; give it in the options"));
        }

        metadata["agencyName"] = agency ?? string.Empty;
        metadata["reportYear"] = year ?? 0;
        var date = _options.PublicationDate ?? ParseDate(Property("/metadata/publicationDate") ?? string.Empty) ?? StatedDate();
        if (date is { } d)
        {
            metadata["publicationDate"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (Property("/metadata/administrativeDivisionCode") is { } code)
        {
            metadata["administrativeDivisionCode"] = code;
        }
        else if (stated.TryGetValue(ReportTexts.DivisionLabel, out var division) && DivisionPattern.IsMatch(division))
        {
            metadata["administrativeDivisionCode"] = division;
        }

        if ((_options.SourceUrl ?? Property("/metadata/sourceUrl")) is { } url)
        {
            metadata["sourceUrl"] = url;
        }
        else if (stated.TryGetValue(ReportTexts.UrlLabel, out var statedUrl) && Uri.TryCreate(statedUrl, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
        {
            metadata["sourceUrl"] = statedUrl;
        }

        return metadata;
    }

    /// <summary>A member of the report the document's properties state, by its JSON Pointer (see <see cref="SourceLayout.Properties"/>).</summary>
    private string? Property(string pointer) => _layout.Properties.TryGetValue(pointer, out var value) ? value : null;

    /// <summary>
    /// The metadata a document states before its first section as <c>label：value</c> lines with the model's labels
    /// (发布机关、行政区划代码、来源网址), value trimmed; the first statement of each counts.
    /// </summary>
    private Dictionary<string, string> StatedFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var labels = new[] { ReportTexts.AgencyLabel, ReportTexts.DivisionLabel, ReportTexts.UrlLabel };
        foreach (var block in _layout.Blocks.Take(60))
        {
            if (block.Table is not null)
            {
                break;
            }

            var text = block.Text!;
            foreach (var label in labels)
            {
                if (text.Length > label.Length + 1 && text.StartsWith(label, StringComparison.Ordinal)
                    && (text[label.Length] == ReportTexts.LabelColon || text[label.Length] == ':') && !fields.ContainsKey(label))
                {
                    var value = TextForms.Clean(text.Substring(label.Length + 1));
                    if (value.Length > 0)
                    {
                        fields[label] = value;
                    }
                }
            }
        }

        return fields;
    }

    private (string? Agency, int? Year) StatedTitle(string? statedAgency)
    {
        var candidates = new List<string>();
        if (_layout.Title is { } title)
        {
            candidates.Add(title);
        }

        if (statedAgency is not null)
        {
            // The agency is stated: the title is the agency's name, then the year (whatever digits the name holds).
            foreach (var candidate in candidates.Concat(_layout.Blocks.Take(60).Where(b => b.Text is not null).Select(b => b.Text!)))
            {
                var text = TextForms.Clean(candidate);
                if (text.StartsWith(statedAgency, StringComparison.Ordinal))
                {
                    var match = TitlePattern.Match(text.Substring(statedAgency.Length));
                    if (match.Success && match.Groups["a"].Value.Trim().Length == 0)
                    {
                        return (statedAgency, int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture));
                    }
                }
            }
        }

        var opening = _layout.Blocks.Take(60).Where(b => b.Text is not null && b.Text.Length <= 80).Select(b => b.Text!).ToList();
        candidates.AddRange(opening);
        candidates.AddRange(opening.Zip(opening.Skip(1), (a, b) => a + b)); // a title printed over two lines
        int? year = null;
        foreach (var candidate in candidates)
        {
            if (candidate.IndexOf("政府信息公开", StringComparison.Ordinal) < 0 || candidate.IndexOf("报告", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var text = FoldDigits(TextForms.Clean(candidate.Split('_')[0]));
            var match = TitlePattern.Match(text);
            if (match.Success)
            {
                year ??= int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                var agency = match.Groups["a"].Value.Trim();
                if (agency.Length == 0)
                {
                    agency = match.Groups["b"].Value.Trim();
                }

                if (agency.Length > 0)
                {
                    return (agency, year);
                }
            }
        }

        return (null, year);
    }

    private DateTime? StatedDate()
    {
        if (_layout.DateText is { } meta && ParseDate(meta) is { } fromMeta)
        {
            return fromMeta;
        }

        foreach (var block in _layout.Blocks.Take(60).Where(b => b.Text is not null && (b.Text.Contains("日期") || b.Text.Contains("时间"))))
        {
            var match = StatedDatePattern.Match(FoldDigits(block.Text!));
            if (match.Success && ParseDate(match.Groups["date"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateTime? ParseDate(string text)
    {
        var match = DatePattern.Match(FoldDigits(text));
        if (!match.Success)
        {
            return null;
        }

        var y = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var m = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified) : null;
    }

    /// <summary>
    /// Full-width digits made ASCII, for the patterns of titles and dates, which take ASCII digits only (<c>\d</c>
    /// would also take the digits of other scripts, which the parsers refuse).
    /// </summary>
    private static string FoldDigits(string text)
    {
        var folded = text.ToCharArray();
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] >= '０' && folded[i] <= '９')
            {
                folded[i] = (char)('0' + (folded[i] - '０'));
            }
        }

        return new string(folded);
    }

    // ---- Narrative ----------------------------------------------------------------------------

    /// <summary>The six sections' paragraphs (index 0..5 for 一..六; tables' sections hold none).</summary>
    private List<SourceBlock>[] Sections(FormatLayout format)
    {
        var labels = ReportTexts.For(format.Format).Sections.ToArray();
        var sections = Enumerable.Range(0, 6).Select(_ => new List<SourceBlock>()).ToArray();
        var current = -1;
        foreach (var block in _layout.Blocks)
        {
            if (block.Table is not null)
            {
                if (current == 0)
                {
                    current = -2; // The overview ends at the first table.
                }

                continue;
            }

            var text = block.Text!;
            if (block.Kind == BlockKind.Unknown)
            {
                if (current >= 0 && IsSiteChrome(text))
                {
                    // The report ends where the site's page furniture begins (a page saved as Word keeps it as paragraphs).
                    current = -2;
                    continue;
                }

                var heading = HeadingIndex(text, labels, current);
                if (heading >= 0)
                {
                    current = heading;
                    _marksHeadings = (_marksHeadings ?? true) && block.OutlineLevel is not null;
                    continue;
                }
            }

            if (current >= 0)
            {
                sections[current].Add(block);
            }
        }

        // A document whose section headings are headings, and which has headings below them (a style for them, or
        // paragraphs of the narrative marked so), marks its sub-headings too.
        _marksHeadings = _marksHeadings == true
            && (_layout.SubHeadingStyles || sections.Any(s => s.Any(b => b.OutlineLevel is not null)));
        return sections;
    }

    /// <summary>
    /// Whether the document marks its headings (a Word document whose section headings are Word headings, with
    /// headings below them): then a paragraph is a sub-heading exactly when it has an outline level, whatever its words.
    /// </summary>
    private bool? _marksHeadings;

    private static readonly string[] ChromeMarks =
    {
        "附件下载", "扫一扫", "打印本页", "关闭窗口", "【打印】", "【关闭】", "相关链接", "分享到", "主办单位", "承办单位", "网站标识码", "ICP备", "版权所有", "上一篇", "下一篇", "字号：", "字体：", "【字体", "浏览次数", "访问量",
    };

    private static readonly string[] NormalizedChromeMarks = ChromeMarks.Select(TextForms.Normalize).ToArray();

    private static bool IsSiteChrome(string text)
    {
        if (text.Length > 200)
        {
            return false;
        }

        var normalized = TextForms.Normalize(text);
        return normalized.Length <= 60 && NormalizedChromeMarks.Any(m => normalized.IndexOf(m, StringComparison.Ordinal) >= 0);
    }

    private static int HeadingIndex(string text, string?[] labels, int current)
    {
        if (text.Length > 120)
        {
            return -1;
        }

        var normalized = TextForms.Normalize(text);
        if (normalized.Length > 40)
        {
            return -1;
        }

        for (var i = Math.Max(0, current + 1); i < labels.Length; i++)
        {
            var label = labels[i];
            if (label is null)
            {
                continue;
            }

            var official = TextForms.Normalize(label);
            var prefix = official.Substring(0, official.IndexOf(',') + 1);
            if (prefix.Length > 0 && normalized.StartsWith(prefix, StringComparison.Ordinal) && TextForms.Similarity(normalized, official) >= 0.5)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A section's paragraphs. Where the document marks headings and texts (a page this library wrote), a heading takes
    /// the marked text after it (or none); where a Word document marks its headings by outline level, those are the
    /// headings; elsewhere a short numbered line such as （一）主动公开情况 is a heading and takes the paragraph after it.
    /// </summary>
    private JsonObject Paragraphs(List<SourceBlock> blocks)
    {
        var paragraphs = new JsonArray();
        var marked = _marksHeadings == true;
        bool LooksLikeHeading(SourceBlock b) => b.Kind == BlockKind.Unknown && (marked ? b.OutlineLevel is not null : IsSubHeading(b.Text!));
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text!;
            var isHeading = block.Kind == BlockKind.Heading || LooksLikeHeading(block);
            if (isHeading)
            {
                var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
                var takesNext = next is not null && (block.Kind == BlockKind.Heading
                    ? next.Kind == BlockKind.Text || (next.Kind == BlockKind.Unknown && !LooksLikeHeading(next))
                    : next.Kind != BlockKind.Heading && !LooksLikeHeading(next));
                var body = takesNext ? blocks[++i].Text! : string.Empty;
                paragraphs.Add(new JsonObject { ["heading"] = text, ["text"] = body });
            }
            else
            {
                paragraphs.Add(new JsonObject { ["text"] = text });
            }
        }

        return new JsonObject { ["paragraphs"] = paragraphs };
    }

    /// <summary>Whether a table is the fee facts of section 六: it prints at least two of their labels.</summary>
    private static bool IsFeesTable(SourceTable table)
    {
        var labels = ReportTexts.For(ReportFormat.Format2021).FeeCells.Select(c => TextForms.Normalize(c.Labels[c.Labels.Length - 1])).ToList();
        var found = table.Rows.Count > 0 ? table.Rows[0].Count(c => labels.Contains(TextForms.Normalize(c.Text))) : 0;
        return found >= 2;
    }

    /// <summary>The fee facts from their table: each column by its label, the first row of numbers below; a blank cell is a fact not stated.</summary>
    private JsonObject FeesFromTable(ReportFormat format, SourceTable table)
    {
        var fees = new JsonObject();
        var cells = ReportTexts.For(format).FeeCells;
        var caption = TextForms.Normalize(ReportTexts.For(format).FeesCaption);
        var header = table.Rows[0].Where(c => TextForms.Normalize(c.Text) != caption).ToList(); // a caption leading each column's path
        var values = table.Rows.Skip(1).FirstOrDefault(r => r.All(c => TextForms.ReadCell(c.Text).IsValue));
        if (values is null)
        {
            return fees;
        }

        for (var i = 0; i < header.Count && i < values.Count; i++)
        {
            var cell = cells.FirstOrDefault(c => TextForms.Normalize(c.Labels[c.Labels.Length - 1]) == TextForms.Normalize(header[i].Text));
            var read = TextForms.ReadCell(values[i].Text);
            if (cell is null || read.IsBlank || read.Number is not { } number || number < 0
                || (cell.Kind == CellKind.Count && (number != decimal.Truncate(number) || number > uint.MaxValue)))
            {
                if (cell is not null && !read.IsBlank)
                {
                    _findings.Add(ReadingRules.Create(
                        ReadingRules.CellUnreadable,
                        cell.Pointer,
                        $"{cell.DisplayName}：“{values[i].Text}”不是该单元格可容纳的数字，不予采用",
                        $"{cell.EnglishDisplayName}: '{values[i].Text}' is not a number this cell can hold; left out"));
                }

                continue;
            }

            var name = cell.Pointer.Substring(cell.Pointer.LastIndexOf('/') + 1);
            fees[name] = cell.Kind == CellKind.Count ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }

        return fees;
    }

    /// <summary>
    /// The information processing fee facts section 六 states in words, e.g. <c>全年收取政府信息公开信息处理费3940元</c>
    /// (amount collected) and <c>发出收费通知2件</c> (notices issued); <see langword="null"/> when it states none.
    /// </summary>
    private JsonObject? Fees(List<SourceBlock> blocks)
    {
        var fees = new JsonObject();
        var stated = false;
        foreach (var name in new[] { "noticesIssued", "amountNoticedYuan", "amountCollectedYuan" })
        {
            if (Property("/otherMatters/fees/" + name) is { } value)
            {
                stated = true;
                if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    fees[name] = name == "noticesIssued" ? JsonValue.Create((long)number) : JsonValue.Create(number);
                }
            }
        }

        if (stated)
        {
            // The document's properties state the fee facts: they are the report's, whatever the words say.
            return fees;
        }

        foreach (var paragraph in blocks.Select(b => b.Text!))
        {
            foreach (var sentence in paragraph.Split('。', '；', ';'))
            {
                var text = TextForms.Normalize(sentence);
                var notices = NoticesPattern.Match(text);
                if (notices.Success && !fees.ContainsKey("noticesIssued"))
                {
                    fees["noticesIssued"] = long.Parse(notices.Groups["n"].Value, CultureInfo.InvariantCulture);
                    continue;
                }

                var collected = CollectedPattern.Match(text);
                if (collected.Success && !fees.ContainsKey("amountCollectedYuan")
                    && decimal.TryParse(collected.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                {
                    fees["amountCollectedYuan"] = collected.Groups["u"].Value == "万元" ? amount * 10000m : amount;
                }
            }
        }

        return fees.Count > 0 ? fees : null;
    }

    private static bool IsSubHeading(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 30 && SubHeadingPattern.IsMatch(trimmed) && !trimmed.EndsWith("。", StringComparison.Ordinal) && !trimmed.EndsWith("；", StringComparison.Ordinal) && !trimmed.Contains("。");
    }
}
