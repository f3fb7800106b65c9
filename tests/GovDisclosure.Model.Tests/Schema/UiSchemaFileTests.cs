using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Model.Formats;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>
/// The form layouts under <c>schema/</c> (<c>*.jsonforms.uischema.json</c>, <c>*.rjsf.uischema.json</c>, one pair per
/// format) are the generator's output — set UPDATE_SCHEMA=1 to rewrite them, as for the schemas — and describe the whole
/// report: every control points at a member of the format's schema, every table cell of the format is an input exactly
/// once, every official label the form shows is the model's, and no two rjsf titles share an id.
/// </summary>
public class UiSchemaFileTests
{
    public static TheoryData<string> Formats() => new(ReportFormatInfo.All.Select(f => f.Version));

    private static string PathOf(string fileName) => Path.Combine(TestFiles.RepoRoot, "schema", fileName);

    [Fact]
    public void Committed_ui_schemas_equal_the_generated_ones()
    {
        var files = FormLayoutGenerator.Files().ToList();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            foreach (var (name, text) in files)
            {
                File.WriteAllText(PathOf(name), text, new UTF8Encoding(false));
            }
        }

        Assert.Equal(2 * ReportFormatInfo.All.Length, files.Count);
        foreach (var (name, text) in files)
        {
            Assert.Contains("uischema", name);
            Assert.True(File.Exists(PathOf(name)) && text == File.ReadAllText(PathOf(name)), $"schema/{name} differs from the model; run the tests with UPDATE_SCHEMA=1 to regenerate it.");
        }

        var committed = Directory.GetFiles(Path.Combine(TestFiles.RepoRoot, "schema"), "*uischema*").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(files.Select(f => f.FileName).OrderBy(n => n, StringComparer.Ordinal), committed);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Json_forms_controls_point_into_the_schema_and_every_table_cell_is_one_input(string version)
    {
        var format = Format(version);
        using var ui = JsonDocument.Parse(FormLayoutGenerator.JsonForms(format));
        var controls = Elements(ui.RootElement).Where(e => e.GetProperty("type").GetString() == "Control").ToList();
        var pointers = new List<string>();
        foreach (var control in controls.Where(c => !IsInsideDetail(ui.RootElement, c)))
        {
            var pointer = control.GetProperty("scope").GetString()!.Replace("#/properties/", "/").Replace("/properties/", "/");
            Assert.True(SchemaAt(format, pointer) is not null, $"{pointer} is not in the {version} schema");
            pointers.Add(pointer);
        }

        Assert.Equal(pointers.Count, pointers.Distinct().Count());
        foreach (var cell in ReportCells.For(format.Format))
        {
            Assert.Contains(cell.Pointer, pointers);
        }

        // Table cells carry no label of their own (the band's header names them); everything else is labelled by its schema title.
        var cellControls = controls.Where(c => c.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.False).ToList();
        Assert.Equal(format.Cells.Count(c => !c.IsOptional) + (version == "2019" ? 1 : 0), cellControls.Count);   // + 2019's unit of 采购总金额
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Json_forms_shows_every_official_label_of_the_format(string version)
    {
        var format = Format(version);
        using var ui = JsonDocument.Parse(FormLayoutGenerator.JsonForms(format));
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Elements(ui.RootElement))
        {
            if (e.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.String)
            {
                shown.Add(label.GetString()!);
            }

            if (e.TryGetProperty("text", out var text))
            {
                shown.Add(text.GetString()!);
            }

            if (e.GetProperty("type").GetString() == "Control" && !e.TryGetProperty("label", out _))
            {
                // A labelled control shows its schema title.
                var scope = e.GetProperty("scope").GetString()!;
                if (!IsInsideDetail(ui.RootElement, e))
                {
                    shown.Add(SchemaAt(format, scope.Replace("#/properties/", "/").Replace("/properties/", "/"))!.Value.GetProperty("title").GetString()!);
                }
                else
                {
                    shown.Add(TitleInDefinition("NarrativeParagraph", scope.Replace("#/properties/", string.Empty)));
                }
            }
        }

        Assert.Equal(OfficialLabels(format).OrderBy(l => l, StringComparer.Ordinal), shown.OrderBy(l => l, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Rjsf_grids_name_fields_of_the_schema_every_table_cell_once_and_titles_never_share_an_id(string version)
    {
        var format = Format(version);
        using var ui = JsonDocument.Parse(FormLayoutGenerator.Rjsf(format));
        var root = ui.RootElement;

        // formatVersion is fixed; the source notes are kept but laid out as an empty grid.
        Assert.Equal("hidden", root.GetProperty("formatVersion").GetProperty("ui:widget").GetString());
        Assert.Equal(0, root.GetProperty("sourceNotes").GetProperty("ui:layoutGrid").GetProperty("ui:row").GetArrayLength());

        var titleIds = new List<string>();
        var inputs = new List<string>();
        foreach (var (owner, child) in GridChildren(root, string.Empty))
        {
            var name = child.ValueKind == JsonValueKind.String ? child.GetString()! : child.GetProperty("name").GetString()!;
            var pointer = name.Length == 0 ? owner : owner + "/" + name.Replace('.', '/');
            Assert.True(SchemaAt(format, pointer) is not null, $"{pointer} is not in the {version} schema");
            if (child.ValueKind == JsonValueKind.Object && child.TryGetProperty("field", out var field))
            {
                Assert.Equal("LayoutHeaderField", field.GetString());
                titleIds.Add(pointer);
            }
            else
            {
                inputs.Add(pointer);
            }
        }

        Assert.Equal(titleIds.Count, titleIds.Distinct().Count());
        Assert.Equal(inputs.Count, inputs.Distinct().Count());
        var tableCells = format.Cells.Where(c => !c.IsOptional).Select(c => c.Pointer).ToList();
        Assert.Empty(tableCells.Except(inputs));

        // Paragraph text is a textarea; 信息处理费 waits behind the optional-data control.
        foreach (var section in new[] { "overview", "problemsAndImprovements", "otherMatters" })
        {
            Assert.Equal("textarea", root.GetProperty(section).GetProperty("paragraphs").GetProperty("items").GetProperty("text").GetProperty("ui:widget").GetString());
        }

        Assert.Equal("object", root.GetProperty("otherMatters").GetProperty("fees").GetProperty("ui:enableOptionalDataFieldForType")[0].GetString());
    }

    [Fact]
    public void Table_three_is_one_band_of_seven_columns_under_the_printed_headers()
    {
        foreach (var format in ReportFormatInfo.All)
        {
            var table = FormLayout.Of(format).Sections.OfType<TableSection>().Single(s => s.Name == "applications");
            var band = Assert.Single(table.Bands);
            Assert.Equal(format.Version == "2019" ? 23 : 25, band.Rows.Count);
            Assert.Equal(new[] { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" }, band.Columns.Select(c => c.Label));
            Assert.Equal(new[] { ("申请人情况", 0, 6) }, band.HeadersAt(0).Select(h => (h.Header.Label, h.First, h.Last)));
            Assert.Equal(new[] { ("法人或其他组织", 1, 5) }, band.HeadersAt(1).Select(h => (h.Header.Label, h.First, h.Last)));
        }
    }

    private static readonly Lazy<JsonElement> Draft07 = new(() => JsonDocument.Parse(ReportSchema.GetText(SchemaDraft.Draft07)).RootElement);

    private static ReportFormatInfo Format(string version) => ReportFormatInfo.All.Single(f => f.Version == version);

    /// <summary>The official labels a form of the format shows: every title of its schema branch (the model's
    /// [OfficialLabel]s) except the members the form leaves out (格式版本, 来源备注), and the headers the model prints
    /// above columns (<see cref="OfficialLabelAttribute.Heading"/>).</summary>
    internal static SortedSet<string> OfficialLabels(ReportFormatInfo format)
    {
        var defs = Draft07.Value.GetProperty("$defs");
        var labels = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var header in ColumnHeaders(format.ReportType, new HashSet<Type>()))
        {
            labels.Add(header);
        }

        void Walk(string definition)
        {
            foreach (var p in defs.GetProperty(definition).GetProperty("properties").EnumerateObject())
            {
                if (p.Name is "formatVersion" or "sourceNotes")
                {
                    continue;
                }

                labels.Add(p.Value.GetProperty("title").GetString()!);
                var target = p.Value.TryGetProperty("$ref", out var r) ? r : p.Value.TryGetProperty("items", out var items) ? items.GetProperty("$ref") : default;
                if (target.ValueKind == JsonValueKind.String)
                {
                    Walk(target.GetString()!.Split('/').Last());
                }
            }
        }

        Walk(format.ReportType.Name);
        return labels;
    }

    /// <summary>The headers printed above columns (<see cref="OfficialLabelAttribute.Heading"/>) anywhere in a report type.</summary>
    private static IEnumerable<string> ColumnHeaders(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.Namespace != typeof(AnnualReport).Namespace)
        {
            yield break;
        }

        foreach (var property in type.GetProperties())
        {
            // Headings over a column of numbers (table 三's 申请人情况 and 法人或其他组织); a band caption over rows is not a column's.
            var scalar = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (property.GetCustomAttributes(typeof(OfficialLabelAttribute), true) is [OfficialLabelAttribute { Heading: { } heading }, ..]
                && (scalar == typeof(uint) || scalar == typeof(int) || scalar == typeof(decimal)))
            {
                foreach (var header in heading.Split('·'))
                {
                    yield return header;
                }
            }

            var inner = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            foreach (var header in ColumnHeaders(inner, seen))
            {
                yield return header;
            }
        }
    }

    private static string TitleInDefinition(string definition, string property)
    {
        return Draft07.Value.GetProperty("$defs").GetProperty(definition).GetProperty("properties").GetProperty(property).GetProperty("title").GetString()!;
    }

    /// <summary>The schema of a member of the format's report at a JSON Pointer, or null.</summary>
    private static JsonElement? SchemaAt(ReportFormatInfo format, string pointer)
    {
        var defs = Draft07.Value.GetProperty("$defs");
        var current = defs.GetProperty(format.ReportType.Name);
        foreach (var token in pointer.Split('/').Skip(1))
        {
            if (!current.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(token, out var next))
            {
                return null;
            }

            current = next.TryGetProperty("$ref", out var r) ? Merge(next, defs.GetProperty(r.GetString()!.Split('/').Last())) : next;
        }

        return current;
    }

    private static JsonElement Merge(JsonElement property, JsonElement definition)
    {
        // The property's own title with the definition's properties.
        var node = System.Text.Json.Nodes.JsonNode.Parse(definition.GetRawText())!.AsObject();
        node["title"] = property.GetProperty("title").GetString();
        return JsonDocument.Parse(node.ToJsonString()).RootElement;
    }

    private static IEnumerable<JsonElement> Elements(JsonElement element)
    {
        yield return element;
        var children = new List<JsonElement>();
        if (element.TryGetProperty("elements", out var elements))
        {
            children.AddRange(elements.EnumerateArray());
        }

        if (element.TryGetProperty("options", out var options) && options.TryGetProperty("detail", out var detail))
        {
            children.Add(detail);
        }

        foreach (var child in children.SelectMany(Elements))
        {
            yield return child;
        }
    }

    private static bool IsInsideDetail(JsonElement root, JsonElement control) =>
        Elements(root).Where(e => e.TryGetProperty("options", out var o) && o.TryGetProperty("detail", out _))
            .Any(e => Elements(e.GetProperty("options").GetProperty("detail")).Any(d => d.GetRawText() == control.GetRawText()));

    /// <summary>Every child of every LayoutGridField in an rjsf UI schema, with the pointer of the object it lays out.</summary>
    private static IEnumerable<(string Owner, JsonElement Child)> GridChildren(JsonElement ui, string owner)
    {
        if (ui.TryGetProperty("ui:layoutGrid", out var grid))
        {
            foreach (var child in GridLeaves(grid))
            {
                yield return (owner, child);
            }
        }

        foreach (var p in ui.EnumerateObject().Where(p => !p.Name.StartsWith("ui:", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (var inner in GridChildren(p.Value, owner + "/" + p.Name))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<JsonElement> GridLeaves(JsonElement element)
    {
        foreach (var kind in new[] { "ui:row", "ui:col", "ui:columns" })
        {
            if (!element.TryGetProperty(kind, out var value))
            {
                continue;
            }

            var children = value.ValueKind == JsonValueKind.Array ? value : value.GetProperty("children");
            foreach (var child in children.EnumerateArray())
            {
                if (child.ValueKind == JsonValueKind.Object && (child.TryGetProperty("ui:row", out _) || child.TryGetProperty("ui:col", out _) || child.TryGetProperty("ui:columns", out _)))
                {
                    foreach (var leaf in GridLeaves(child))
                    {
                        yield return leaf;
                    }
                }
                else
                {
                    yield return child;
                }
            }
        }
    }
}
