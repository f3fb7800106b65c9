using System;
using System.Collections.Generic;
using System.IO;
using GovDisclosure.Model.Formats;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// The validation facade: checks a report against the consistency rules of its format, and reads
/// untrusted JSON end to end (structure, then model, then rules) into one list of findings.
/// Thread-safe; the rule set is built once.
/// </summary>
public static class ReportValidator
{
    /// <summary>Validates a report against every rule that needs only the report itself.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Every finding, in table order.</returns>
    public static ValidationResult Validate(AnnualReport report) => Validate(report, previous: null);

    /// <summary>Validates a report, and against the same agency's previous-year report when one is given (rules <c>X-*</c>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="previous">The same agency's report for the year before, or <see langword="null"/>.</param>
    /// <returns>Every finding, in table order.</returns>
    /// <remarks>
    /// The rules <c>X-*</c> compare only when <paramref name="previous"/> is for the year before the report's; otherwise
    /// an <c>X-SKIPPED</c> note says that nothing was compared. The related pointers of an
    /// <c>X-*</c> finding refer to <paramref name="previous"/>. The current year of <c>META-REQUIRED</c> is the UTC clock's.
    /// </remarks>
    public static ValidationResult Validate(AnnualReport report, AnnualReport? previous) => Validate(report, previous, null);

    /// <summary>Validates a report with the given settings, and against the previous-year report when one is given.</summary>
    /// <param name="report">The report.</param>
    /// <param name="previous">The same agency's report for the year before, or <see langword="null"/>.</param>
    /// <param name="options">The settings (e.g. a fixed current year), or <see langword="null"/> for <see cref="ReportValidationOptions.Default"/>.</param>
    /// <returns>Every finding, in table order.</returns>
    public static ValidationResult Validate(AnnualReport report, AnnualReport? previous, ReportValidationOptions? options)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var found = RuleRunner.Run(report, options ?? ReportValidationOptions.Default);
        if (previous is not null && RuleRunner.RunPair(report, previous) is { } pair)
        {
            (found ??= new List<Finding>()).AddRange(pair);
        }

        if (found is not null)
        {
            FindingFactory.Sort(found, ReportFormatInfo.Get(report.Format).Layout);
        }

        return new ValidationResult(found ?? (IEnumerable<Finding>)Array.Empty<Finding>(), report);
    }

    /// <summary>
    /// Reads untrusted UTF-8 JSON end to end and returns one list of findings: structure (JSON Schema),
    /// then the typed model, then every consistency rule. A document the strict reader accepts goes
    /// straight to the rules; otherwise every structural problem is reported (rule
    /// <see cref="RuleIds.Schema"/>), or the reader's <see cref="RuleIds.Json"/> finding when the input is
    /// not JSON or breaks what only the reader checks. Never throws for any input bytes.
    /// </summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="previous">The same agency's report for the year before, or <see langword="null"/>.</param>
    /// <returns>The findings, and the report when it could be read.</returns>
#pragma warning disable RS0027 // The stream overload takes a different input, not more of the same parameters.
    public static ValidationResult ValidateJson(ReadOnlySpan<byte> utf8Json, AnnualReport? previous = null) =>
        JsonValidationPipeline.Run(utf8Json, previous);
#pragma warning restore RS0027

    /// <summary>
    /// Reads untrusted UTF-8 JSON from a stream end to end, like <see cref="ValidateJson(ReadOnlySpan{byte}, AnnualReport?)"/>,
    /// reading no further than the options' <see cref="ReportReadOptions.MaxSize"/>: a longer (or endless) stream gives one
    /// <see cref="RuleIds.Json"/> finding with the keyword <see cref="JsonReadKeywords.Size"/>. Never throws for any input bytes.
    /// </summary>
    /// <param name="utf8Json">The stream (not closed).</param>
    /// <param name="previous">The same agency's report for the year before, or <see langword="null"/>.</param>
    /// <param name="options">The limits, or <see langword="null"/> for <see cref="ReportReadOptions.Default"/>.</param>
    /// <returns>The findings, and the report when it could be read.</returns>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ValidationResult ValidateJson(Stream utf8Json, AnnualReport? previous, ReportReadOptions? options)
    {
        var bytes = BoundedStream.ReadAll(utf8Json, options, out var tooLarge);
        return bytes is null ? new ValidationResult(new[] { tooLarge! }) : JsonValidationPipeline.Run(bytes, previous);
    }
}
