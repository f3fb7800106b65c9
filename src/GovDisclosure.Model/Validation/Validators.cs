using System;
using System.Collections.Generic;
using FluentValidation;
using FluentValidation.Results;
using FvSeverity = FluentValidation.Severity;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// The consistency rules of the 2021 format for a whole report (every rule of <see cref="RuleCatalog"/> that needs
/// only the report itself): <c>FORMAT-YEAR</c>, <c>META-REQUIRED</c>, <c>CELL-RANGE</c>, <c>FEE-AMOUNT-UNIT</c>,
/// <c>T3-*</c>, <c>T4-GROUP-TOTAL</c>, <c>FEE-UNPAID-NO-NOTICE</c>, <c>CELL-BLANK</c> and <c>TEXT-TABLE-MISMATCH</c>.
/// </summary>
/// <remarks>
/// <para>
/// One custom rule runs the walks of <see cref="ReportMetadataValidator"/>, <see cref="ProactiveDisclosure2021Validator"/>,
/// <see cref="Applications2021Validator"/>, <see cref="ReviewAndLitigationValidator"/> and <see cref="OtherMattersValidator"/>
/// in one pass (no child validation contexts), plus the rules that span sections. Each failure has
/// <see cref="ValidationFailure.ErrorCode"/> = the rule id, <see cref="ValidationFailure.PropertyName"/> = the JSON Pointer,
/// the severity mapped, the Chinese message, and <see cref="ValidationFailure.CustomState"/> = the <see cref="Finding"/>.
/// Failures are added in table order.
/// </para>
/// <para>
/// Validators are immutable and safe to share across threads; construction is the expensive part, so reuse
/// <see cref="Instance"/> (or register the validator as a singleton).
/// </para>
/// </remarks>
public sealed class AnnualReport2021Validator : AbstractValidator<AnnualReport2021>
{
    private readonly ReportValidationOptions _options;

    /// <summary>Creates the validator with <see cref="ReportValidationOptions.Default"/>.</summary>
    public AnnualReport2021Validator()
        : this(ReportValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator with the given settings.</summary>
    /// <param name="options">The settings.</param>
    public AnnualReport2021Validator(ReportValidationOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        RuleFor(report => report).Custom((report, context) =>
        {
            List<Finding>? found = null;
            Checks2021.FormatYear(report, ref found);
            Checks2021.Metadata(report.Metadata, _options.ResolveCurrentYear(), ref found);
            Checks2021.ProactiveDisclosure(report.ProactiveDisclosure, ref found);
            Checks2021.Applications(report.Applications, ref found);
            Checks2021.ReviewAndLitigation(report.ReviewAndLitigation, ref found);
            Checks2021.OtherMatters(report.OtherMatters, ref found);
            Checks2021.FeeUnpaid(report.Applications, report.OtherMatters, ref found);
            Checks2021.Blanks(report.SourceNotes, ref found);
            Narratives.TextTableCheck.Run(report, ref found);
            FluentFindings.AddTo(context, found);
        });
    }

    /// <summary>The shared instance with <see cref="ReportValidationOptions.Default"/>.</summary>
    public static AnnualReport2021Validator Instance { get; } = new();
}

/// <summary><c>META-REQUIRED</c>: the agency name is not blank and the report year lies within 2019..the current year.</summary>
/// <remarks>Pointers are those of the report's JSON (<c>/metadata/...</c>). Thread-safe; reuse <see cref="Instance"/>.</remarks>
public sealed class ReportMetadataValidator : AbstractValidator<ReportMetadata>
{
    private readonly ReportValidationOptions _options;

    /// <summary>Creates the validator with <see cref="ReportValidationOptions.Default"/>.</summary>
    public ReportMetadataValidator()
        : this(ReportValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator with the given settings (the current year).</summary>
    /// <param name="options">The settings.</param>
    public ReportMetadataValidator(ReportValidationOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        RuleFor(metadata => metadata).Custom((metadata, context) =>
        {
            List<Finding>? found = null;
            Checks2021.Metadata(metadata, _options.ResolveCurrentYear(), ref found);
            FluentFindings.AddTo(context, found);
        });
    }

    /// <summary>The shared instance with <see cref="ReportValidationOptions.Default"/>.</summary>
    public static ReportMetadataValidator Instance { get; } = new();
}

/// <summary>Table 二 of the 2021 format: <c>CELL-RANGE</c> (a negative fee amount) and <c>FEE-AMOUNT-UNIT</c>.</summary>
/// <remarks>Pointers are those of the report's JSON (<c>/proactiveDisclosure/...</c>). Thread-safe; reuse <see cref="Instance"/>.</remarks>
public sealed class ProactiveDisclosure2021Validator : AbstractValidator<ProactiveDisclosure2021>
{
    /// <summary>Creates the validator.</summary>
    public ProactiveDisclosure2021Validator()
    {
        RuleFor(table => table).Custom(static (table, context) =>
        {
            List<Finding>? found = null;
            Checks2021.ProactiveDisclosure(table, ref found);
            FluentFindings.AddTo(context, found);
        });
    }

    /// <summary>The shared instance.</summary>
    public static ProactiveDisclosure2021Validator Instance { get; } = new();
}

/// <summary>Table 三 of the 2021 format: <c>T3-ROW-TOTAL</c>, <c>T3-OUTCOME-TOTAL</c> and <c>T3-BALANCE</c>, in one walk of the table.</summary>
/// <remarks>Pointers are those of the report's JSON (<c>/applications/...</c>). Thread-safe; reuse <see cref="Instance"/>.</remarks>
public sealed class Applications2021Validator : AbstractValidator<Applications2021>
{
    /// <summary>Creates the validator.</summary>
    public Applications2021Validator()
    {
        RuleFor(table => table).Custom(static (table, context) =>
        {
            List<Finding>? found = null;
            Checks2021.Applications(table, ref found);
            FluentFindings.AddTo(context, found);
        });
    }

    /// <summary>The shared instance.</summary>
    public static Applications2021Validator Instance { get; } = new();
}

/// <summary>Table 四: <c>T4-GROUP-TOTAL</c> for each of its three groups.</summary>
/// <remarks>Pointers are those of the report's JSON (<c>/reviewAndLitigation/...</c>). Thread-safe; reuse <see cref="Instance"/>.</remarks>
public sealed class ReviewAndLitigationValidator : AbstractValidator<ReviewAndLitigation>
{
    /// <summary>Creates the validator.</summary>
    public ReviewAndLitigationValidator()
    {
        RuleFor(table => table).Custom(static (table, context) =>
        {
            List<Finding>? found = null;
            Checks2021.ReviewAndLitigation(table, ref found);
            FluentFindings.AddTo(context, found);
        });
    }

    /// <summary>The shared instance.</summary>
    public static ReviewAndLitigationValidator Instance { get; } = new();
}

/// <summary>Section 六: <c>CELL-RANGE</c> for negative fee amounts (yuan).</summary>
/// <remarks>Pointers are those of the report's JSON (<c>/otherMatters/...</c>). Thread-safe; reuse <see cref="Instance"/>.</remarks>
public sealed class OtherMattersValidator : AbstractValidator<OtherMatters>
{
    /// <summary>Creates the validator.</summary>
    public OtherMattersValidator()
    {
        RuleFor(section => section).Custom(static (section, context) =>
        {
            List<Finding>? found = null;
            Checks2021.OtherMatters(section, ref found);
            FluentFindings.AddTo(context, found);
        });
    }

    /// <summary>The shared instance.</summary>
    public static OtherMattersValidator Instance { get; } = new();
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
/// The cross-year rules: <c>X-CARRY-OVER</c> (this year's 二、上年结转 = last year's 四, per column) and
/// <c>X-DOCS-IN-FORCE</c> (现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数; any difference is reported, as info).
/// </summary>
/// <remarks>
/// <para>
/// A finding's <see cref="Finding.Pointer"/> refers to the current report; its <see cref="Finding.Related"/> pointers
/// refer to the <em>previous</em> report (e.g. <c>/applications/carriedForwardToNextYear/naturalPersons</c> of last year).
/// </para>
/// <para>
/// The rules apply only when both reports are in the 2021 format and the previous report's year is the current
/// report's year − 1; otherwise the validator reports nothing (it does not check that the agencies match).
/// Thread-safe; reuse <see cref="Instance"/>.
/// </para>
/// </remarks>
public sealed class ReportPairValidator : AbstractValidator<ReportPair>
{
    /// <summary>Creates the validator.</summary>
    public ReportPairValidator()
    {
        RuleFor(pair => pair).Custom(static (pair, context) =>
        {
            if (pair.Current is AnnualReport2021 current && pair.Previous is AnnualReport2021 previous && Checks2021.AreConsecutive(current, previous))
            {
                List<Finding>? found = null;
                Checks2021.CrossYear(current, previous, ref found);
                FluentFindings.AddTo(context, found);
            }
        });
    }

    /// <summary>The shared instance.</summary>
    public static ReportPairValidator Instance { get; } = new();
}

/// <summary>Turns findings into FluentValidation failures and back.</summary>
internal static class FluentFindings
{
    public static void AddTo<T>(ValidationContext<T> context, List<Finding>? found)
    {
        if (found is null)
        {
            return;
        }

        Checks2021.Sort(found);
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
