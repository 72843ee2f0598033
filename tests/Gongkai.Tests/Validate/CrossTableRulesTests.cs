using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Validate;

/// <summary>The cross-table identities declared in content/table-kinds.yml (<c>identities:</c>), rule GK3101.</summary>
public sealed class CrossTableRulesTests
{
    private const string StiFolder = "content/units/urumqi-sti-info-center/2026/tables/";

    [Fact]
    public void The_published_gap_between_table_5_and_table_6_of_seed_000_is_found_and_acknowledged()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);

        // Seed 000: 表5 合计行 基本支出 145.07, 表6 合 计 149.07 (the explanations print both figures).
        var finding = Assert.Single(diagnostics, d =>
            d.Code == DiagnosticCodes.CrossTableMismatch
            && d.Span.File.EndsWith("changji-hitech-innovation-center/2025/tables/general-budget-basic.yml", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("general-budget-basic", finding.Table);
        Assert.Equal("total", finding.Column);
        Assert.Contains("合 计", finding.Row);
        Assert.Contains("表6", finding.Message, StringComparison.Ordinal);
        Assert.Contains("表5", finding.Message, StringComparison.Ordinal);
        Assert.Contains("149.07", finding.Message, StringComparison.Ordinal);
        Assert.Contains("145.07", finding.Message, StringComparison.Ordinal);
        Assert.Contains("相差 4.00", finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.Fix);
        Assert.NotNull(finding.AcknowledgedNote);
        Assert.False(finding.IsBlocking);
    }

    [Fact]
    public void Only_the_published_cross_table_gaps_exist_in_the_real_content()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);
        var gaps = diagnostics.Where(d => d.Code == DiagnosticCodes.CrossTableMismatch).ToList();
        var perCode = gaps.Where(d => d.Message.Contains("基本支出” 0 小于", StringComparison.Ordinal)).ToList();

        // Seed 001 prints 基本支出 4040 in 表3 and 5182 in 表5: the 16 codes 表5 calls basic and 表3 project carry the gap.
        Assert.Equal(16, perCode.Count);
        Assert.Equal(5182m - 4040m, perCode.Sum(d => decimal.Parse(d.Figure!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(perCode, d => Assert.EndsWith("changji-hitech-zone/2025/tables/general-budget.yml", d.Span.File, StringComparison.Ordinal));

        // Seed 001: 表2 (and 表9) put 70 under 22302/2230299, 表3 under 22308/2230803, registered as misprints standing
        // for 22302/2230299: the misprint is reported once (GK2205), not again as a per-code gap in either table.
        Assert.DoesNotContain(gaps, d => d.Row.Contains("2230299") || d.Row.Contains("2230803"));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MisprintedCode && d.Row.Contains("2230803"));

        // Seed 001: 表2 gives 2320498 817 and 2330498 40 of 政府性基金; 表8 moves the 817 under 233 (857).
        Assert.Contains(gaps, d => d.Row.Contains("2320498") && d.Message.Contains("817", StringComparison.Ordinal));
        Assert.Contains(gaps, d => d.Row.Contains("2330498") && d.Figure == "857");

        // Seed 001 表1 counts 1451 (general budget) and 26315 (funds) as carried over; 表2 counts them as this year's.
        Assert.Contains(gaps, d => d.Table == "budget-summary" && d.Figure == "51436" && d.Message.Contains("51455", StringComparison.Ordinal));
        Assert.Contains(gaps, d => d.Table == "budget-summary" && d.Figure == "11109" && d.Message.Contains((11109 + 26315).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        // Seed 000: 表6 合计 149.07 against 表5 基本支出 145.07. Seed 001: 表6 30212 因公出国（境）费用 5 against 表10 4.5.
        Assert.Equal(16 + 2 + 2 + 2, gaps.Count);
        Assert.Contains(gaps, d => d.Span.File.Contains("changji-hitech-innovation-center", StringComparison.Ordinal) && d.Figure == "149.07");
        Assert.Contains(gaps, d => d.Span.File.Contains("changji-hitech-zone", StringComparison.Ordinal) && d.Figure == "5" && d.Message.Contains("4.5", StringComparison.Ordinal));
        Assert.All(gaps, d => Assert.NotNull(d.AcknowledgedNote));
    }

    [Fact]
    public void A_changed_total_in_table_2_is_reported_at_the_edited_cell_naming_both_tables()
    {
        using var site = new SiteCopy();
        const string file = StiFolder + "income-summary.yml";
        var line = site.Replace(file, "{ role: total, name: 总计, total: 794.86", "{ role: total, name: 总计, total: 795.86");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        var finding = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.CrossTableMismatch && d.IsBlocking);
        Assert.True(finding.IsBlocking);
        Assert.Equal(file, finding.Span.File);
        Assert.Equal(line, finding.Span.Start.Line);
        Assert.Equal("income-summary", finding.Table);
        Assert.Equal("total", finding.Column);
        Assert.Contains("795.86", finding.Message, StringComparison.Ordinal);
        Assert.Contains("794.86", finding.Message, StringComparison.Ordinal);
        Assert.Contains("表1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("表2", finding.Message, StringComparison.Ordinal);
        Assert.Contains("相差 1.00", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/units/urumqi-sti-info-center/2026/tables/general-budget-basic.yml", "1.89", "公务用车运行维护费")]
    [InlineData("content/units/changji-science-bureau/2025/tables/general-budget-basic.yml", "4.30", "公务用车运行费")]
    public void The_vehicle_running_cost_is_matched_under_either_published_name(string file, string amount, string threePublicName)
    {
        using var site = new SiteCopy();
        var text = site.Read(file);
        var at = text.IndexOf("\"30231\"", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var row = text[text.LastIndexOf('\n', at)..text.IndexOf('\n', at)];
        var line = site.Replace(file, row, row.Replace(amount, "9.99", StringComparison.Ordinal));
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        var finding = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.CrossTableMismatch && d.IsBlocking);
        Assert.Equal(file, finding.Span.File);
        Assert.Equal(line + 1, finding.Span.Start.Line);
        Assert.Contains("30231", finding.Row);
        Assert.Contains(threePublicName + " 行", finding.Message, StringComparison.Ordinal);
        Assert.Contains("表10", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_difference_within_the_tolerance_is_rounding_information()
    {
        using var site = new SiteCopy();
        const string file = StiFolder + "general-budget-project.yml";
        var text = site.Read(file);
        var total = text.Split('\n').First(l => l.Contains("role: total", StringComparison.Ordinal));
        var line = site.Replace(file, total, total.Replace("total: 284.21", "total: 284.22", StringComparison.Ordinal));
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.CrossTableMismatch && d.IsBlocking);
        var rounding = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.Rounding && d.Span.File == file && d.Span.Start.Line == line && d.Message.Contains("表5", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, rounding.Severity);
    }

    [Fact]
    public void An_identity_naming_an_undeclared_column_is_an_unknown_reference()
    {
        using var site = new SiteCopy();
        var line = site.Replace("content/table-kinds.yml", "right: { table: general-budget-project, role: total, column: total }",
            "right: { table: general-budget-project, role: total, column: totl }");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownReference && d.Span.File == "content/table-kinds.yml" && d.Span.Start.Line == line);
    }

    [Fact]
    public void An_identity_whose_table_is_not_published_is_skipped()
    {
        using var site = new SiteCopy();
        File.Delete(site.Path(StiFolder + "general-budget-project.yml"));
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.CrossTableMismatch && d.Span.File.StartsWith(StiFolder, StringComparison.Ordinal));
    }
}
