using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace GovDisclosure.Model.Documents.Writing;

/// <summary>
/// The printed texts of a report outside its tables, each from its one home: the six section headings from the
/// <see cref="OfficialLabelAttribute"/> of <see cref="AnnualReport"/>'s members (tables 二, 三 and 四 through
/// <see cref="PublishedTables"/>), the document title from <see cref="ReportFormatInfo.Title"/>, the date line's label
/// from <see cref="ReportMetadata.PublicationDate"/>'s label.
/// </summary>
internal static class ReportText
{
    /// <summary>A section of the report in print order: its heading, and either a narrative or a table.</summary>
    internal readonly struct Section
    {
        public Section(string heading, IReadOnlyList<NarrativeParagraph>? paragraphs, GridTable? table)
        {
            Heading = heading;
            Paragraphs = paragraphs;
            Table = table;
        }

        public string Heading { get; }

        /// <summary>The narrative of 一, 五 or 六; <see langword="null"/> for a table's section.</summary>
        public IReadOnlyList<NarrativeParagraph>? Paragraphs { get; }

        /// <summary>Table 二, 三 or 四; <see langword="null"/> for a narrative section.</summary>
        public GridTable? Table { get; }
    }

    /// <summary>The six sections of a report, in print order.</summary>
    public static IReadOnlyList<Section> Sections(AnnualReport report)
    {
        var tables = PublishedTables.For(report.Format);
        var sections = new List<Section> { new(Label(nameof(AnnualReport.Overview)), report.Overview.Paragraphs.Items, null) };
        foreach (var table in tables)
        {
            sections.Add(new Section(table.Caption, null, table));
        }

        sections.Add(new Section(Label(nameof(AnnualReport.ProblemsAndImprovements)), report.ProblemsAndImprovements.Paragraphs.Items, null));
        sections.Add(new Section(Label(nameof(AnnualReport.OtherMatters)), report.OtherMatters.Paragraphs.Items, null));
        return sections;
    }

    /// <summary>
    /// The document title as reports print it: the agency, the year, then the name of the report the format's title
    /// gives (its title without the country's name before it and the word for "format" after it),
    /// e.g. <c>铜鼓县2021年度政府信息公开工作年度报告</c>.
    /// </summary>
    public static string Title(AnnualReport report)
    {
        var formatTitle = ReportFormatInfo.Get(report.Format).Title;
        var start = formatTitle.IndexOf("政府", StringComparison.Ordinal);
        var end = formatTitle.LastIndexOf("报告", StringComparison.Ordinal);
        var name = start >= 0 && end > start ? formatTitle.Substring(start, end + 2 - start) : formatTitle;
        return report.Metadata.AgencyName + report.Metadata.ReportYear.ToString(CultureInfo.InvariantCulture) + "年度" + name;
    }

    /// <summary>The printed date line (<c>发布日期：2022年1月20日</c>), or <see langword="null"/> without a publication date.</summary>
    public static string? DateLine(ReportMetadata metadata) =>
        metadata.PublicationDate is { } date
            ? LabelOf(typeof(ReportMetadata), nameof(ReportMetadata.PublicationDate)) + "：" + LongDate(date)
            : null;

    /// <summary>A date as Chinese documents print it: <c>2022年1月20日</c>.</summary>
    public static string LongDate(DateTime date) =>
        date.Year.ToString(CultureInfo.InvariantCulture) + "年" + date.Month.ToString(CultureInfo.InvariantCulture) + "月" + date.Day.ToString(CultureInfo.InvariantCulture) + "日";

    private static string Label(string member) => LabelOf(typeof(AnnualReport), member);

    private static string LabelOf(Type type, string member) =>
        type.GetProperty(member)?.GetCustomAttribute<OfficialLabelAttribute>()?.Label
        ?? throw new InvalidOperationException($"{type.Name}.{member} has no official label.");
}
