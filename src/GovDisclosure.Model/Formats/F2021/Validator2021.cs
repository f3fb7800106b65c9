using System;
using FluentValidation;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// The rules of the rule set that apply to a report of the 2021 format and need only the report itself
/// (<see cref="RuleCatalog.For"/>), as a typed FluentValidation validator. Same findings as <see cref="AnnualReportValidator"/>.
/// </summary>
/// <remarks>Thread-safe; reuse <see cref="Instance"/>.</remarks>
public sealed class AnnualReport2021Validator : AbstractValidator<AnnualReport2021>
{
    /// <summary>Creates the validator with <see cref="ReportValidationOptions.Default"/>.</summary>
    public AnnualReport2021Validator()
        : this(ReportValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator with the given settings.</summary>
    /// <param name="options">The settings.</param>
    public AnnualReport2021Validator(ReportValidationOptions options)
    {
        var settings = options ?? throw new ArgumentNullException(nameof(options));
        RuleFor(report => report).Custom((report, context) => FluentFindings.AddTo(context, RuleRunner.Run(report, settings), report.Format));
    }

    /// <summary>The shared instance with <see cref="ReportValidationOptions.Default"/>.</summary>
    public static AnnualReport2021Validator Instance { get; } = new();
}
