using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model;

/// <summary>
/// What one format of the annual report is: its version string, the notice that fixed it, the report years it
/// is used for, its report type and its cell catalogue. Everything that depends on the format — the validators,
/// the JSON reader's discriminator and messages, the JSON Schema, the cell catalogue — consults this descriptor.
/// </summary>
public sealed class ReportFormatInfo
{
    private readonly Lazy<ImmutableArray<ReportCell>> _cells;
    private readonly Lazy<ImmutableDictionary<string, ReportCell>> _byPointer;
    private readonly Lazy<FormatLayout> _layout;
    private readonly string _documentName;

    internal ReportFormatInfo(
        ReportFormat format,
        string version,
        Type reportType,
        string notice,
        string title,
        string documentName,
        string noticeDate,
        int firstReportYear,
        int? lastReportYear,
        Func<ReportFormatInfo, FormatLayout> layout)
    {
        Format = format;
        Version = version;
        ReportType = reportType;
        Notice = notice;
        Title = title;
        _documentName = documentName;
        NoticeDate = noticeDate;
        FirstReportYear = firstReportYear;
        LastReportYear = lastReportYear;
        _cells = new Lazy<ImmutableArray<ReportCell>>(() => ReportCells.Build(reportType));
        _byPointer = new Lazy<ImmutableDictionary<string, ReportCell>>(() => _cells.Value.ToImmutableDictionary(c => c.Pointer, StringComparer.Ordinal));
        _layout = new Lazy<FormatLayout>(() => layout(this));
    }

    /// <summary>Every format the library implements, newest first.</summary>
    public static ImmutableArray<ReportFormatInfo> All { get; } = ImmutableArray.Create(Format2021.Info, Format2019.Info);

    /// <summary>The format.</summary>
    public ReportFormat Format { get; }

    /// <summary>The format version as written in JSON (<c>formatVersion</c>), e.g. <c>"2021"</c>.</summary>
    public string Version { get; }

    /// <summary>The report type of this format (a subclass of <see cref="AnnualReport"/>).</summary>
    public Type ReportType { get; }

    /// <summary>The notice that fixed the format, e.g. <c>国办公开办函〔2021〕30号</c>.</summary>
    public string Notice { get; }

    /// <summary>The title of the format as the notice gives it.</summary>
    public string Title { get; }

    /// <summary>
    /// The title a report of this format is published under: the agency, the report year with 年, and the name of the
    /// document the format lays out — e.g. <c>铜鼓县2021年政府信息公开工作年度报告</c>.
    /// </summary>
    /// <param name="agencyName">The publishing agency (<see cref="ReportMetadata.AgencyName"/>).</param>
    /// <param name="reportYear">The report year.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agencyName"/> is <see langword="null"/>.</exception>
    public string ReportTitle(string agencyName, int reportYear) =>
        (agencyName ?? throw new ArgumentNullException(nameof(agencyName)))
        + reportYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年" + _documentName;

    /// <summary>The date of the notice (<c>yyyy-MM-dd</c>), or the year alone where the day is not known.</summary>
    public string NoticeDate { get; }

    /// <summary>The first report year the format is used for.</summary>
    public int FirstReportYear { get; }

    /// <summary>The last report year the format is used for; <see langword="null"/> while it is current.</summary>
    public int? LastReportYear { get; }

    /// <summary>Every numeric cell of the format, in table order (tables 二, 三, 四, then the fee facts of section 六).</summary>
    public ImmutableArray<ReportCell> Cells => _cells.Value;

    /// <summary>The tables' pointers and walks used by the rules.</summary>
    internal FormatLayout Layout => _layout.Value;

    /// <summary>The report years the format is used for, in words, e.g. <c>2019、2020 年度</c>.</summary>
    internal string YearsZh => LastReportYear is { } last
        ? string.Join("、", Enumerable.Range(FirstReportYear, last - FirstReportYear + 1)) + " 年度"
        : FirstReportYear + " 年度及以后";

    /// <summary>The report years the format is used for, in English.</summary>
    internal string YearsEn => LastReportYear is { } last
        ? (last == FirstReportYear ? $"report year {last}" : $"report years {FirstReportYear} to {last}")
        : $"report years {FirstReportYear} onward";

    /// <summary>Gets the descriptor of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="ReportFormat"/>.</exception>
    public static ReportFormatInfo Get(ReportFormat format)
    {
        foreach (var info in All)
        {
            if (info.Format == format)
            {
                return info;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
    }

    /// <summary>Finds a format by its version string as written in JSON (e.g. <c>"2019"</c>).</summary>
    /// <param name="version">The version string.</param>
    /// <param name="info">The descriptor, when found.</param>
    /// <returns>Whether the version is known.</returns>
    public static bool TryGet(string? version, [NotNullWhen(true)] out ReportFormatInfo? info)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Version, version, StringComparison.Ordinal))
            {
                info = candidate;
                return true;
            }
        }

        info = null;
        return false;
    }

    /// <summary>The format a report for the given year must follow, or <see langword="null"/> for a year before any format.</summary>
    /// <param name="reportYear">The report year.</param>
    /// <returns>The descriptor, or <see langword="null"/>.</returns>
    public static ReportFormatInfo? ForYear(int reportYear)
    {
        foreach (var info in All)
        {
            if (info.AppliesTo(reportYear))
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>Whether the format is the one for a report year.</summary>
    /// <param name="reportYear">The report year.</param>
    /// <returns>Whether the year lies within <see cref="FirstReportYear"/>..<see cref="LastReportYear"/>.</returns>
    public bool AppliesTo(int reportYear) => reportYear >= FirstReportYear && (LastReportYear is not { } last || reportYear <= last);

    /// <summary>Finds a cell of the format by its JSON Pointer.</summary>
    /// <param name="pointer">The JSON Pointer.</param>
    /// <param name="cell">The cell, when found.</param>
    /// <returns>Whether the format has such a cell.</returns>
    public bool TryFindCell(string? pointer, [NotNullWhen(true)] out ReportCell? cell) =>
        _byPointer.Value.TryGetValue(pointer ?? string.Empty, out cell);

    /// <inheritdoc />
    public override string ToString() => $"{Version} ({Notice})";
}
