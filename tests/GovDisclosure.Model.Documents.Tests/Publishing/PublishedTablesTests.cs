using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Model.Documents.Writing;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests.Publishing;

/// <summary>The official table layout the writers share, checked against the published pages' geometry.</summary>
public class PublishedTablesTests
{
    [Theory]
    [InlineData(ReportFormat.Format2021, 28)]
    [InlineData(ReportFormat.Format2019, 26)]
    public void Table_three_has_the_official_geometry(ReportFormat format, int rows)
    {
        var table = PublishedTables.For(format).Single(t => t.Key == "三");
        Assert.Equal("三、收到和处理政府信息公开申请情况", table.Caption);
        Assert.Equal(10, table.ColumnCount);
        Assert.Equal(3, table.HeaderRowCount);
        var occupied = Occupancy(table);
        Assert.Equal(rows, occupied.Count);

        // As published (e.g. the Pingtan page): the note over three label columns and three header rows.
        var corner = table.Rows[0][0];
        Assert.Equal(("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), (corner.Text, corner.RowSpan, corner.ColumnSpan));
        Assert.Equal(new[] { ("申请人情况", 1, 7) }, Headers(table.Rows[0].Skip(1)));
        Assert.Equal(new[] { ("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1) }, Headers(table.Rows[1]));
        Assert.Equal(new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" }, table.Rows[2].Select(c => c.Text));
        Assert.Equal(GridRole.ColumnGroupHeader, table.Rows[1][1].Role);

        Assert.Equal(("一、本年新收政府信息公开申请数量", 1, 3), Header(table.Rows[3][0]));
        Assert.Equal(("三、本年度办理结果", rows - 3 - 3, 1), Header(table.Rows[5][0]));
        Assert.Equal(GridRole.RowGroupHeader, table.Rows[5][0].Role);
        Assert.Equal(("（一）予以公开", 1, 2), Header(table.Rows[5][1]));
        var notDisclosed = table.Rows.Single(r => r.Any(c => c.Text == "（三）不予公开")).Single(c => c.Text == "（三）不予公开");
        Assert.Equal((8, 1), (notDisclosed.RowSpan, notDisclosed.ColumnSpan));
        Assert.Equal(("四、结转下年度继续办理", 1, 3), Header(table.Rows[rows - 1][0]));
        Assert.All(table.Rows.Skip(3), r => Assert.Equal(7, r.Count(c => c.Role == GridRole.Value)));
        Assert.Equal(ReportCells.For(format).Where(c => c.Pointer.StartsWith("/applications/")).Select(c => c.Pointer),
            table.Rows.SelectMany(r => r).Where(c => c.Cell is not null).Select(c => c.Cell!.Pointer));
    }

    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Format2019)]
    public void Table_four_is_three_header_rows_over_fifteen_numbers(ReportFormat format)
    {
        var table = PublishedTables.For(format).Single(t => t.Key == "四");
        Assert.Equal(15, table.ColumnCount);
        Assert.Equal(4, Occupancy(table).Count);
        Assert.Equal(new[] { ("行政复议", 1, 5), ("行政诉讼", 1, 10) }, Headers(table.Rows[0]));
        Assert.Equal(("结果维持", 2, 1), Header(table.Rows[1][0]));
        Assert.Equal(("未经复议直接起诉", 1, 5), Header(table.Rows[1][5]));
        Assert.Equal(("复议后起诉", 1, 5), Header(table.Rows[1][6]));
        Assert.Equal(10, table.Rows[2].Count);
        Assert.Equal(15, table.Rows[3].Count(c => c.Role == GridRole.Value));
    }

    [Fact]
    public void Table_two_2021_is_four_bands_each_captioned_by_its_article()
    {
        var table = PublishedTables.For(ReportFormat.Format2021).Single(t => t.Key == "二");
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(14, Occupancy(table).Count);
        Assert.Equal(new[] { "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项" },
            table.Rows.SelectMany(r => r).Where(c => c.Role == GridRole.BandCaption).Select(c => c.Text));
        Assert.Equal(new[] { ("信息内容", 1, 1), ("本年制发件数", 1, 1), ("本年废止件数", 1, 1), ("现行有效件数", 1, 1) }, Headers(table.Rows[1]));
        // A band with one number lets it span the three number columns, as the published pages do.
        var fees = table.Rows.Single(r => r[0].Text == "行政事业性收费");
        Assert.Equal(3, fees[1].ColumnSpan);
        Assert.Equal("/proactiveDisclosure/administrativeFees/amountTenThousandYuan", fees[1].Cell!.Pointer);
    }

    [Fact]
    public void Table_two_2019_has_five_bands_and_every_cell_of_the_catalogue()
    {
        var table = PublishedTables.For(ReportFormat.Format2019).Single(t => t.Key == "二");
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(5, table.Rows.Count(r => r[0].Role == GridRole.BandCaption));
        Occupancy(table);
        Assert.Equal(ReportCells.For(ReportFormat.Format2019).Where(c => c.Pointer.StartsWith("/proactiveDisclosure/")).Select(c => c.Pointer),
            table.Rows.SelectMany(r => r).Where(c => c.Cell is not null).Select(c => c.Cell!.Pointer));
    }

    /// <summary>Lays the cells out on a grid as a browser does, failing on overlaps and on rows not exactly as wide as the table.</summary>
    private static List<bool[]> Occupancy(GridTable table)
    {
        var grid = new List<bool[]>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            while (grid.Count <= r)
            {
                grid.Add(new bool[table.ColumnCount]);
            }

            var column = 0;
            foreach (var cell in table.Rows[r])
            {
                while (column < table.ColumnCount && grid[r][column])
                {
                    column++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    while (grid.Count <= r + dr)
                    {
                        grid.Add(new bool[table.ColumnCount]);
                    }

                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        Assert.False(grid[r + dr][column + dc], $"row {r}: '{cell.Text ?? cell.Cell?.Pointer}' overlaps");
                        grid[r + dr][column + dc] = true;
                    }
                }

                column += cell.ColumnSpan;
            }
        }

        Assert.Equal(table.Rows.Count, grid.Count);
        Assert.All(grid, row => Assert.All(row, Assert.True));
        return grid;
    }

    private static (string, int, int) Header(GridCell cell) => (cell.Text ?? "?", cell.RowSpan, cell.ColumnSpan);

    private static IEnumerable<(string, int, int)> Headers(IEnumerable<GridCell> cells) => cells.Select(Header).ToArray();
}
