using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

/// <summary>One report of a series: where it came from and the report itself.</summary>
/// <param name="Source">Where the report came from (a file name, a URL); used in messages and to keep results apart.</param>
/// <param name="Report">The report.</param>
public sealed record SeriesInput(string Source, AnnualReport Report);

/// <summary>One report's result in a series validation.</summary>
public sealed class SeriesEntry
{
    internal SeriesEntry(string source, AnnualReport report, ValidationResult result, string? previousSource)
    {
        Source = source;
        Report = report;
        Result = result;
        PreviousSource = previousSource;
    }

    /// <summary>Where the report came from.</summary>
    public string Source { get; }

    /// <summary>The report.</summary>
    public AnnualReport Report { get; }

    /// <summary>Every finding of the report: its own rules, the cross-year rules against <see cref="PreviousSource"/>, and the series rules.</summary>
    public ValidationResult Result { get; }

    /// <summary>The source of the same agency's report for the year before that this report was compared with, or <see langword="null"/>.</summary>
    public string? PreviousSource { get; }
}

/// <summary>One agency's reports in a series, for a summary table.</summary>
public sealed class AgencySeries
{
    internal AgencySeries(string agencyName, string? divisionCode, ImmutableArray<int> years, int reports, int errors, int warnings, int pairs, ImmutableArray<SeriesEntry> entries)
    {
        Entries = entries;
        AgencyName = agencyName;
        AdministrativeDivisionCode = divisionCode;
        Years = years;
        Reports = reports;
        ErrorCount = errors;
        WarningCount = warnings;
        Pairs = pairs;
    }

    /// <summary>The agency's name as its first report gives it.</summary>
    public string AgencyName { get; }

    /// <summary>The division code, when the reports give one.</summary>
    public string? AdministrativeDivisionCode { get; }

    /// <summary>The report years present, ascending.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>The number of reports.</summary>
    public int Reports { get; }

    /// <summary>Error findings over the agency's reports.</summary>
    public int ErrorCount { get; }

    /// <summary>Warning findings over the agency's reports.</summary>
    public int WarningCount { get; }

    /// <summary>How many reports were compared with the year before.</summary>
    public int Pairs { get; }

    /// <summary>The agency's reports (entries of <see cref="SeriesValidationResult.Entries"/>), in the order given.</summary>
    public ImmutableArray<SeriesEntry> Entries { get; }
}

/// <summary>The result of validating a series of reports.</summary>
public sealed class SeriesValidationResult
{
    internal SeriesValidationResult(ImmutableArray<SeriesEntry> entries, ImmutableArray<AgencySeries> agencies)
    {
        Entries = entries;
        Agencies = agencies;
    }

    /// <summary>Each report's result, in the order the reports were given.</summary>
    public ImmutableArray<SeriesEntry> Entries { get; }

    /// <summary>One summary per agency, ordered by agency name.</summary>
    public ImmutableArray<AgencySeries> Agencies { get; }

    /// <summary>Whether any report has an error finding.</summary>
    public bool HasErrors => Entries.Any(e => e.Result.HasErrors);
}

/// <summary>
/// Validates many reports at once the way a reviewing office works: reports are grouped by agency (the normalised agency
/// name, together with the administrative division code when the report states one) and year; each report is paired with the same
/// agency's report for the year before and the cross-year rules run on every pair; two reports for one agency-year
/// (<c>X-SERIES-DUPLICATE</c>) and a missing year (<c>X-SERIES-GAP</c>) are findings. Two different agencies are never
/// paired. Reports are validated on all cores; results keep the order given.
/// </summary>
public static class ReportSeries
{
    /// <summary>Validates a series of reports.</summary>
    /// <param name="reports">The reports, each with its source.</param>
    /// <param name="options">The settings, or <see langword="null"/> for <see cref="ReportValidationOptions.Default"/>.</param>
    /// <returns>Each report's findings, and a summary per agency.</returns>
    public static SeriesValidationResult Validate(IEnumerable<SeriesInput> reports, ReportValidationOptions? options = null)
    {
        var inputs = (reports ?? throw new ArgumentNullException(nameof(reports))).ToArray();
        if (inputs.Any(i => i is null || i.Report is null))
        {
            throw new ArgumentException("Every input must have a report.", nameof(reports));
        }

        var keys = inputs.Select(i => AgencyKey(i.Report.Metadata)).ToArray();
        var groups = Enumerable.Range(0, inputs.Length).GroupBy(i => keys[i], StringComparer.Ordinal).ToArray();
        var previousOf = new int?[inputs.Length];
        var series = new List<Finding>?[inputs.Length];
        foreach (var group in groups)
        {
            var byYear = group.GroupBy(i => inputs[i].Report.Metadata.ReportYear).OrderBy(g => g.Key).ToArray();
            for (var y = 0; y < byYear.Length; y++)
            {
                var year = byYear[y].Key;
                var members = byYear[y].ToArray();
                if (members.Length > 1)
                {
                    foreach (var i in members)
                    {
                        var others = string.Join("、", members.Where(m => m != i).Select(m => inputs[m].Source));
                        Add(series, i, Duplicate(inputs[i].Report, year, others));
                    }

                    continue;
                }

                if (y == 0)
                {
                    continue;
                }

                var before = byYear[y - 1];
                if (before.Key != year - 1)
                {
                    Add(series, members[0], XSeriesGapRule.For(inputs[members[0]].Report, year - 1));
                }
                else if (before.Count() == 1)
                {
                    previousOf[members[0]] = before.Single();
                }
            }
        }

        var results = new ValidationResult[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            var report = inputs[i].Report;
            var previous = previousOf[i] is { } p ? inputs[p].Report : null;
            var result = ReportValidator.Validate(report, previous, options);
            if (series[i] is { } extra)
            {
                var all = result.Findings.Concat(extra).ToList();
                FindingFactory.Sort(all, ReportFormatInfo.Get(report.Format).Layout);
                result = new ValidationResult(all, report);
            }

            results[i] = result;
        });

        var entries = Enumerable.Range(0, inputs.Length)
            .Select(i => new SeriesEntry(inputs[i].Source, inputs[i].Report, results[i], previousOf[i] is { } p ? inputs[p].Source : null))
            .ToImmutableArray();
        var agencies = groups
            .Select(g =>
            {
                var members = g.ToArray();
                var first = inputs[members[0]].Report.Metadata;
                return new AgencySeries(
                    first.AgencyName,
                    first.AdministrativeDivisionCode,
                    members.Select(m => inputs[m].Report.Metadata.ReportYear).Distinct().OrderBy(y => y).ToImmutableArray(),
                    members.Length,
                    members.Sum(m => results[m].ErrorCount),
                    members.Sum(m => results[m].WarningCount),
                    members.Count(m => previousOf[m] is not null),
                    members.Select(m => entries[m]).ToImmutableArray());
            })
            .OrderBy(a => a.AgencyName, StringComparer.Ordinal)
            .ThenBy(a => a.AdministrativeDivisionCode, StringComparer.Ordinal)
            .ToImmutableArray();
        return new SeriesValidationResult(entries, agencies);
    }

    /// <summary>
    /// The key that identifies an agency across years: its name with whitespace removed and full-width letters, digits and
    /// brackets folded to half-width, plus the division code when the report states one.
    /// </summary>
    internal static string AgencyKey(ReportMetadata metadata)
    {
        var name = new StringBuilder();
        foreach (var c in metadata.AgencyName ?? string.Empty)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            name.Append(c is >= '！' and <= '～' ? (char)(c - 0xFEE0) : c);
        }

        return (metadata.AdministrativeDivisionCode ?? string.Empty) + "|" + name.ToString().ToUpperInvariant();
    }

    private static Finding Duplicate(AnnualReport report, int year, string others)
    {
        var rule = ReportRules.Get<XSeriesDuplicateRule>().Descriptor;
        return FindingFactory.Create(rule, ReportFormatInfo.Get(report.Format).Layout, FormatLayout.ReportYearPointer, default, null, year, new MessageArguments(textZh: others, textEn: others));
    }

    private static void Add(List<Finding>?[] series, int i, Finding finding) => (series[i] ??= new List<Finding>()).Add(finding);
}
