using System;
using System.Collections.Immutable;
using System.Globalization;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>五、存在的主要问题及改进情况 is empty, 无, or shorter than 20 characters.</summary>
    public const string Sec5Empty = "SEC5-EMPTY";

    /// <summary>The report was published after the deadline (warning), or before the report year ended (error).</summary>
    public const string MetaLate = "META-LATE";

    /// <summary>Section 六: the amount of fees collected exceeds the amount noticed.</summary>
    public const string FeeCollectedGtNoticed = "FEE-COLLECTED-GT-NOTICED";

    /// <summary>At least 10 blank cells in table 三, or at least 5 in table 四.</summary>
    public const string CellBlankMany = "CELL-BLANK-MANY";
}

/// <summary><c>SEC5-EMPTY</c>: section 五 with whitespace and punctuation removed is empty, 无/暂无/没有, or shorter than 20 characters.</summary>
internal sealed class Sec5EmptyRule : ReportRule
{
    /// <summary>The shortest section 五 that is not taken for empty.</summary>
    internal const int MinimumLength = 20;

    public Sec5EmptyRule()
        : base(new RuleDescriptor(
            RuleIds.Sec5Empty, 116, RuleScope.Report, AllFormats, Severity.Warning,
            "存在的主要问题及改进情况未填写", "Problems and improvements left empty",
            $"五、存在的主要问题及改进情况去除空白和标点后为空、为“无”“暂无”“没有”，或少于 {MinimumLength} 个字。",
            $"Section 5 (main problems and improvements), without whitespace and punctuation, is empty, says “none” (无, 暂无, 没有), or is shorter than {MinimumLength} characters.",
            "{name}：去除空白和标点后只有 {actual} 个字（{text}），应如实说明存在的主要问题及改进情况",
            "{name}: only {actual} characters without whitespace and punctuation ({text}); the section must state the main problems and improvements"))
    {
    }

    public override void Check(RuleContext context)
    {
        var length = 0;
        var shown = new System.Text.StringBuilder();
        foreach (var paragraph in context.Report.ProblemsAndImprovements.Paragraphs)
        {
            foreach (var c in paragraph.Text)
            {
                if (!IsFiller(c))
                {
                    length++;
                    if (shown.Length < MinimumLength)
                    {
                        shown.Append(c);
                    }
                }
            }

            if (length >= MinimumLength)
            {
                return;
            }
        }

        var text = shown.ToString();
        var (zh, en) = length == 0 ? ("空", "empty") : ($"“{text}”", $"\"{text}\"");
        context.Add(this, FormatLayout.ProblemsPointer, default, null, length, new MessageArguments(textZh: zh, textEn: en));
    }

    /// <summary>Whitespace (including U+3000 and U+00A0), punctuation and symbols.</summary>
    internal static bool IsFiller(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c);
}

/// <summary>
/// <c>META-LATE</c>: 《政府信息公开条例》第四十九条 — departments publish by 31 January and county-level or higher governments
/// their own report by 31 March of the year after the report year (both deadlines are options). A report published on
/// or before 31 December of its own year is an error (the year was not over).
/// </summary>
internal sealed class MetaLateRule : ReportRule
{
    public MetaLateRule()
        : base(new RuleDescriptor(
            RuleIds.MetaLate, 45, RuleScope.Report, AllFormats, Severity.Warning,
            "发布日期超出期限", "Published after the deadline",
            "《政府信息公开条例》第四十九条：部门在次年 1 月 31 日前、县级以上人民政府在次年 3 月 31 日前发布年度报告（机关名称以“人民政府”或地名结尾、为管委会或注明汇总全区域的按政府计；机关类别和期限均可设置）。晚于期限为警告；在报告年度结束前（当年 12 月 31 日及以前）发布为错误。无发布日期时不检查。",
            "Article 49 of the Regulation: departments publish by 31 January and county-level or higher governments by 31 March of the following year (an agency whose name ends in 人民政府 or a place name, an administrative committee or a report summing up an area counts as a government; the kind and the deadlines can be set). Later is a warning; on or before 31 December of the report year (before the year ended) is an error. No publication date: not checked.",
            "{name}：{text}",
            "{name}: {text}"))
    {
    }

    public override void Check(RuleContext context)
    {
        var metadata = context.Report.Metadata;
        if (metadata.PublicationDate is not { } published)
        {
            return;
        }

        var date = published.Date;
        var year = metadata.ReportYear;
        if (year < 1 || year > 9997)
        {
            // No calendar date exists for such a year (META-REQUIRED already reports it).
            return;
        }

        var shown = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (date <= new DateTime(year, 12, 31))
        {
            context.Add(this, FormatLayout.PublicationDatePointer, default, null, null, new MessageArguments(
                textZh: $"发布日期 {shown} 在报告年度 {year} 年结束之前，统计期应为全年",
                textEn: $"published on {shown}, before the report year {year} ended; the report covers the whole year"), Severity.Error);
            return;
        }

        var kind = context.Options.AgencyKind ?? KindOf(metadata.AgencyName);
        var (month, day) = kind == AgencyKind.Government ? context.Options.GovernmentDeadline : context.Options.DepartmentDeadline;
        if (!TryDate(year + 1, month, day, out var deadline) || date <= deadline)
        {
            return;
        }

        var due = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (whoZh, whoEn) = kind == AgencyKind.Government ? ("县级以上人民政府", "a county-level or higher government") : ("部门", "a department");
        context.Add(this, FormatLayout.PublicationDatePointer, default, null, null, new MessageArguments(
            textZh: $"发布日期 {shown} 晚于{whoZh}的发布期限 {due}（晚 {(date - deadline).Days} 天）",
            textEn: $"published on {shown}, after the deadline for {whoEn}, {due} ({(date - deadline).Days} days late)"));
    }

    /// <summary>
    /// A government when the agency name (before any parenthesised remark) ends in 人民政府 or is a place (a report titled by
    /// its area, such as 平潭综合实验区, is the area's government's), or names a zone's administrative committee (管委会,
    /// 管理委员会, which publish for their area like a government), or when its remark says the report sums up a whole area
    /// (汇总); a department otherwise. Where the name misleads, <see cref="ReportValidationOptions.AgencyKind"/> says which.
    /// </summary>
    internal static AgencyKind KindOf(string name)
    {
        var text = (name ?? string.Empty).Trim();
        var paren = text.IndexOfAny(new[] { '（', '(' });
        var remark = paren > 0 ? text.Substring(paren) : string.Empty;
        var main = paren > 0 ? text.Substring(0, paren).TrimEnd() : text;
        var government = main.EndsWith("人民政府", StringComparison.Ordinal) || IsPlace(main)
            || Committee(main) || Committee(remark) || remark.IndexOf("汇总", StringComparison.Ordinal) >= 0;
        return government ? AgencyKind.Government : AgencyKind.Department;
    }

    /// <summary>A name that is a place (平潭综合实验区, 某某县): a report titled by its area is the area's government's.</summary>
    private static bool IsPlace(string name)
    {
        foreach (var suffix in new[] { "省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "街道" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Committee(string text) =>
        text.IndexOf("管委会", StringComparison.Ordinal) >= 0 || text.IndexOf("管理委员会", StringComparison.Ordinal) >= 0;

    private static bool TryDate(int year, int month, int day, out DateTime date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }
}

/// <summary><c>FEE-COLLECTED-GT-NOTICED</c>: section 六 states more fees collected than fees noticed.</summary>
internal sealed class FeeCollectedGtNoticedRule : ReportRule
{
    private static readonly ImmutableArray<string> Noticed = ImmutableArray.Create(FormatLayout.FeesAmountNoticedPointer);

    public FeeCollectedGtNoticedRule()
        : base(new RuleDescriptor(
            RuleIds.FeeCollectedGtNoticed, 114, RuleScope.Report, AllFormats, Severity.Warning,
            "实收费用多于通知收费", "More fees collected than noticed",
            "六、其他需要报告的事项：收取的信息处理费金额大于收费通知的金额。",
            "Section 6: the information processing fees collected exceed the amount noticed.",
            "{name}：实为 {actual}，大于收费通知金额 {text}",
            "{name}: actual {actual}, more than the amount noticed, {text}"))
    {
    }

    public override void Check(RuleContext context)
    {
        if (context.Report.OtherMatters.Fees is { AmountCollectedYuan: { } collected, AmountNoticedYuan: { } noticed } && collected > noticed)
        {
            var shown = noticed.ToString(CultureInfo.InvariantCulture);
            context.Add(this, FormatLayout.FeesAmountCollectedPointer, Noticed, null, collected, new MessageArguments(textZh: shown, textEn: shown));
        }
    }
}

/// <summary><c>CELL-BLANK-MANY</c>: one warning beside the per-cell notes when table 三 has ≥ 10 blank cells or table 四 ≥ 5.</summary>
internal sealed class CellBlankManyRule : ReportRule
{
    internal const int Table3Limit = 10;
    internal const int Table4Limit = 5;

    public CellBlankManyRule()
        : base(new RuleDescriptor(
            RuleIds.CellBlankMany, 145, RuleScope.Report, AllFormats, Severity.Warning,
            "原表大量空白", "Many blank cells in the published report",
            $"表三有 {Table3Limit} 个及以上、或表四有 {Table4Limit} 个及以上空白单元格（格式要求填 0）。",
            $"Table 3 has {Table3Limit} or more blank cells, or table 4 has {Table4Limit} or more (the format expects 0).",
            "{name}：原表有 {actual} 个空白单元格（格式要求填 0）",
            "{name}: {actual} cells were blank in the published report (the format expects 0)"))
    {
    }

    public override void Check(RuleContext context)
    {
        var notes = context.Report.SourceNotes;
        if (notes.Count < Table4Limit)
        {
            return;
        }

        int table3 = 0, table4 = 0;
        foreach (var pair in notes.Dictionary)
        {
            if (!pair.Value.Blank)
            {
                continue;
            }

            if (pair.Key.StartsWith(FormatLayout.Table3Pointer + "/", StringComparison.Ordinal))
            {
                table3++;
            }
            else if (pair.Key.StartsWith(FormatLayout.Table4Pointer + "/", StringComparison.Ordinal))
            {
                table4++;
            }
        }

        if (table3 >= Table3Limit)
        {
            context.Add(this, FormatLayout.Table3Pointer, default, null, table3);
        }

        if (table4 >= Table4Limit)
        {
            context.Add(this, FormatLayout.Table4Pointer, default, null, table4);
        }
    }
}
