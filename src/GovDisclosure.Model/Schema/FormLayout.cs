using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Model.Formats;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Schema;

/// <summary>
/// How a report of one format is laid out as a form, read off the model (its JSON contract, <see cref="OfficialLabelAttribute"/>s
/// and the column headings of <see cref="OfficialLabelAttribute.Heading"/>): the sections in order, each a set of fields, a narrative (paragraphs, and optional
/// groups of fields such as 信息处理费), or a table of rows. A table's rows of the same kind form a band under one header that
/// names the columns (with the headers printed above them, such as 法人或其他组织); rows that hold no numbers of their own
/// (三、本年度办理结果, （三）不予公开) are headings over the rows they contain. The UI schemas of both form builders are
/// written from this one description (<see cref="FormLayoutGenerator"/>).
/// </summary>
internal sealed class FormLayout
{
    private FormLayout(ReportFormatInfo format, ImmutableArray<FormSection> sections, ImmutableArray<string> omitted)
    {
        Format = format;
        Sections = sections;
        OmittedMembers = omitted;
    }

    public ReportFormatInfo Format { get; }

    public ImmutableArray<FormSection> Sections { get; }

    /// <summary>Members of the report the form does not show (the source notes): their values are kept as they are.</summary>
    public ImmutableArray<string> OmittedMembers { get; }

    /// <summary>The layout of a format's report. Throws when the model has a shape the layout does not know, so that a new
    /// format or member is laid out on purpose.</summary>
    public static FormLayout Of(ReportFormatInfo format)
    {
        var sections = ImmutableArray.CreateBuilder<FormSection>();
        var omitted = ImmutableArray.CreateBuilder<string>();
        foreach (var property in Properties(ReportJson.GetTypeInfo(format.ReportType)))
        {
            var label = Label(property);
            var type = TypeOf(property);
            if (KindOf(type) == JsonTypeInfoKind.Dictionary)
            {
                // Source notes describe a published document's cells; a form for entering a report leaves them as they are.
                omitted.Add(property.Name);
                continue;
            }

            if (KindOf(type) != JsonTypeInfoKind.Object)
            {
                throw new InvalidOperationException($"{format.ReportType.Name}.{property.Name}: a section is expected to be an object.");
            }

            var info = ReportJson.GetTypeInfo(type);
            var members = Properties(info).ToArray();
            if (members.All(m => IsScalar(TypeOf(m))))
            {
                sections.Add(new FieldsSection(property.Name, label, members.Select(m => new FormField(m.Name, Label(m), Multiline: false)).ToImmutableArray()));
            }
            else if (members.Any(m => KindOf(TypeOf(m)) == JsonTypeInfoKind.Enumerable))
            {
                sections.Add(Narrative(property.Name, label, members));
            }
            else
            {
                sections.Add(Table(property.Name, label, info));
            }
        }

        return new FormLayout(format, sections.ToImmutable(), omitted.ToImmutable());
    }

    private static NarrativeSection Narrative(string name, string label, JsonPropertyInfo[] members)
    {
        var paragraphs = members.Single(m => KindOf(TypeOf(m)) == JsonTypeInfoKind.Enumerable);
        var item = ReportJson.GetTypeInfo(ReportJson.GetTypeInfo(TypeOf(paragraphs)).ElementType!);
        if (item.Type != typeof(NarrativeParagraph))
        {
            throw new InvalidOperationException($"{name}.{paragraphs.Name}: a narrative is expected to hold {nameof(NarrativeParagraph)}s.");
        }

        // A paragraph's text is prose, written over several lines; its heading is one line.
        var itemFields = Properties(item).Select(p => new FormField(p.Name, Label(p), Multiline: p.AttributeProvider is System.Reflection.PropertyInfo { Name: nameof(NarrativeParagraph.Text) })).ToImmutableArray();
        var groups = ImmutableArray.CreateBuilder<FieldGroup>();
        foreach (var member in members.Where(m => m != paragraphs))
        {
            var fields = KindOf(TypeOf(member)) == JsonTypeInfoKind.Object ? Properties(ReportJson.GetTypeInfo(TypeOf(member))).ToArray() : Array.Empty<JsonPropertyInfo>();
            if (member.IsRequired || fields.Length == 0 || !fields.All(f => IsScalar(TypeOf(f))))
            {
                throw new InvalidOperationException($"{name}.{member.Name}: beside its paragraphs a narrative may hold optional groups of fields only.");
            }

            groups.Add(new FieldGroup(member.Name, Label(member), fields.Select(f => new FormField(f.Name, Label(f), Multiline: false)).ToImmutableArray()));
        }

        return new NarrativeSection(name, label, new FormField(paragraphs.Name, Label(paragraphs), Multiline: false), itemFields, groups.ToImmutable());
    }

    private static TableSection Table(string name, string label, JsonTypeInfo info)
    {
        var entries = Entries(info, string.Empty, 0);
        var rows = Flatten(entries).OfType<TableRow>().ToList();
        var bands = new List<List<TableRow>>();
        foreach (var row in rows)
        {
            if (bands.Count == 0 || bands[bands.Count - 1][0].RowType != row.RowType)
            {
                bands.Add(new List<TableRow>());
            }

            bands[bands.Count - 1].Add(row);
        }

        return new TableSection(name, label, rows.Max(r => r.Columns.Length), entries, bands.Select(b => new TableBand(b[0].RowType, b[0].Columns, b)).ToImmutableArray());
    }

    private static ImmutableArray<TableEntry> Entries(JsonTypeInfo info, string prefix, int level)
    {
        var entries = ImmutableArray.CreateBuilder<TableEntry>();
        foreach (var property in Properties(info))
        {
            var type = TypeOf(property);
            var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            if (KindOf(type) != JsonTypeInfoKind.Object)
            {
                throw new InvalidOperationException($"{info.Type.Name}.{property.Name}: a table holds rows and headings, not single values.");
            }

            var child = ReportJson.GetTypeInfo(type);
            var members = Properties(child).ToArray();
            if (members.Any(m => IsScalar(TypeOf(m))))
            {
                entries.Add(new TableRow(path, Label(property), level, type, Columns(child)));
            }
            else
            {
                entries.Add(new TableHeading(path, Label(property), level, Entries(child, path, level + 1)));
            }
        }

        return entries.ToImmutable();
    }

    /// <summary>The official headings printed over a column, outermost first (<see cref="OfficialLabelAttribute.Heading"/>).</summary>
    private static string[] ColumnHeadings(JsonPropertyInfo property) =>
        ReportCells.LabelOf(property)?.Heading is { } heading ? heading.Split('·') : Array.Empty<string>();

    /// <summary>The columns of a row type, in order: its numbers, and the members of a nested object (an amount and its
    /// unit) under that object's label.</summary>
    private static ImmutableArray<TableColumn> Columns(JsonTypeInfo row)
    {
        var columns = ImmutableArray.CreateBuilder<TableColumn>();
        foreach (var property in Properties(row))
        {
            var type = TypeOf(property);
            if (IsScalar(type))
            {
                columns.Add(new TableColumn(property.Name, Label(property), ColumnHeadings(property).Select(h => new ColumnHeader(h, null)).ToImmutableArray()));
                continue;
            }

            var nested = Properties(ReportJson.GetTypeInfo(type)).ToArray();
            if (!nested.All(n => IsScalar(TypeOf(n))))
            {
                throw new InvalidOperationException($"{row.Type.Name}.{property.Name}: a row may nest one level of values only.");
            }

            var group = ImmutableArray.Create(new ColumnHeader(Label(property), property.Name));
            foreach (var n in nested)
            {
                columns.Add(new TableColumn(property.Name + "." + n.Name, Label(n), group));
            }
        }

        return columns.ToImmutable();
    }

    public static IEnumerable<TableEntry> Flatten(IEnumerable<TableEntry> entries)
    {
        foreach (var entry in entries)
        {
            yield return entry;
            if (entry is TableHeading heading)
            {
                foreach (var inner in Flatten(heading.Entries))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<JsonPropertyInfo> Properties(JsonTypeInfo type) =>
        ReportSchemaGenerator.SerializedProperties(type).Where(p => ReportCells.LabelOf(p) is not null);

    private static string Label(JsonPropertyInfo property) =>
        (ReportCells.LabelOf(property) ?? throw new InvalidOperationException($"{property.Name} has no [OfficialLabel].")).Label;

    private static Type TypeOf(JsonPropertyInfo property) => Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

    private static bool IsScalar(Type type) => KindOf(type) == JsonTypeInfoKind.None;

    private static JsonTypeInfoKind KindOf(Type type) =>
        type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            ? JsonTypeInfoKind.None
            : ReportJson.GetTypeInfo(type).Kind;
}

/// <summary>A field with its official label; <paramref name="Multiline"/> for prose.</summary>
internal sealed record FormField(string Name, string Label, bool Multiline);

/// <summary>An optional object of fields inside a section (信息处理费 in 六), absent until filled in.</summary>
internal sealed record FieldGroup(string Name, string Label, ImmutableArray<FormField> Fields);

/// <summary>One of the report's sections.</summary>
internal abstract record FormSection(string Name, string Label);

/// <summary>A section of single values (报告信息).</summary>
internal sealed record FieldsSection(string Name, string Label, ImmutableArray<FormField> Fields) : FormSection(Name, Label);

/// <summary>A narrative section: its paragraphs (each with the given fields) and optional groups of fields.</summary>
internal sealed record NarrativeSection(string Name, string Label, FormField Paragraphs, ImmutableArray<FormField> ParagraphFields, ImmutableArray<FieldGroup> Groups) : FormSection(Name, Label);

/// <summary>A table section: its rows and headings (as nested in the model), and its bands of rows of one kind.</summary>
internal sealed record TableSection(string Name, string Label, int Columns, ImmutableArray<TableEntry> Entries, ImmutableArray<TableBand> Bands) : FormSection(Name, Label)
{
    /// <summary>The band that starts at <paramref name="row"/>, if one does.</summary>
    public TableBand? BandStartingAt(TableRow row) => Bands.FirstOrDefault(b => ReferenceEquals(b.Rows[0], row));
}

/// <summary>A row or a heading of a table; <see cref="Path"/> is the dotted path of its object within the section.</summary>
internal abstract record TableEntry(string Path, string Label, int Level);

/// <summary>A heading over rows (三、本年度办理结果, （三）不予公开): an object that holds rows and no numbers of its own.</summary>
internal sealed record TableHeading(string Path, string Label, int Level, ImmutableArray<TableEntry> Entries) : TableEntry(Path, Label, Level);

/// <summary>A row of numbers: its object's type and its columns.</summary>
internal sealed record TableRow(string Path, string Label, int Level, Type RowType, ImmutableArray<TableColumn> Columns) : TableEntry(Path, Label, Level);

/// <summary>A column of a row: its dotted path within the row, its label, and the headers above it, outermost first.</summary>
internal sealed record TableColumn(string Path, string Label, ImmutableArray<ColumnHeader> Groups);

/// <summary>A header printed above several columns: from <see cref="OfficialLabelAttribute.Heading"/> (no path), or a nested object's label (its path within the row).</summary>
internal sealed record ColumnHeader(string Label, string? Path);

/// <summary>Consecutive rows of one type under one header.</summary>
internal sealed record TableBand(Type RowType, ImmutableArray<TableColumn> Columns, IReadOnlyList<TableRow> Rows)
{
    /// <summary>How many header lines stand above the columns' own labels.</summary>
    public int Depth => Columns.Max(c => c.Groups.Length);

    /// <summary>The headers at one depth: each with the first and last index of the columns it spans.</summary>
    public IEnumerable<(ColumnHeader Header, int First, int Last)> HeadersAt(int depth)
    {
        for (var i = 0; i < Columns.Length;)
        {
            if (Columns[i].Groups.Length <= depth)
            {
                i++;
                continue;
            }

            var header = Columns[i].Groups[depth];
            var j = i;
            while (j + 1 < Columns.Length && Columns[j + 1].Groups.Length > depth && SameUpTo(Columns[i], Columns[j + 1], depth))
            {
                j++;
            }

            yield return (header, i, j);
            i = j + 1;
        }
    }

    private static bool SameUpTo(TableColumn a, TableColumn b, int depth) =>
        Enumerable.Range(0, depth + 1).All(d => a.Groups[d] == b.Groups[d]);
}
