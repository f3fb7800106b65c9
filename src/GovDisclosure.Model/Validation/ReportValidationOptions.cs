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

    /// <summary>
    /// Whether the agency is a government (人民政府, which publishes its own report by <see cref="GovernmentDeadline"/>)
    /// or a department (by <see cref="DepartmentDeadline"/>), for <see cref="RuleIds.MetaLate"/>; <see langword="null"/>
    /// to tell from the agency name (a name ending in <c>人民政府</c> is a government).
    /// </summary>
    public AgencyKind? AgencyKind { get; init; }

    /// <summary>
    /// The day of the year after the report year by which a department publishes (《政府信息公开条例》第四十九条:
    /// 31 January). Local rules may set another day.
    /// </summary>
    public (int Month, int Day) DepartmentDeadline { get; init; } = (1, 31);

    /// <summary>The day of the year after the report year by which a county-level or higher government publishes its own report (31 March).</summary>
    public (int Month, int Day) GovernmentDeadline { get; init; } = (3, 31);

    internal int ResolveCurrentYear() => CurrentYear ?? DateTime.UtcNow.Year;
}

/// <summary>What kind of agency publishes a report, for the publication deadline.</summary>
public enum AgencyKind
{
    /// <summary>A department of a government (部门), or any agency that is not a government.</summary>
    Department = 0,

    /// <summary>A county-level or higher people's government (人民政府) publishing its own report.</summary>
    Government = 1,
}
