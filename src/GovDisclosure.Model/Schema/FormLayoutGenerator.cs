using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Schema;

/// <summary>
/// Writes the form layouts shipped beside the JSON Schema, one pair per format, from the same <see cref="FormLayout"/>:
/// <list type="bullet">
/// <item><c>schema/annual-report.{version}.jsonforms.uischema.json</c> — a JSON Forms UI schema: each section and each
/// object a <c>Group</c> labelled with its official title, each row of numbers one <c>HorizontalLayout</c> of its cells
/// under a header of <c>Label</c>s (申请人情况 and 法人或其他组织 over their columns), paragraphs as multi-line text;</item>
/// <item><c>schema/annual-report.{version}.rjsf.uischema.json</c> — a react-jsonschema-form UI schema: sections and
/// headings as rjsf draws objects, each table row laid out by the built-in <c>LayoutGridField</c> as one grid line of its
/// title and cells (the first row of a band under the printed headers and with the columns' labels), paragraphs as
/// textareas, 信息处理费 behind rjsf's optional-data control so that it stays absent until filled in, the source notes
/// kept but not shown.</item>
/// </list>
/// Both are used with one format's branch of the draft-07 schema as the root schema (the branch with the document's
/// <c>$defs</c>, or with its references inlined). The committed files are this output (a test fails when they drift; run
/// the tests with <c>UPDATE_SCHEMA=1</c> to rewrite them).
/// </summary>
internal static class FormLayoutGenerator
{
    /// <summary>The title column and the cells of a table line.</summary>
    private const string TitleColumn = "minmax(0, 2.4fr)";

    private const int FieldsPerLine = 3;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string JsonFormsFileName(ReportFormatInfo format) => $"annual-report.{format.Version}.jsonforms.uischema.json";

    public static string RjsfFileName(ReportFormatInfo format) => $"annual-report.{format.Version}.rjsf.uischema.json";

    /// <summary>Every UI schema file: its name under <c>schema/</c> and its text.</summary>
    public static IEnumerable<(string FileName, string Text)> Files() =>
        ReportFormatInfo.All.SelectMany(f => new[] { (JsonFormsFileName(f), JsonForms(f)), (RjsfFileName(f), Rjsf(f)) });

    // ---------------------------------------------------------------- JSON Forms

    /// <summary>The JSON Forms UI schema of a format.</summary>
    public static string JsonForms(ReportFormatInfo format) => Write(w =>
    {
        var layout = FormLayout.Of(format);
        w.WriteStartObject();
        w.WriteString("type", "VerticalLayout");
        w.WritePropertyName("elements");
        w.WriteStartArray();
        foreach (var section in layout.Sections)
        {
            Group(w, section.Label, () =>
            {
                switch (section)
                {
                    case FieldsSection fields:
                        foreach (var line in Chunks(fields.Fields, FieldsPerLine))
                        {
                            Layout(w, "HorizontalLayout", () =>
                            {
                                foreach (var field in line)
                                {
                                    Control(w, Scope(section.Name, field.Name));
                                }
                            });
                        }

                        break;
                    case NarrativeSection narrative:
                        JsonFormsNarrative(w, narrative);
                        break;
                    case TableSection table:
                        JsonFormsEntries(w, table, table.Entries);
                        break;
                }
            });
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void JsonFormsNarrative(Utf8JsonWriter w, NarrativeSection narrative)
    {
        w.WriteStartObject();
        w.WriteString("type", "Control");
        w.WriteString("scope", Scope(narrative.Name, narrative.Paragraphs.Name));
        w.WriteString("label", narrative.Paragraphs.Label);
        w.WritePropertyName("options");
        w.WriteStartObject();
        w.WritePropertyName("detail");
        Layout(w, "VerticalLayout", () =>
        {
            foreach (var field in narrative.ParagraphFields)
            {
                Control(w, Scope(field.Name), multi: field.Multiline);
            }
        });
        w.WriteEndObject();
        w.WriteEndObject();
        foreach (var group in narrative.Groups)
        {
            Group(w, group.Label, () => Layout(w, "HorizontalLayout", () =>
            {
                foreach (var field in group.Fields)
                {
                    Control(w, Scope(narrative.Name, group.Name, field.Name));
                }
            }));
        }
    }

    private static void JsonFormsEntries(Utf8JsonWriter w, TableSection table, IEnumerable<TableEntry> entries)
    {
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case TableHeading heading:
                    Group(w, heading.Label, () => JsonFormsEntries(w, table, heading.Entries));
                    break;
                case TableRow row:
                    if (table.BandStartingAt(row) is { } band)
                    {
                        // The band's header: its columns' labels, under the headers printed above them.
                        Layout(w, "HorizontalLayout", () => JsonFormsColumns(w, band, 0, 0, band.Columns.Length - 1, column => Label(w, column.Label), header => Label(w, header.Label)));
                    }

                    Group(w, row.Label, () => Layout(w, "HorizontalLayout", () => JsonFormsColumns(
                        w,
                        table.Bands.Single(b => b.Rows.Contains(row)),
                        0,
                        0,
                        row.Columns.Length - 1,
                        column => Control(w, Scope(table.Name, row.Path, column.Path), label: false),
                        header: null)));
                    break;
            }
        }
    }

    /// <summary>
    /// Writes the columns <paramref name="first"/>..<paramref name="last"/> at one header depth: a column without a
    /// header there as itself, the columns under a header as one nested layout — in the band's header a
    /// <c>VerticalLayout</c> of the header's label over a <c>HorizontalLayout</c> of the columns, in a row a
    /// <c>HorizontalLayout</c> of the cells — so that the cells of every row stand under their labels.
    /// </summary>
    private static void JsonFormsColumns(Utf8JsonWriter w, TableBand band, int depth, int first, int last, Action<TableColumn> column, Action<ColumnHeader>? header)
    {
        var spans = band.HeadersAt(depth).Where(h => h.First >= first && h.Last <= last).ToList();
        for (var i = first; i <= last;)
        {
            var span = spans.FirstOrDefault(s => s.First == i);
            if (span.Header is null)
            {
                column(band.Columns[i]);
                i++;
                continue;
            }

            var (start, end) = (span.First, span.Last);
            if (header is not null)
            {
                Layout(w, "VerticalLayout", () =>
                {
                    header(span.Header);
                    Layout(w, "HorizontalLayout", () => JsonFormsColumns(w, band, depth + 1, start, end, column, header));
                });
            }
            else
            {
                Layout(w, "HorizontalLayout", () => JsonFormsColumns(w, band, depth + 1, start, end, column, header));
            }

            i = end + 1;
        }
    }

    private static void Group(Utf8JsonWriter w, string label, Action elements)
    {
        w.WriteStartObject();
        w.WriteString("type", "Group");
        w.WriteString("label", label);
        w.WritePropertyName("elements");
        w.WriteStartArray();
        elements();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Layout(Utf8JsonWriter w, string type, Action elements)
    {
        w.WriteStartObject();
        w.WriteString("type", type);
        w.WritePropertyName("elements");
        w.WriteStartArray();
        elements();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Label(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("type", "Label");
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static void Control(Utf8JsonWriter w, string scope, bool label = true, bool multi = false)
    {
        w.WriteStartObject();
        w.WriteString("type", "Control");
        w.WriteString("scope", scope);
        if (!label)
        {
            // The band's header names the column.
            w.WriteBoolean("label", false);
        }

        if (!label || multi)
        {
            w.WritePropertyName("options");
            w.WriteStartObject();
            if (!label)
            {
                w.WriteBoolean("hideRequiredAsterisk", true);
            }

            if (multi)
            {
                w.WriteBoolean("multi", true);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>A JSON Forms scope from dotted paths: <c>#/properties/a/properties/b</c>.</summary>
    private static string Scope(params string[] paths) =>
        "#/properties/" + string.Join("/properties/", paths.SelectMany(p => p.Split('.')));

    // ---------------------------------------------------------------- react-jsonschema-form

    /// <summary>The react-jsonschema-form UI schema of a format.</summary>
    public static string Rjsf(ReportFormatInfo format) => Write(w =>
    {
        var layout = FormLayout.Of(format);
        w.WriteStartObject();

        // The report is an object of sections, each under its own title. formatVersion is fixed by the schema; the source
        // notes describe a published document's cells and are kept as they are, laid out as an empty grid.
        w.WritePropertyName("formatVersion");
        w.WriteStartObject();
        w.WriteString("ui:widget", "hidden");
        w.WriteEndObject();
        foreach (var section in layout.Sections)
        {
            w.WritePropertyName(section.Name);
            switch (section)
            {
                case FieldsSection fields:
                    RjsfFields(w, fields);
                    break;
                case NarrativeSection narrative:
                    RjsfNarrative(w, narrative);
                    break;
                case TableSection table:
                    RjsfTable(w, table);
                    break;
            }
        }

        foreach (var name in layout.OmittedMembers)
        {
            w.WritePropertyName(name);
            w.WriteStartObject();
            w.WriteString("ui:field", "LayoutGridField");
            w.WritePropertyName("ui:layoutGrid");
            w.WriteStartObject();
            w.WritePropertyName("ui:row");
            w.WriteStartArray();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    private static void RjsfFields(Utf8JsonWriter w, FieldsSection fields)
    {
        // The section's title (its own, shown by LayoutHeaderField under the empty name), then lines of fields.
        w.WriteStartObject();
        w.WriteString("ui:classNames", "gd-section");
        w.WriteString("ui:field", "LayoutGridField");
        w.WritePropertyName("ui:layoutGrid");
        w.WriteStartObject();
        GridElement(w, "ui:row", "gd-fields", null, () =>
        {
            w.WriteStartObject();
            GridElement(w, "ui:col", "gd-title", null, () => Header(w, string.Empty));
            w.WriteEndObject();
            foreach (var line in Chunks(fields.Fields, FieldsPerLine))
            {
                w.WriteStartObject();
                GridElement(w, "ui:row", "gd-line", Grid(null, FieldsPerLine, "start"), () =>
                {
                    w.WriteStartObject();
                    w.WritePropertyName("ui:columns");
                    w.WriteStartArray();
                    foreach (var field in line)
                    {
                        w.WriteStringValue(field.Name);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                w.WriteEndObject();
            }
        });
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void RjsfNarrative(Utf8JsonWriter w, NarrativeSection narrative)
    {
        // The schema's descriptions, written for developers in two languages, are not shown to the clerk.
        w.WriteStartObject();
        w.WriteString("ui:classNames", "gd-section");
        w.WriteString("ui:description", string.Empty);
        w.WritePropertyName(narrative.Paragraphs.Name);
        w.WriteStartObject();
        w.WritePropertyName("items");
        w.WriteStartObject();
        w.WriteString("ui:description", string.Empty);
        foreach (var field in narrative.ParagraphFields.Where(f => f.Multiline))
        {
            w.WritePropertyName(field.Name);
            w.WriteStartObject();
            w.WriteString("ui:widget", "textarea");
            w.WritePropertyName("ui:options");
            w.WriteStartObject();
            w.WriteNumber("rows", 5);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        foreach (var group in narrative.Groups)
        {
            // Absent until the clerk adds it: rjsf's optional-data control instead of an object filled with defaults.
            w.WritePropertyName(group.Name);
            w.WriteStartObject();
            w.WriteString("ui:description", string.Empty);
            w.WritePropertyName("ui:enableOptionalDataFieldForType");
            w.WriteStartArray();
            w.WriteStringValue("object");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// A table: its object and its headings as rjsf draws objects (a titled block), each row as one grid line of its
    /// title and cells (the row's own <c>LayoutGridField</c>, so that a keystroke lays out one row, not the table). The
    /// first row of a band carries the band's header: the printed headers above the columns on lines of their own, and
    /// the columns' labels on the row's own cells; the other rows show their cells without labels.
    /// </summary>
    private static void RjsfTable(Utf8JsonWriter w, TableSection table)
    {
        w.WriteStartObject();
        w.WriteString("ui:classNames", "gd-section gd-table");
        w.WriteString("ui:description", string.Empty);
        RjsfEntries(w, table, table.Entries);
        w.WriteEndObject();
    }

    private static void RjsfEntries(Utf8JsonWriter w, TableSection table, IEnumerable<TableEntry> entries)
    {
        foreach (var entry in entries)
        {
            w.WritePropertyName(entry.Path.Substring(entry.Path.LastIndexOf('.') + 1));
            w.WriteStartObject();
            switch (entry)
            {
                case TableHeading heading:
                    w.WriteString("ui:classNames", "gd-heading gd-level-" + heading.Level.ToString(CultureInfo.InvariantCulture));
                    w.WriteString("ui:description", string.Empty);
                    RjsfEntries(w, table, heading.Entries);
                    break;
                case TableRow row:
                    RjsfRow(w, table, row);
                    break;
            }

            w.WriteEndObject();
        }
    }

    private static void RjsfRow(Utf8JsonWriter w, TableSection table, TableRow row)
    {
        var band = table.BandStartingAt(row);
        w.WriteString("ui:classNames", "gd-row-field");
        w.WriteString("ui:field", "LayoutGridField");
        w.WritePropertyName("ui:layoutGrid");
        w.WriteStartObject();
        GridElement(w, "ui:row", "gd-lines", null, () =>
        {
            if (band is not null)
            {
                RjsfBandHeader(w, table, band);
            }

            w.WriteStartObject();
            GridElement(w, "ui:row", band is null ? "gd-row" : "gd-row gd-first", Grid(TitleColumn, table.Columns, "start"), () =>
            {
                // The row's own title (its schema title, under the empty name), indented by its depth.
                w.WriteStartObject();
                GridElement(w, "ui:col", "gd-title", row.Level == 0 ? null : Style(("paddingLeft", Em(row.Level * 1.5m))), () => Header(w, string.Empty));
                w.WriteEndObject();
                w.WriteStartObject();
                GridElement(w, "ui:columns", "gd-cell", null, () =>
                {
                    foreach (var column in row.Columns)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", column.Path);
                        if (band is null)
                        {
                            // The band's first row names the column.
                            w.WriteBoolean("label", false);
                        }
                        else
                        {
                            // The label names the column; the schema's description (for developers) is left out.
                            w.WriteString("description", " ");
                        }

                        w.WriteEndObject();
                    }
                });
                w.WriteEndObject();
            });
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    /// <summary>
    /// The lines above a band's first row that carry the headers printed above its columns, each spanning its columns,
    /// shown by <c>LayoutHeaderField</c>: a nested object's label through that object (its schema title), a printed
    /// header such as 法人或其他组织 through one of the columns it spans, with the header as its title — a different column
    /// at each depth, so that no two titles share an id.
    /// </summary>
    private static void RjsfBandHeader(Utf8JsonWriter w, TableSection table, TableBand band)
    {
        var bound = new HashSet<string>(StringComparer.Ordinal);
        for (var depth = 0; depth < band.Depth; depth++)
        {
            var at = depth;
            w.WriteStartObject();
            GridElement(w, "ui:row", "gd-header", Grid(TitleColumn, table.Columns, "end"), () =>
            {
                foreach (var (header, first, last) in band.HeadersAt(at))
                {
                    var name = header.Path ?? band.Columns[Math.Min(first + at, last)].Path;
                    if (!bound.Add(name))
                    {
                        throw new InvalidOperationException($"{table.Name}: two headers above the columns would be shown through {name}.");
                    }

                    w.WriteStartObject();
                    GridElement(w, "ui:col", "gd-group", Style(("gridColumn", $"{first + 2} / span {last - first + 1}")), () => Header(w, name, header.Path is null ? header.Label : null));
                    w.WriteEndObject();
                }
            });
            w.WriteEndObject();
        }
    }

    /// <summary>A title shown by rjsf's <c>LayoutHeaderField</c>: the field's schema title, or <paramref name="title"/>.</summary>
    private static void Header(Utf8JsonWriter w, string name, string? title = null)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("field", "LayoutHeaderField");
        w.WriteBoolean("label", false);
        w.WriteBoolean("hideError", true);
        if (title is not null)
        {
            w.WriteString("title", title);
        }

        w.WriteEndObject();
    }

    /// <summary>A LayoutGridField element (<c>ui:row</c>, <c>ui:col</c>) with a class name, an optional inline style and its children.</summary>
    private static void GridElement(Utf8JsonWriter w, string kind, string className, Action<Utf8JsonWriter>? style, Action children)
    {
        w.WritePropertyName(kind);
        w.WriteStartObject();
        w.WriteString("className", className);
        if (style is not null)
        {
            w.WritePropertyName("style");
            style(w);
        }

        w.WritePropertyName("children");
        w.WriteStartArray();
        children();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A CSS grid line: an optional title column, then <paramref name="columns"/> equal columns.</summary>
    private static Action<Utf8JsonWriter> Grid(string? title, int columns, string align) => Style(
        ("display", "grid"),
        ("gridTemplateColumns", (title is null ? string.Empty : title + " ") + $"repeat({columns.ToString(CultureInfo.InvariantCulture)}, minmax(0, 1fr))"),
        ("columnGap", "0.5em"),
        ("alignItems", align));

    private static Action<Utf8JsonWriter> Style(params (string Name, string Value)[] declarations) => w =>
    {
        w.WriteStartObject();
        foreach (var (name, value) in declarations)
        {
            w.WriteString(name, value);
        }

        w.WriteEndObject();
    };

    private static string Em(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "em";

    private static IEnumerable<T[]> Chunks<T>(IReadOnlyList<T> items, int size)
    {
        for (var i = 0; i < items.Count; i += size)
        {
            yield return items.Skip(i).Take(size).ToArray();
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
