namespace Gongkai.Tests.Fidelity;

/// <summary>The rules <see cref="SeedTables"/> uses to tell amounts from codes, ordinals, years and column numbers, on small extracts.</summary>
public sealed class SeedTablesTests
{
    [Fact]
    public void A_tabbed_table_yields_its_amounts_and_skips_codes_column_numbers_and_notes()
    {
        var tables = SeedTables.Parse(string.Join('\n',
            "目 录",
            "- 三、 单位支出总体情况表",
            "第三部分 2024 年单位预算情况说明",
            "表 3",
            "",
            "单位支出总体情况表",
            "编制单位：某中心",
            "科目\t\t\t支出预算\t\t\t",
            "类\t款\t项\t\t\t\t",
            "※\t※\t※\t※\t1\t2\t3",
            "\t\t\t总计\t568.11\t480.78\t87.33",
            "206\t05\t99\t其他科技条件与服务支出\t4\t\t4",
            "20\t04\t\t研究与开发\t204.8\t204.8",
            "",
            "某中心 2024 年没有使用政府性基金预算拨款安排的支出。",
            "表4",
            "财政拨款收支预算总体情况表",
            "一、财政拨款（补助）\t556.49\t206 科学技术支出\t00\t556.49",
            "第三部分 2024 年单位预算情况说明",
            "收支总预算 568.11 万元。"));

        Assert.Collection(
            tables,
            t =>
            {
                Assert.Equal((3, "单位支出总体情况表", 4, SeedLayout.Tabbed), (t.Number, t.Title, t.Line, t.Layout));
                Assert.Equal([568.11m, 480.78m, 87.33m, 4m, 4m, 204.8m, 204.8m], t.Amounts);
            },
            t =>
            {
                Assert.Equal((4, SeedLayout.Tabbed), (t.Number, t.Layout));
                Assert.Equal([556.49m, 0m, 556.49m], t.Amounts);
            });
    }

    [Fact]
    public void A_spaced_table_skips_the_code_before_a_label_and_the_page_number_but_keeps_a_continued_amount_row()
    {
        var table = Assert.Single(SeedTables.Parse(string.Join('\n',
            " 表 1",
            "",
            "部门收支总体情况表",
            "一、本年收入 588.15 201 一般公共服务支出",
            "其中：政府性基金收入 206 科学技术支出 664.08",
            "※ ※ ※ ※ 1 2 3",
            "206 04 04     科技成果转化与扩散",
            "昌州财教【2024】94号关于提前",
            "下达 2025年自治区科技计划项目",
            "14.00 14.00",
            "",
            "9",
            "收 入 总 计 664.08 支 出 总 计 664.08")));

        Assert.Equal(SeedLayout.Spaced, table.Layout);
        Assert.Equal([588.15m, 664.08m, 14m, 14m, 664.08m, 664.08m], table.Amounts);
    }

    [Fact]
    public void A_cell_per_line_table_joins_cells_into_rows_and_tells_a_project_code_50_from_an_amount_50()
    {
        var table = Assert.Single(SeedTables.Parse(string.Join('\n',
            "表2",
            "部门收入总体情况表",
            "\t功能分类科目编码",
            "\t总  计",
            "",
            "\t201",
            "\t03",
            "\t50",
            "\t事业运行",
            "\t50",
            "\t50",
            "\t",
            "\t　",
            "",
            "\t201",
            "\t03",
            "\t",
            "\t政 府 办 ",
            "公 厅 及 ",
            "",
            "\t1704",
            "\t1704",
            "\t",
            "102",
            "",
            " 第三部分  2025年预算情况说明",
            "\t99")));

        Assert.Equal(SeedLayout.CellPerLine, table.Layout);
        Assert.Equal([50m, 50m, 1704m, 1704m, 102m], table.Amounts);
    }

    [Fact]
    public void A_heading_not_followed_by_a_table_title_does_not_start_a_table()
    {
        Assert.Empty(SeedTables.Parse("表 1\n\n见下文说明\n100.00\t200.00"));
    }

    [Fact]
    public void Amounts_compare_by_value_whatever_their_published_decimals()
    {
        Assert.Equal(204.8m, 204.80m);
        Assert.Equal(1, new Dictionary<decimal, int> { [204.8m] = 1 }.GetValueOrDefault(204.80m));
    }
}
