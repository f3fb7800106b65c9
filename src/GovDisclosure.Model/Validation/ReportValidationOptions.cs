using System;

namespace GovDisclosure.Model.Validation;

/// <summary>Settings of the consistency rules. Immutable; the default reads the clock when it validates.</summary>
public sealed class ReportValidationOptions
{
    /// <summary>The default settings: the current year is taken from the UTC clock at validation time.</summary>
    public static ReportValidationOptions Default { get; } = new();

    /// <summary>
    /// The year that counts as the current year for <see cref="RuleIds.MetaRequired"/> (a report year must lie
    /// within 2019..current year), or <see langword="null"/> to use the UTC clock's year. Set it for reproducible results.
    /// </summary>
    public int? CurrentYear { get; init; }

    internal int ResolveCurrentYear() => CurrentYear ?? DateTime.UtcNow.Year;
}
