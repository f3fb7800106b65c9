using System;
using System.Collections.Generic;

namespace GovDisclosure.Model;

/// <summary>
/// One row of table 三: the count for each applicant column (申请人情况), and the row's 总计 as reported.
/// There is no subtotal for 法人或其他组织 in the official table, and none here.
/// </summary>
public sealed record ApplicantCounts
{
    /// <summary>自然人 — natural persons.</summary>
    [OfficialLabel("自然人", "Natural persons")]
    [ColumnGroup("申请人情况")]
    public required uint NaturalPersons { get; init; }

    /// <summary>法人或其他组织 · 商业企业 — commercial enterprises.</summary>
    [OfficialLabel("商业企业", "Commercial enterprises")]
    [ColumnGroup("申请人情况", "法人或其他组织")]
    public required uint CommercialEnterprises { get; init; }

    /// <summary>法人或其他组织 · 科研机构 — research institutions.</summary>
    [OfficialLabel("科研机构", "Research institutions")]
    [ColumnGroup("申请人情况", "法人或其他组织")]
    public required uint ResearchInstitutions { get; init; }

    /// <summary>法人或其他组织 · 社会公益组织 — public welfare organisations.</summary>
    [OfficialLabel("社会公益组织", "Public welfare organisations")]
    [ColumnGroup("申请人情况", "法人或其他组织")]
    public required uint PublicWelfareOrganizations { get; init; }

    /// <summary>法人或其他组织 · 法律服务机构 — legal service agencies.</summary>
    [OfficialLabel("法律服务机构", "Legal service agencies")]
    [ColumnGroup("申请人情况", "法人或其他组织")]
    public required uint LegalServiceAgencies { get; init; }

    /// <summary>法人或其他组织 · 其他 — other organisations.</summary>
    [OfficialLabel("其他", "Other organisations")]
    [ColumnGroup("申请人情况", "法人或其他组织")]
    public required uint OtherOrganizations { get; init; }

    /// <summary>总计 — the row total, as reported.</summary>
    [OfficialLabel("总计", "Total", IsTotal = true)]
    [ColumnGroup("申请人情况")]
    public required uint Total { get; init; }

    /// <summary>The number of columns of a row of table 三 (six applicant kinds, then 总计).</summary>
    internal const int ColumnCount = 7;

    /// <summary>The index of the 总计 column.</summary>
    internal const int TotalColumn = 6;

    /// <summary>The value of column <paramref name="column"/> in table order (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计): the one home of the column order.</summary>
    internal uint this[int column] => column switch
    {
        0 => NaturalPersons,
        1 => CommercialEnterprises,
        2 => ResearchInstitutions,
        3 => PublicWelfareOrganizations,
        4 => LegalServiceAgencies,
        5 => OtherOrganizations,
        6 => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>Creates a row from its seven values in table order.</summary>
    internal static ApplicantCounts FromColumns(ReadOnlySpan<uint> v) => new()
    {
        NaturalPersons = v[0],
        CommercialEnterprises = v[1],
        ResearchInstitutions = v[2],
        PublicWelfareOrganizations = v[3],
        LegalServiceAgencies = v[4],
        OtherOrganizations = v[5],
        Total = v[6],
    };

    /// <summary>A row of zeros.</summary>
    public static ApplicantCounts Zero { get; } = FromParts(0, 0, 0, 0, 0, 0);

    /// <summary>The sum of the six applicant columns, without overflow (the row's 总计 as it should be).</summary>
    /// <returns>The sum as a 64-bit integer.</returns>
    public long SumOfParts() =>
        (long)NaturalPersons + CommercialEnterprises + ResearchInstitutions + PublicWelfareOrganizations + LegalServiceAgencies + OtherOrganizations;

    /// <summary>Builds a row from its six parts, computing 总计.</summary>
    /// <param name="naturalPersons">自然人.</param>
    /// <param name="commercialEnterprises">商业企业.</param>
    /// <param name="researchInstitutions">科研机构.</param>
    /// <param name="publicWelfareOrganizations">社会公益组织.</param>
    /// <param name="legalServiceAgencies">法律服务机构.</param>
    /// <param name="otherOrganizations">其他.</param>
    /// <returns>The row with a computed total.</returns>
    /// <exception cref="OverflowException">The total exceeds <see cref="uint.MaxValue"/>.</exception>
    public static ApplicantCounts FromParts(
        uint naturalPersons,
        uint commercialEnterprises,
        uint researchInstitutions,
        uint publicWelfareOrganizations,
        uint legalServiceAgencies,
        uint otherOrganizations)
    {
        var row = new ApplicantCounts
        {
            NaturalPersons = naturalPersons,
            CommercialEnterprises = commercialEnterprises,
            ResearchInstitutions = researchInstitutions,
            PublicWelfareOrganizations = publicWelfareOrganizations,
            LegalServiceAgencies = legalServiceAgencies,
            OtherOrganizations = otherOrganizations,
            Total = 0,
        };
        return row with { Total = Counts.ToCount(row.SumOfParts()) };
    }

    /// <summary>Adds rows column by column (including 总计 as reported).</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The column sums.</returns>
    /// <exception cref="OverflowException">A column's sum exceeds <see cref="uint.MaxValue"/>.</exception>
    public static ApplicantCounts Sum(IEnumerable<ApplicantCounts> rows)
    {
        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        var sums = default(ColumnSums);
        foreach (var row in rows)
        {
            sums.Add(row);
        }

        return sums.ToCounts();
    }
}

/// <summary>Column sums of rows of table 三 in 64 bits (no overflow), indexed in the column order of <see cref="ApplicantCounts"/>.</summary>
internal struct ColumnSums
{
    private long _c0, _c1, _c2, _c3, _c4, _c5, _c6;

    public readonly long this[int column] => column switch
    {
        0 => _c0,
        1 => _c1,
        2 => _c2,
        3 => _c3,
        4 => _c4,
        5 => _c5,
        6 => _c6,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public void Add(ApplicantCounts row)
    {
        _c0 += row[0];
        _c1 += row[1];
        _c2 += row[2];
        _c3 += row[3];
        _c4 += row[4];
        _c5 += row[5];
        _c6 += row[6];
    }

    /// <summary>The sums as a row of counts.</summary>
    /// <exception cref="OverflowException">A sum exceeds <see cref="uint.MaxValue"/>.</exception>
    public readonly ApplicantCounts ToCounts()
    {
        Span<uint> values = stackalloc uint[ApplicantCounts.ColumnCount];
        for (var c = 0; c < ApplicantCounts.ColumnCount; c++)
        {
            values[c] = Counts.ToCount(this[c]);
        }

        return ApplicantCounts.FromColumns(values);
    }
}

internal static class Counts
{
    public static uint ToCount(long value) =>
        value is < 0 or > uint.MaxValue
            ? throw new OverflowException($"The sum {value} is outside the range of a count (0..{uint.MaxValue}).")
            : (uint)value;
}
