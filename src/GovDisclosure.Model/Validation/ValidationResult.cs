using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// The outcome of validating a report: every finding of one pass, in a stable order (the order of the
/// tables, then the rules), and the report itself when it could be read.
/// </summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="findings">The findings, in their reporting order.</param>
    /// <param name="report">The report, when one was read.</param>
    public ValidationResult(IEnumerable<Finding> findings, AnnualReport? report = null)
    {
        Findings = new EquatableArray<Finding>((findings ?? throw new ArgumentNullException(nameof(findings))).ToArray());
        Report = report;
        foreach (var finding in Findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error:
                    ErrorCount++;
                    break;
                case Severity.Warning:
                    WarningCount++;
                    break;
                default:
                    InfoCount++;
                    break;
            }
        }
    }

    /// <summary>Every finding, in a stable order.</summary>
    public EquatableArray<Finding> Findings { get; }

    /// <summary>The report, when the input could be read as one; <see langword="null"/> otherwise.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Whether any finding has <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The number of findings of <see cref="Severity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>The number of findings of <see cref="Severity.Warning"/>.</summary>
    public int WarningCount { get; }

    /// <summary>The number of findings of <see cref="Severity.Info"/>.</summary>
    public int InfoCount { get; }
}
