using System.Collections.Immutable;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>Between two 2019-format reports: this year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减.</summary>
    public const string X2019Items = "X-2019-ITEMS";
}

/// <summary>
/// <c>X-2019-ITEMS</c>: in table 二 of the 2019 format, this year's 上一年项目数量 is last year's 上一年项目数量 plus last year's
/// 本年增/减, for every row that has them (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费).
/// </summary>
internal sealed class X2019ItemsRule : ReportRule
{
    private static readonly string[] Rows = { "licensing", "otherExternalServices", "penalties", "coerciveMeasures", "administrativeFees" };

    public X2019ItemsRule()
        : base(new RuleDescriptor(
            RuleIds.X2019Items, 166, RuleScope.CrossYear, ImmutableArray.Create(ReportFormat.Format2019), Severity.Info,
            "上一年项目数量与上一年度报告不符", "Items last year differ from the previous year's report",
            "两份均为 2019 年格式的报告：本年表二的“上一年项目数量”应等于上一年度报告的“上一年项目数量”加“本年增/减”。",
            "Between two reports in the 2019 format: this year's items in the previous year equal last year's items in the previous year plus last year's change.",
            "{name}：应为 {expected}，实为 {actual}（上一年度报告的上一年项目数量 + 本年增/减）",
            "{name}: expected {expected}, actual {actual} (last year's items in the previous year + change)"))
    {
    }

    public override void CheckPair(PairContext context)
    {
        if (context.Current is not AnnualReport2019 current || context.Previous is not AnnualReport2019 previous || !context.AreConsecutive)
        {
            return;
        }

        var now = Items(current.ProactiveDisclosure);
        var before = Items(previous.ProactiveDisclosure);
        for (var i = 0; i < Rows.Length; i++)
        {
            var expected = (long)before[i].Items + before[i].Change;
            if (expected != now[i].Items)
            {
                var row = "/proactiveDisclosure/" + Rows[i] + "/";
                context.Add(this, row + "previousYearItems", ImmutableArray.Create(row + "previousYearItems", row + "changeThisYear"), expected, now[i].Items);
            }
        }
    }

    private static (uint Items, int Change)[] Items(ProactiveDisclosure2019 t) => new[]
    {
        (t.Licensing.PreviousYearItems, t.Licensing.ChangeThisYear),
        (t.OtherExternalServices.PreviousYearItems, t.OtherExternalServices.ChangeThisYear),
        (t.Penalties.PreviousYearItems, t.Penalties.ChangeThisYear),
        (t.CoerciveMeasures.PreviousYearItems, t.CoerciveMeasures.ChangeThisYear),
        (t.AdministrativeFees.PreviousYearItems, t.AdministrativeFees.ChangeThisYear),
    };
}
