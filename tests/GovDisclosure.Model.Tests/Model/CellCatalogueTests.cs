using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Model;

/// <summary>Every cell of the 2021 format has exactly one home in the model, with the official labels of the format reference.</summary>
public class CellCatalogueTests
{
    private static readonly string Spec = File.ReadAllText(TestFiles.Fixture("spec/annual-report-format.md"));

    [Fact]
    public void The_2021_format_has_ten_plus_175_plus_15_cells_and_three_optional_fee_facts()
    {
        var cells = ReportCells.For(ReportFormat.Format2021);

        Assert.Equal(10, cells.Count(c => c.Pointer.StartsWith("/proactiveDisclosure/")));
        Assert.Equal(25 * 7, cells.Count(c => c.Pointer.StartsWith("/applications/")));
        Assert.Equal(15, cells.Count(c => c.Pointer.StartsWith("/reviewAndLitigation/")));
        Assert.Equal(3, cells.Count(c => c.Pointer.StartsWith("/otherMatters/fees/")));
        Assert.Equal(cells.Length, cells.Select(c => c.Pointer).Distinct().Count());
        Assert.All(cells.Where(c => !c.Pointer.StartsWith("/otherMatters/")), c => Assert.False(c.IsOptional, c.Pointer));
        Assert.Equal(CellKind.Money, cells.Single(c => c.Pointer == "/proactiveDisclosure/administrativeFees/amountTenThousandYuan").Kind);
    }

    [Fact]
    public void Table_3_rows_carry_the_official_labels_in_the_official_order()
    {
        var block = Regex.Match(Spec, "```\\n(一、本年新收.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var official = block.Split('\n')
            .Select(l => l.Split(new[] { "  (" }, System.StringSplitOptions.None)[0].Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("三、本年度办理结果") && l is not "（三）不予公开" and not "（四）无法提供" and not "（五）不予处理" and not "（六）其他处理")
            .ToArray();
        Assert.Equal(25, official.Length);

        var modelRows = ReportCells.For(ReportFormat.Format2021)
            .Where(c => c.Pointer.StartsWith("/applications/") && c.Pointer.EndsWith("/naturalPersons"))
            .Select(c => c.Labels[c.Labels.Length - 2])
            .ToArray();

        Assert.Equal(official, modelRows);
    }

    [Fact]
    public void Table_3_columns_and_headings_carry_the_official_labels()
    {
        var columns = ReportCells.For(ReportFormat.Format2021)
            .Where(c => c.Pointer.StartsWith("/applications/newlyReceived/"))
            .Select(c => c.Labels[c.Labels.Length - 1]);
        Assert.Equal(new[] { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" }, columns);

        var stateSecret = ReportCells.For(ReportFormat.Format2021).Single(c => c.Pointer == "/applications/outcomes/notDisclosed/stateSecret/naturalPersons");
        Assert.Equal(new[] { "三、收到和处理政府信息公开申请情况", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "自然人" }, stateSecret.Labels);
        Assert.Equal("三、本年度办理结果（三）不予公开1.属于国家秘密 · 自然人", stateSecret.DisplayName);
        Assert.Equal("三、本年度办理结果（七）总计 · 自然人", ReportCells.For(ReportFormat.Format2021).Single(c => c.Pointer == "/applications/outcomes/total/naturalPersons").DisplayName);
        foreach (var heading in new[] { "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "三、本年度办理结果" })
        {
            Assert.Contains(heading, Spec);
        }
    }

    [Fact]
    public void Every_label_of_tables_2_and_4_is_quoted_in_the_format_reference()
    {
        var labels = ReportCells.For(ReportFormat.Format2021)
            .Where(c => c.Pointer.StartsWith("/proactiveDisclosure/") || c.Pointer.StartsWith("/reviewAndLitigation/"))
            .SelectMany(c => c.Labels.Skip(1))
            .SelectMany(l => l.Split('·'))
            .Distinct();

        Assert.All(labels, l => Assert.Contains("`" + l + "`", Spec));
    }

    [Fact]
    public void Section_headings_are_the_official_headings()
    {
        var headings = ReportCells.For(ReportFormat.Format2021).Select(c => c.Labels[0]).Distinct().ToArray();

        Assert.Equal(new[] { "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "六、其他需要报告的事项" }, headings);
        Assert.All(headings, h => Assert.Contains("`" + h + "`", Spec));
    }

    [Fact]
    public void Totals_are_marked_and_only_totals()
    {
        var totals = ReportCells.For(ReportFormat.Format2021).Where(c => c.IsTotal).Select(c => c.Pointer).ToArray();

        // 25 row totals + the six applicant columns of （七）总计 + three group totals of table 四.
        Assert.Equal(25 + 6 + 3, totals.Length);
        Assert.All(totals, p => Assert.True(p.EndsWith("/total") || p.StartsWith("/applications/outcomes/total/"), p));
    }

    [Fact]
    public void GetValue_reads_each_cell_of_a_report()
    {
        var report = (AnnualReport2021)GovDisclosure.Model.Serialization.ReportJson.Read(TestFiles.TongguBytes());
        var cell = ReportCells.For(ReportFormat.Format2021).Single(c => c.Pointer == "/proactiveDisclosure/penalties/decisions");

        Assert.Equal(40007m, cell.GetValue(report));
        Assert.Null(ReportCells.For(ReportFormat.Format2021).Single(c => c.Pointer == "/otherMatters/fees/noticesIssued").GetValue(report));
        Assert.True(ReportCells.TryFind(ReportFormat.Format2021, "/applications/outcomes/total/total", out var total));
        Assert.Equal(8m, total!.GetValue(report));
        Assert.False(ReportCells.TryFind(ReportFormat.Format2021, "/applications/outcomes/total", out _));
    }

    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Format2019)]
    public void Cells_carry_the_headings_and_corner_texts_of_the_printed_tables(ReportFormat format)
    {
        var cells = ReportCells.For(format);
        Assert.True(ReportCells.TryFind(format, "/applications/newlyReceived/commercialEnterprises", out var enterprises));
        Assert.Equal(new[] { "申请人情况", "法人或其他组织" }, enterprises!.ColumnHeadings);
        Assert.Equal("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", enterprises.TableCorner);
        Assert.True(ReportCells.TryFind(format, "/applications/outcomes/total/naturalPersons", out var natural));
        Assert.Equal(new[] { "申请人情况" }, natural!.ColumnHeadings);
        Assert.Empty(natural.RowHeadings);

        Assert.True(ReportCells.TryFind(format, "/proactiveDisclosure/licensing/decisions", out var licensing));
        Assert.Equal(new[] { "第二十条第（五）项" }, licensing!.RowHeadings);
        Assert.Empty(licensing.ColumnHeadings);
        Assert.Equal("信息内容", licensing.TableCorner);

        // Every row of table 二 stands in a band captioned by the article it reports on; table 四 has no corner text.
        Assert.All(cells.Where(c => c.Pointer.StartsWith("/proactiveDisclosure/")), c => Assert.Matches("^第二十条第（[一五六八九]）项$", Assert.Single(c.RowHeadings)));
        Assert.All(cells.Where(c => c.Pointer.StartsWith("/reviewAndLitigation/")), c => Assert.Null(c.TableCorner));
        Assert.All(cells.Where(c => c.Pointer.StartsWith("/applications/")), c => Assert.Equal("申请人情况", c.ColumnHeadings[0]));
    }
}
