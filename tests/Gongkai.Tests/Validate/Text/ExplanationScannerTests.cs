using Gongkai.Validate.Text;

namespace Gongkai.Tests.Validate.Text;

public sealed class ExplanationScannerTests
{
    [Fact]
    public void Amounts_shares_and_changes_are_found_with_their_line_column_and_role()
    {
        // Seed 004, 二、收入预算情况说明.
        const string text = "# 标题\n\n一般公共预算 648.89 万元，占 81.64%，比上年预算增加 221.58 万元，增长 51.85%，主要原因是……\n";
        var sentence = Assert.Single(ExplanationScanner.Scan(text, "x.md"));
        Assert.Equal(3, sentence.Line);
        var f = sentence.Figures;
        Assert.Equal([648.89m, 81.64m, 221.58m, 51.85m], f.Select(x => x.Value));
        Assert.Equal(text.Split('\n')[2].IndexOf("648.89", StringComparison.Ordinal) + 1, f[0].Span.Start.Column);
        Assert.True(f[1] is { IsPercent: true, IsShare: true, ChangeVerb: null });
        Assert.Equal("增加", f[2].ChangeVerb);
        Assert.Equal("增长", f[3].ChangeVerb);
    }

    [Fact]
    public void Thresholds_unit_prices_and_detail_lines_are_marked_so_they_are_not_looked_up()
    {
        const string text = "安排购置单价 50 万元以上大型设备 0 台。\n每人费用1.5万元。\n资金分配情况：租赁费8.00万元、劳务费2.4万元\n结转 11.23 万元，主要用于：网络费用 10.00 万元\n";
        var figures = ExplanationScanner.Scan(text, "x.md").SelectMany(s => s.Figures).ToList();
        Assert.True(figures.Single(f => f.Value == 50m).IsThreshold);
        Assert.True(figures.Single(f => f.Value == 1.5m).IsPerItem);
        Assert.True(figures.Single(f => f.Value == 8.00m).IsDetail);
        Assert.False(figures.Single(f => f.Value == 11.23m).IsDetail);
        Assert.True(figures.Single(f => f.Value == 10.00m).IsDetail);
    }

    [Fact]
    public void Grouped_thousands_and_a_minus_sign_are_read_as_one_number()
    {
        var figures = ExplanationScanner.Scan("增长 3,486.02%，增加-5.00万元", "x.md").Single().Figures;
        Assert.Equal(3486.02m, figures[0].Value);
        Assert.Equal(-5.00m, figures[1].Value);
    }
}
