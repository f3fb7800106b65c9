using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>一 or 五 is at least 90 % the same text as the previous year's (digits masked).</summary>
    public const string XTextCopy = "X-TEXT-COPY";

    /// <summary>A headline total changes more than 5× from the previous year (the larger of the two ≥ 20).</summary>
    public const string XYoySpike = "X-YOY-SPIKE";
}

/// <summary>
/// <c>X-TEXT-COPY</c>: the notice forbids copying a report from earlier years. Sections 一 and 五 are compared with last
/// year's by the resemblance of their character shingles (<see cref="TextSimilarity"/>), digits masked, so a text whose
/// only changes are the numbers still counts as copied.
/// </summary>
internal sealed class XTextCopyRule : ReportRule
{
    internal const double Threshold = 0.90;

    public XTextCopyRule()
        : base(new RuleDescriptor(
            RuleIds.XTextCopy, 162, RuleScope.CrossYear, AllFormats, Severity.Warning,
            "与上一年度报告文字雷同", "Text copied from the previous year's report",
            "一、总体情况或五、存在的主要问题及改进情况与同一机关上一年度报告的相似度不低于 90%（数字不计）。",
            "Section 1 (overview) or 5 (problems and improvements) is at least 90% the same text as the same agency's previous report (digits not counted).",
            "{name}：与上一年度报告的相似度为 {actual}%（不低于 {text}%，数字不计）",
            "{name}: {actual}% the same as the previous year's report (at least {text}%, digits not counted)"))
    {
    }

    public override void CheckPair(PairContext context)
    {
        if (!context.AreConsecutive)
        {
            return;
        }

        Compare(context, context.Current.Overview, context.Previous.Overview, FormatLayout.OverviewPointer);
        Compare(context, context.Current.ProblemsAndImprovements, context.Previous.ProblemsAndImprovements, FormatLayout.ProblemsPointer);
    }

    private void Compare(PairContext context, Narrative current, Narrative previous, string pointer)
    {
        var similarity = TextSimilarity.Resemblance(Text(current), Text(previous));
        if (similarity is { } value && value >= Threshold)
        {
            var percent = decimal.Floor((decimal)value * 1000m) / 10m;
            var threshold = ((int)(Threshold * 100)).ToString(CultureInfo.InvariantCulture);
            context.Add(this, pointer, ImmutableArray.Create(pointer), null, percent, new MessageArguments(textZh: threshold, textEn: threshold));
        }
    }

    private static string Text(Narrative narrative)
    {
        var text = new System.Text.StringBuilder();
        foreach (var paragraph in narrative.Paragraphs)
        {
            text.Append(paragraph.Heading).Append('\n').Append(paragraph.Text).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>
/// <c>X-YOY-SPIKE</c>: 一's 总计, （七）总计's 总计 and table 四's three group totals change by more than 5× either way from
/// last year, when the larger of the two years is at least 20 — worth a look, often legitimate.
/// </summary>
internal sealed class XYoySpikeRule : ReportRule
{
    internal const int Factor = 5;
    internal const int Floor = 20;

    public XYoySpikeRule()
        : base(new RuleDescriptor(
            RuleIds.XYoySpike, 164, RuleScope.CrossYear, AllFormats, Severity.Info,
            "与上一年度相比变化超过 5 倍", "More than a fivefold change from the previous year",
            "一、本年新收总计、三、（七）总计和表四各组总计与上一年度相比增减超过 5 倍（两年中较大者不少于 20）。",
            "New applications, the outcome total and table 4's group totals change more than fivefold either way from the previous year (the larger of the two at least 20).",
            "{name}：本年 {actual}，上一年度 {text}，变化超过 5 倍",
            "{name}: {actual} this year, {text} last year, more than a fivefold change"))
    {
    }

    public override void CheckPair(PairContext context)
    {
        if (!context.AreConsecutive)
        {
            return;
        }

        var now = context.CurrentFormat.Layout;
        var before = context.PreviousFormat.Layout;
        var rowsNow = new ApplicantCounts[now.T3Rows];
        var rowsBefore = new ApplicantCounts[before.T3Rows];
        now.FillTable3(context.Current, rowsNow);
        before.FillTable3(context.Previous, rowsBefore);
        Compare(context, now.T3[FormatLayout.RowNewlyReceived][FormatLayout.TotalColumn], before.T3[FormatLayout.RowNewlyReceived][FormatLayout.TotalColumn], rowsNow[FormatLayout.RowNewlyReceived].Total, rowsBefore[FormatLayout.RowNewlyReceived].Total);
        Compare(context, now.T3[now.RowOutcomeTotal][FormatLayout.TotalColumn], before.T3[before.RowOutcomeTotal][FormatLayout.TotalColumn], rowsNow[now.RowOutcomeTotal].Total, rowsBefore[before.RowOutcomeTotal].Total);
        var groupsNow = Groups(context.Current.ReviewAndLitigation);
        var groupsBefore = Groups(context.Previous.ReviewAndLitigation);
        for (var g = 0; g < 3; g++)
        {
            Compare(context, now.T4[g][4], before.T4[g][4], groupsNow[g].Total, groupsBefore[g].Total);
        }
    }

    /// <summary>Whether a change from <paramref name="before"/> to <paramref name="now"/> is a spike.</summary>
    internal static bool IsSpike(uint now, uint before)
    {
        var (larger, smaller) = now >= before ? (now, before) : (before, now);
        return larger >= Floor && (long)larger > (long)smaller * Factor;
    }

    private static CaseOutcomes[] Groups(ReviewAndLitigation table) => new[] { table.AdministrativeReview, table.LitigationDirect, table.LitigationAfterReview };

    private void Compare(PairContext context, string pointer, string previousPointer, uint now, uint before)
    {
        if (IsSpike(now, before))
        {
            var shown = before.ToString(CultureInfo.InvariantCulture);
            context.Add(this, pointer, ImmutableArray.Create(previousPointer), null, now, new MessageArguments(textZh: shown, textEn: shown));
        }
    }
}

/// <summary>
/// How much two texts are the same: the resemblance (Jaccard index) of their sets of 5-character shingles, after
/// whitespace and punctuation are removed and every run of decimal digits (Arabic or full-width) is masked.
/// Linear in the texts' length.
/// </summary>
internal static class TextSimilarity
{
    internal const int ShingleLength = 5;

    /// <summary>The shortest normalised text compared: shorter sections are too short to call copied.</summary>
    internal const int MinimumLength = 50;

    /// <summary>The resemblance in [0, 1], or <see langword="null"/> when either text is too short to compare.</summary>
    public static double? Resemblance(string a, string b)
    {
        var x = Normalise(a);
        var y = Normalise(b);
        if (x.Length < MinimumLength || y.Length < MinimumLength)
        {
            return null;
        }

        var left = Shingles(x);
        var right = Shingles(y);
        var common = 0;
        foreach (var s in left)
        {
            if (right.Contains(s))
            {
                common++;
            }
        }

        var union = left.Count + right.Count - common;
        return union == 0 ? 1.0 : (double)common / union;
    }

    internal static string Normalise(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var inNumber = false;
        foreach (var c in text)
        {
            if (Sec5EmptyRule.IsFiller(c))
            {
                continue;
            }

            if (IsNumeral(c))
            {
                if (!inNumber)
                {
                    result.Append('#');
                }

                inNumber = true;
                continue;
            }

            inNumber = false;
            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Decimal digits, Arabic or full-width. Chinese numerals are not masked: 一、二 also mark headings and words (统一, 一网通办).</summary>
    private static bool IsNumeral(char c) => char.IsDigit(c);

    private static HashSet<ulong> Shingles(string text)
    {
        var set = new HashSet<ulong>();
        for (var i = 0; i + ShingleLength <= text.Length; i++)
        {
            ulong hash = 14695981039346656037UL;
            for (var k = 0; k < ShingleLength; k++)
            {
                hash = (hash ^ text[i + k]) * 1099511628211UL;
            }

            set.Add(hash);
        }

        return set;
    }
}
