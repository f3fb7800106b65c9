using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using FvSeverity = FluentValidation.Severity;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// Every rule of the rule set (<see cref="RuleCatalog"/>) that needs only the report itself, for a report of any
/// format: each applicable rule runs once, in one pass, with no child validation contexts.
/// </summary>
/// <remarks>
/// <para>
/// Each failure has <see cref="ValidationFailure.ErrorCode"/> = the rule id, <see cref="ValidationFailure.PropertyName"/>
/// = the JSON Pointer, the severity mapped, the Chinese message, and <see cref="ValidationFailure.CustomState"/> = the
/// <see cref="Finding"/>. Failures are added in table order. <c>IsValid</c> is false for warnings and notes too: filter
/// by severity, or use <see cref="ReportValidator.Validate(AnnualReport)"/>.
/// </para>
/// <para>
/// Validators are immutable and safe to share across threads; construction is the expensive part, so reuse
/// <see cref="Instance"/> (or register the validator as a singleton).
/// </para>
/// </remarks>
public sealed class AnnualReportValidator : AbstractValidator<AnnualReport>
{
    /// <summary>Creates the validator with <see cref="ReportValidationOptions.Default"/>.</summary>
    public AnnualReportValidator()
        : this(ReportValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator with the given settings.</summary>
    /// <param name="options">The settings.</param>
    public AnnualReportValidator(ReportValidationOptions options)
    {
        var settings = options ?? throw new ArgumentNullException(nameof(options));
        RuleFor(report => report).Custom((report, context) => FluentFindings.AddTo(context, RuleRunner.Run(report, settings), report.Format));
    }

    /// <summary>The shared instance with <see cref="ReportValidationOptions.Default"/>.</summary>
    public static AnnualReportValidator Instance { get; } = new();
}

/// <summary>A report and the same agency's report for the year before: the subject of the cross-year rules.</summary>
public sealed class ReportPair
{
    /// <summary>Creates a pair.</summary>
    /// <param name="current">The report being validated.</param>
    /// <param name="previous">The same agency's report for the year before.</param>
    public ReportPair(AnnualReport current, AnnualReport previous)
    {
        Current = current ?? throw new ArgumentNullException(nameof(current));
        Previous = previous ?? throw new ArgumentNullException(nameof(previous));
    }

    /// <summary>The report being validated.</summary>
    public AnnualReport Current { get; }

    /// <summary>The same agency's report for the year before.</summary>
    public AnnualReport Previous { get; }
}

/// <summary>
/// The cross-year rules of the rule set (<see cref="RuleScope.CrossYear"/>): <c>X-CARRY-OVER</c> (this year's 二、上年结转
/// = last year's 四, per column, across formats too), <c>X-DOCS-IN-FORCE</c> (2021 format on both sides) and
/// <c>X-SKIPPED</c> (a note saying why a cross-year rule did not run).
/// </summary>
/// <remarks>
/// <para>
/// A finding's <see cref="Finding.Pointer"/> refers to the current report; its <see cref="Finding.Related"/> pointers
/// refer to the <em>previous</em> report (e.g. <c>/applications/carriedForwardToNextYear/naturalPersons</c> of last year).
/// </para>
/// <para>
/// The rules compare only when the previous report's year is the current report's year − 1; otherwise one
/// <c>X-SKIPPED</c> note says so. The validator does not check that the agencies match. Thread-safe; reuse <see cref="Instance"/>.
/// </para>
/// </remarks>
public sealed class ReportPairValidator : AbstractValidator<ReportPair>
{
    /// <summary>Creates the validator.</summary>
    public ReportPairValidator()
    {
        RuleFor(pair => pair).Custom(static (pair, context) => FluentFindings.AddTo(context, RuleRunner.RunPair(pair.Current, pair.Previous), pair.Current.Format));
    }

    /// <summary>The shared instance.</summary>
    public static ReportPairValidator Instance { get; } = new();
}

/// <summary>Runs the rule set: the rules of each scope that apply to a format, in catalogue order.</summary>
internal static class RuleRunner
{
    private static readonly Lazy<Dictionary<ReportFormat, ReportRule[]>> ReportRulesByFormat = new(() => ByFormat(RuleScope.Report));
    private static readonly Lazy<Dictionary<ReportFormat, ReportRule[]>> PairRulesByFormat = new(() => ByFormat(RuleScope.CrossYear));

    public static List<Finding>? Run(AnnualReport report, ReportValidationOptions options)
    {
        var context = new RuleContext(report, options);
        foreach (var rule in ReportRulesByFormat.Value[report.Format])
        {
            rule.Check(context);
        }

        return context.Found;
    }

    public static List<Finding>? RunPair(AnnualReport current, AnnualReport previous)
    {
        var context = new PairContext(current, previous);
        foreach (var rule in PairRulesByFormat.Value[current.Format])
        {
            rule.CheckPair(context);
        }

        return context.Found;
    }

    private static Dictionary<ReportFormat, ReportRule[]> ByFormat(RuleScope scope) => ReportFormatInfo.All.ToDictionary(
        f => f.Format,
        f => ReportRules.All.Where(r => r.Descriptor.Scope == scope && r.Descriptor.AppliesTo(f.Format)).ToArray());
}

/// <summary>Turns findings into FluentValidation failures and back.</summary>
internal static class FluentFindings
{
    public static void AddTo<T>(ValidationContext<T> context, List<Finding>? found, ReportFormat format)
    {
        if (found is null)
        {
            return;
        }

        FindingFactory.Sort(found, ReportFormatInfo.Get(format).Layout);
        foreach (var finding in found)
        {
            context.AddFailure(new ValidationFailure(finding.Pointer, finding.MessageZh, finding.Actual)
            {
                ErrorCode = finding.RuleId,
                Severity = finding.Severity switch
                {
                    Severity.Error => FvSeverity.Error,
                    Severity.Warning => FvSeverity.Warning,
                    _ => FvSeverity.Info,
                },
                CustomState = finding,
            });
        }
    }

    public static void Collect(FluentValidation.Results.ValidationResult result, ref List<Finding>? found)
    {
        var errors = result.Errors;
        for (var i = 0; i < errors.Count; i++)
        {
            if (errors[i].CustomState is Finding finding)
            {
                (found ??= new List<Finding>()).Add(finding);
            }
        }
    }
}
