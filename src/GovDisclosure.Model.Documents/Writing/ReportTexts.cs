using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using GovDisclosure.Model.Documents.Reading;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>
/// The texts a published report prints outside its three tables, each taken from its one home in the model: the six
/// section headings and the metadata labels from <see cref="OfficialLabelAttribute"/>, the title from
/// <see cref="ReportFormatInfo.ReportTitle"/>, the fee facts of section 六 from the cell catalogue. Writers and the
/// reader share it, so what is written is what is looked for.
/// </summary>
internal sealed class ReportTexts
{
    private static readonly ConcurrentDictionary<ReportFormat, ReportTexts> Cache = new();

    private ReportTexts(ReportFormat format)
    {
        var info = ReportFormatInfo.Get(format);
        Info = info;
        Sections = new[]
        {
            nameof(AnnualReport.Overview), nameof(AnnualReport2021.ProactiveDisclosure), nameof(AnnualReport2021.Applications),
            nameof(AnnualReport.ReviewAndLitigation), nameof(AnnualReport.ProblemsAndImprovements), nameof(AnnualReport.OtherMatters),
        }.Select(p => LabelOf(info.ReportType, p)).ToArray();
        FeeCells = info.Cells.Where(c => c.Pointer.StartsWith(FeesPointer + "/", StringComparison.Ordinal)).ToArray();
        FeesCaption = FeeCells.Count > 0 ? FeeCells[0].Labels[1] : LabelOf(typeof(OtherMatters), nameof(OtherMatters.Fees));
    }

    /// <summary>Where the fee facts of section 六 are in the report JSON.</summary>
    public const string FeesPointer = "/otherMatters/fees";

    /// <summary>发布机关.</summary>
    public static string AgencyLabel { get; } = LabelOf(typeof(ReportMetadata), nameof(ReportMetadata.AgencyName));

    /// <summary>发布日期.</summary>
    public static string DateLabel { get; } = LabelOf(typeof(ReportMetadata), nameof(ReportMetadata.PublicationDate));

    /// <summary>行政区划代码.</summary>
    public static string DivisionLabel { get; } = LabelOf(typeof(ReportMetadata), nameof(ReportMetadata.AdministrativeDivisionCode));

    /// <summary>来源网址.</summary>
    public static string UrlLabel { get; } = LabelOf(typeof(ReportMetadata), nameof(ReportMetadata.SourceUrl));

    /// <summary>The full-width colon between a printed label and its value (<c>发布机关：…</c>).</summary>
    public const char LabelColon = '\uFF1A';

    public ReportFormatInfo Info { get; }

    /// <summary>The six section headings, 一、总体情况 … 六、其他需要报告的事项 (index 0 … 5).</summary>
    public IReadOnlyList<string> Sections { get; }

    /// <summary>The fee facts of section 六 (notices issued, amount noticed, amount collected), in catalogue order.</summary>
    public IReadOnlyList<ReportCell> FeeCells { get; }

    /// <summary>信息处理费: the caption of the fee facts' table.</summary>
    public string FeesCaption { get; }

    public static ReportTexts For(ReportFormat format) => Cache.GetOrAdd(format, f => new ReportTexts(f));

    /// <summary>The report's title, e.g. <c>铜鼓县2021年政府信息公开工作年度报告</c>.</summary>
    public string Title(ReportMetadata metadata) => Info.ReportTitle(metadata.AgencyName, metadata.ReportYear);

    /// <summary>The printed metadata lines after the title, label and value, for the fields the report has.</summary>
    public static IEnumerable<(string Label, string Value)> MetadataLines(ReportMetadata metadata)
    {
        yield return (AgencyLabel, metadata.AgencyName);
        if (metadata.PublicationDate is { } date)
        {
            yield return (DateLabel, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (metadata.AdministrativeDivisionCode is { } code)
        {
            yield return (DivisionLabel, code);
        }

        if (metadata.SourceUrl is { } url)
        {
            yield return (UrlLabel, url);
        }
    }

    /// <summary>A section of the report in print order: its heading, and either a narrative or a table.</summary>
    internal readonly struct PrintedSection
    {
        public PrintedSection(string heading, IReadOnlyList<NarrativeParagraph>? paragraphs, GridTable? table)
        {
            Heading = heading;
            Paragraphs = paragraphs;
            Table = table;
        }

        public string Heading { get; }

        /// <summary>The narrative of 一, 五 or 六; <see langword="null"/> for a table's section.</summary>
        public IReadOnlyList<NarrativeParagraph>? Paragraphs { get; }

        /// <summary>Table 二, 三 or 四 (<see cref="PublishedTables"/>); <see langword="null"/> for a narrative section.</summary>
        public GridTable? Table { get; }
    }

    /// <summary>The six sections of a report, in print order, with their official headings.</summary>
    public static IReadOnlyList<PrintedSection> SectionsOf(AnnualReport report)
    {
        var texts = For(report.Format);
        var sections = new List<PrintedSection> { new(texts.Sections[0], report.Overview.Paragraphs.Items, null) };
        foreach (var table in PublishedTables.For(report.Format))
        {
            sections.Add(new PrintedSection(table.Caption, null, table));
        }

        sections.Add(new PrintedSection(texts.Sections[4], report.ProblemsAndImprovements.Paragraphs.Items, null));
        sections.Add(new PrintedSection(texts.Sections[5], report.OtherMatters.Paragraphs.Items, null));
        return sections;
    }

    /// <summary>The printed date line under a title (<c>发布日期：2022年1月20日</c>), or <see langword="null"/> without a publication date.</summary>
    public static string? DateLine(ReportMetadata metadata) =>
        metadata.PublicationDate is { } date ? DateLabel + LabelColon + LongDate(date) : null;

    /// <summary>A date as Chinese documents print it: <c>2022年1月20日</c>.</summary>
    public static string LongDate(DateTime date) =>
        date.Year.ToString(CultureInfo.InvariantCulture) + "年" + date.Month.ToString(CultureInfo.InvariantCulture) + "月" + date.Day.ToString(CultureInfo.InvariantCulture) + "日";

    /// <summary>The paragraphs a writer prints: all of them but those with neither heading nor text (a published page has none).</summary>
    public static IEnumerable<NarrativeParagraph> Printed(IEnumerable<NarrativeParagraph> paragraphs) =>
        paragraphs.Where(p => p.Heading is not null || p.Text.Length > 0);

    /// <summary>
    /// What a value cell prints: the number (with 采购总金额's unit); blank when the source notes say the cell was blank
    /// and it holds 0; the text as published (<see cref="CellNote.SourceText"/>) when reading that text gives back the
    /// same value and note; else the number with its annotation in full-width brackets. A number is never hidden.
    /// </summary>
    public static string CellText(AnnualReport report, ReportCell cell)
    {
        var value = cell.GetValue(report);
        var unit = UnitOf(report, cell);
        var number = value is { } v ? Number(v, cell.Kind) + unit : string.Empty;
        if (value is null || !report.SourceNotes.TryGetValue(cell.Pointer, out var note))
        {
            return number;
        }

        if (note.SourceText is { } published && ReadsBackAs(cell, published, value.Value, unit, note))
        {
            return published;
        }

        if (note.Blank && value.Value == 0m && ReadsBackAs(cell, string.Empty, 0m, unit, note))
        {
            return string.Empty;
        }

        if (note.Annotation is { } annotation)
        {
            var annotated = number + "\uFF08" + annotation + "\uFF09";
            return annotated;
        }

        return number;
    }

    /// <summary>A value as printed: counts as integers, money with the scale it was written with.</summary>
    public static string Number(decimal value, CellKind kind) => kind switch
    {
        CellKind.Money => value.ToString(CultureInfo.InvariantCulture),
        _ => decimal.Truncate(value).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The unit printed after 采购总金额 (2019 format) when the report keeps one; empty elsewhere.</summary>
    public static string UnitOf(AnnualReport report, ReportCell cell) =>
        report is AnnualReport2019 r && ReportMapper.KeepsUnit(cell) ? r.ProactiveDisclosure.CentralizedProcurement.TotalAmount.Unit ?? string.Empty : string.Empty;

    private static bool ReadsBackAs(ReportCell cell, string text, decimal value, string unit, CellNote note)
    {
        var read = ReportMapper.Interpret(cell, text);
        return !read.Unreadable
            && read.Value == value
            && read.Value.ToString(CultureInfo.InvariantCulture) == value.ToString(CultureInfo.InvariantCulture)
            && (read.Unit ?? string.Empty) == unit
            && Equals(read.Note, note);
    }

    /// <summary>
    /// Refuses text no document can carry — U+0000 and lone UTF-16 surrogates — and, for an XML document (<paramref name="xml"/>),
    /// also the other control characters but tab and line breaks, and U+FFFE/U+FFFF.
    /// </summary>
    public static void CheckWritable(string? text, string where, bool xml = false)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                throw new ArgumentException($"{where} holds the character U+0000, which no published document can carry.", "report");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"{where} holds a lone UTF-16 surrogate (U+{(int)c:X4}), which cannot be written as UTF-8.", "report");
            }
            else if (xml && (c < ' ' ? c is not ('\t' or '\n' or '\r') : c is '\uFFFE' or '\uFFFF'))
            {
                throw new ArgumentException($"{where} holds the character U+{(int)c:X4}, which a Word document cannot hold.", "report");
            }
        }
    }

    /// <summary>Checks every text of a report before anything is written (<paramref name="xml"/>: for an XML document).</summary>
    public static void CheckWritable(AnnualReport report, bool xml = false)
    {
        CheckWritable(report.Metadata.AgencyName, "The agency name", xml);
        CheckWritable(report.Metadata.AdministrativeDivisionCode, "The division code", xml);
        CheckWritable(report.Metadata.SourceUrl, "The source URL", xml);
        foreach (var (name, narrative) in new[] { ("一", report.Overview.Paragraphs), ("五", report.ProblemsAndImprovements.Paragraphs), ("六", report.OtherMatters.Paragraphs) })
        {
            foreach (var paragraph in narrative)
            {
                CheckWritable(paragraph.Text, $"A paragraph of section {name}", xml);
                CheckWritable(paragraph.Heading, $"A heading of section {name}", xml);
            }
        }

        foreach (var note in report.SourceNotes)
        {
            CheckWritable(note.Value.SourceText, $"The source note of {note.Key}", xml);
            CheckWritable(note.Value.Annotation, $"The source note of {note.Key}", xml);
        }
    }

    /// <summary>How many columns a text takes in a fixed-width font (CJK and full-width forms two).</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += char.IsLowSurrogate(c) ? 0 : TextForms.IsCjk(c) || char.IsHighSurrogate(c) ? 2 : 1;
        }

        return width;
    }

    private static string LabelOf(Type type, string property) =>
        type.GetProperty(property)?.GetCustomAttribute<OfficialLabelAttribute>(inherit: true)?.Label
        ?? throw new InvalidOperationException($"{type.Name}.{property} has no official label.");

    /// <summary>A builder sized for the report's text, so that writing does not grow it.</summary>
    public static StringBuilder Builder(AnnualReport report)
    {
        var length = 24_000;
        foreach (var p in report.Overview.Paragraphs.Concat(report.ProblemsAndImprovements.Paragraphs).Concat(report.OtherMatters.Paragraphs))
        {
            length += p.Text.Length + (p.Heading?.Length ?? 0) + 64;
        }

        return new StringBuilder(length);
    }
}
