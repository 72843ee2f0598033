using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Validate.Text;

/// <summary>The explanation rules on a copy of the real 2026 disclosure of seed 004, one sentence edited at a time.</summary>
public sealed class ExplanationRulesTests
{
    private const string File = "content/units/urumqi-sti-info-center/2026/explanations.md";

    private static List<Diagnostic> CheckWith(string find, string replace, out int line)
    {
        using var site = new SiteCopy();
        line = site.Replace(File, find, replace);
        var (_, diagnostics) = BuildPipeline.Check(site.Root);
        return [.. diagnostics.Where(d => d.Span.File == File)];
    }

    [Fact]
    public void The_real_explanations_of_seed_004_raise_only_the_acknowledged_carryover_amount()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);
        var finding = Assert.Single(diagnostics, d => d.Span.File == File);

        // Seed 004 (五)其他需说明的事项: 上年结转 SM 项目 106.11 万元 = 表12 101.31 + 4.80, printed in no table.
        Assert.Equal(DiagnosticCodes.TextAmountNotFound, finding.Code);
        Assert.Contains((101.31m + 4.80m).ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.AcknowledgedNote);
    }

    [Fact]
    public void An_amount_that_no_table_publishes_is_an_error_at_its_line_and_column()
    {
        // “财政拨款收支总预算” names no declared figure (text_terms), so the amount is only checked for being published.
        var found = CheckWith("财政拨款收支总预算 648.89 万元", "财政拨款收支总预算 649.89 万元", out var line);
        var d = Assert.Single(found, x => x.IsBlocking && x.Code == DiagnosticCodes.TextAmountNotFound);
        Assert.Equal(line, d.Span.Start.Line);
        Assert.Equal("2026 年财政拨款收支总预算 ".Length + 1, d.Span.Start.Column);
        Assert.Contains("text_terms", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("单位资金 28.00 万元", "单位资金 29.00 万元", "29.00", "表2")]
    [InlineData("一般公共预算 648.89 万元，占 81.64%", "一般公共预算 647.89 万元，占 81.64%", "647.89", "一般财力")]
    [InlineData("人员经费333.28万元", "人员经费333.29万元", "333.29", "人员经费")]
    public void An_amount_that_differs_from_the_figure_its_words_name_is_a_meaning_error_naming_that_figure(string find, string replace, string amount, string named)
    {
        var found = CheckWith(find, replace, out var line);
        var d = Assert.Single(found, x => x.IsBlocking && x.Code == DiagnosticCodes.TextAmountMeaning);
        Assert.Equal(line, d.Span.Start.Line);
        Assert.Contains(amount, d.Message, StringComparison.Ordinal);
        Assert.Contains(named, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(found, x => x.IsBlocking && x.Code == DiagnosticCodes.TextAmountNotFound);
    }

    [Fact]
    public void An_amount_published_elsewhere_but_not_where_its_words_point_is_still_a_meaning_error()
    {
        // 一般公共预算 = 表1 一般财力 = 表2 一般公共预算 = 648.89; 794.86 is published (the 收入总计) but is not that figure.
        var found = CheckWith("一般公共预算 648.89 万元，占 81.64%", "一般公共预算 794.86 万元，占 81.64%", out var line);
        Assert.Contains(found, x => x.IsBlocking && x.Code == DiagnosticCodes.TextAmountMeaning && x.Span.Start.Line == line && x.Message.Contains("648.89", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meaning_error_is_shown_on_the_pages_of_the_tables_it_names()
    {
        var found = CheckWith("人员经费333.28万元", "人员经费333.29万元", out _);
        var d = Assert.Single(found, x => x.Code == DiagnosticCodes.TextAmountMeaning);
        Assert.Contains("content/units/urumqi-sti-info-center/2026/tables/general-budget-basic.yml", d.AlsoIn);
    }

    [Fact]
    public void A_row_name_in_the_three_public_part_means_that_row_of_table_10()
    {
        // Seed 004 表10: 公务用车运行维护费 1.89 (一般公共预算).
        var found = CheckWith("公务用车运行维护费 1.89", "公务用车运行维护费 1.98", out var line);
        Assert.Contains(found, x => x.IsBlocking && x.Code == DiagnosticCodes.TextAmountMeaning && x.Span.Start.Line == line && x.Message.Contains("1.89", StringComparison.Ordinal));
    }

    private static string Ratio(decimal part, decimal whole) =>
        Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";

    [Fact]
    public void A_share_whose_words_name_no_whole_is_checked_against_every_published_amount_and_says_so()
    {
        // Seed 004 (二)结构情况: “科学技术支出（类）648.89万元，占100.00%”; 90.00% is 648.89 over no published amount.
        var found = CheckWith("科学技术支出（类）648.89万元，占100.00%", "科学技术支出（类）648.89万元，占90.00%", out var line);
        var d = Assert.Single(found, x => x.IsBlocking && x.Span.Start.Line == line);
        Assert.Equal(DiagnosticCodes.TextShareMismatch, d.Code);
        Assert.Equal("1. 科学技术支出（类）648.89万元，占".Length + 1, d.Span.Start.Column);
        Assert.Contains("用语未指明所占总额", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_of_a_declared_amount_that_is_not_its_ratio_to_the_declared_whole_is_an_error_naming_the_whole()
    {
        // Seed 004 收入预算情况: 单位收入预算 794.86 万元, 单位资金 28.00 万元 占 3.52% (28.00 ÷ 794.86).
        Assert.Equal("3.52%", Ratio(28.00m, 794.86m));
        var found = CheckWith("单位资金 28.00 万元，占 3.52%", "单位资金 28.00 万元，占 3.62%", out var line);
        var d = Assert.Single(found, x => x.IsBlocking && x.Span.Start.Line == line);
        Assert.Equal(DiagnosticCodes.TextShareOfWhole, d.Code);
        Assert.Equal("单位资金 28.00 万元，占 ".Length + 1, d.Span.Start.Column);
        Assert.Contains("794.86", d.Message, StringComparison.Ordinal);
        Assert.Contains("表1", d.Message, StringComparison.Ordinal);
        Assert.Contains("表2", d.Message, StringComparison.Ordinal);
        Assert.Contains(Ratio(28.00m, 794.86m), d.Message, StringComparison.Ordinal);
        Assert.Contains("3.62%", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_that_is_a_ratio_to_some_other_published_amount_is_still_wrong_when_its_words_name_the_whole()
    {
        // 648.89 ÷ 648.89 (表2 一般公共预算) is 100%, so membership would accept it; 一般公共预算 is a share of 收入预算 794.86.
        var found = CheckWith("一般公共预算 648.89 万元，占 81.64%", "一般公共预算 648.89 万元，占 100.00%", out var line);
        var d = Assert.Single(found, x => x.IsBlocking && x.Span.Start.Line == line);
        Assert.Equal(DiagnosticCodes.TextShareOfWhole, d.Code);
        Assert.Contains(Ratio(648.89m, 794.86m), d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_after_zhan_that_name_a_declared_figure_make_it_the_whole()
    {
        // Seed 004 支出预算情况: 项目支出 430.19 万元 of 支出预算 794.86 (54.12%); 基本支出 is 364.68.
        Assert.Equal("54.12%", Ratio(430.19m, 794.86m));
        var right = CheckWith("项目支出 430.19 万元，占 54.12%", "项目支出 430.19 万元，占支出总额的 54.12%", out var line);
        Assert.DoesNotContain(right, x => x.Span.Start.Line == line);

        var wrong = CheckWith("项目支出 430.19 万元，占 54.12%", "项目支出 430.19 万元，占基本支出的 54.12%", out line);
        var d = Assert.Single(wrong, x => x.IsBlocking && x.Span.Start.Line == line);
        Assert.Equal(DiagnosticCodes.TextShareOfWhole, d.Code);
        Assert.Contains("“占基本支出”", d.Message, StringComparison.Ordinal);
        Assert.Contains("364.68", d.Message, StringComparison.Ordinal);
        Assert.Contains(Ratio(430.19m, 364.68m), d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_paired_with_a_growth_rate_is_a_direction_error()
    {
        var found = CheckWith("比上年预算增加 221.58 万元，增长 51.85%", "比上年预算减少 221.58 万元，增长 51.85%", out var line);
        Assert.Contains(found, d => d.IsBlocking && d.Code == DiagnosticCodes.TextChangeDirection && d.Span.Start.Line == line);
    }

    [Fact]
    public void A_negative_increase_is_a_direction_error()
    {
        var found = CheckWith("比上年预算增加 221.58 万元", "比上年预算增加 -221.58 万元", out var line);
        Assert.Contains(found, d => d.IsBlocking && d.Code == DiagnosticCodes.TextChangeDirection && d.Span.Start.Line == line);
    }

    [Fact]
    public void A_growth_rate_that_does_not_follow_from_the_amounts_is_an_error()
    {
        // 648.89 − 221.58 = 427.31 last year; 221.58 / 427.31 = 51.85%.
        Assert.Equal(51.85m, Math.Round(221.58m / (648.89m - 221.58m) * 100m, 2));
        var found = CheckWith("增长 51.85%", "增长 58.15%", out var line);
        var d = Assert.Single(found, x => x.IsBlocking);
        Assert.Equal(DiagnosticCodes.TextRateMismatch, d.Code);
        Assert.Equal(line, d.Span.Start.Line);
        Assert.Contains("51.85", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_scale_that_differs_from_table_7_is_an_error()
    {
        var found = CheckWith("预算安排规模：32.21万元", "预算安排规模：33.21万元", out var line);
        var d = Assert.Single(found, x => x.IsBlocking && x.Code == DiagnosticCodes.ProjectAmountMismatch);
        Assert.Equal(line, d.Span.Start.Line);
        Assert.Contains("32.21", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acknowledgement_quote_matches_only_the_figure_it_ends_with()
    {
        using var site = new SiteCopy();
        // Two wrong amounts in one sentence; the acknowledgement names the first only.
        site.Replace(File, "人员经费333.28万元", "人员经费333.29万元");
        site.Replace(File, "公用经费31.40万元", "公用经费31.41万元");
        var findings = "content/units/urumqi-sti-info-center/2026/findings.yml";
        site.Write(findings, site.Read(findings) + "  - rule: GK2306\n    quote: \"人员经费333.29万元\"\n    note: 测试确认。\n");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.TextAmountMeaning && d.Message.Contains("333.29", StringComparison.Ordinal) && d.AcknowledgedNote == "测试确认。");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.TextAmountMeaning && d.Message.Contains("31.41", StringComparison.Ordinal) && d.IsBlocking);
    }

    [Fact]
    public void The_quote_the_message_suggests_acknowledges_the_finding_when_pasted_into_findings()
    {
        using var site = new SiteCopy();
        site.Replace(File, "增长 51.85%", "增长 58.15%");
        var (_, first) = BuildPipeline.Check(site.Root);
        var finding = Assert.Single(first, d => d.IsBlocking);
        var quote = System.Text.RegularExpressions.Regex.Match(finding.Fix!, "quote: \"(?<q>[^\"]+)\"").Groups["q"].Value;
        Assert.NotEmpty(quote);

        var findings = "content/units/urumqi-sti-info-center/2026/findings.yml";
        site.Write(findings, site.Read(findings) + $"  - rule: {finding.Code}\n    quote: \"{quote}\"\n    note: 测试确认。\n");
        var (_, second) = BuildPipeline.Check(site.Root);
        Assert.DoesNotContain(second, d => d.IsBlocking);
        Assert.Contains(second, d => d.Code == finding.Code && d.AcknowledgedNote == "测试确认。");
    }

    [Fact]
    public void A_number_too_long_for_any_amount_is_skipped_without_a_crash()
    {
        var found = CheckWith("收支总预算 794.86 万元", "收支总预算 99999999999999999999999999999999999 万元", out _);
        Assert.DoesNotContain(found, d => d.Code == DiagnosticCodes.Internal);
    }
}
