using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Validate;

public sealed class TableRulesTests
{
    [Fact]
    public void The_real_content_has_no_unacknowledged_error()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);
        Assert.DoesNotContain(diagnostics, d => d.IsBlocking);
    }

    [Fact]
    public void The_findings_files_and_check_agree_both_ways_on_the_real_content()
    {
        // findings.yml is the list of published inconsistencies written from reading the seeds: every error and warning
        // check raises has an entry there (with a note quoting the figures), and every entry matches something check raises.
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UnmatchedAcknowledgement);
        Assert.All(diagnostics.Where(d => d.Severity != Severity.Info), d => Assert.False(string.IsNullOrWhiteSpace(d.AcknowledgedNote), $"{d.Span}: {d.Code} has no findings.yml entry"));
    }

    [Fact]
    public void The_published_total_of_table_6_in_seed_000_is_found_and_carries_its_note()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);

        // Seed 000 表6: 合计 149.07, while 人员经费 141.44 + 公用经费 3.63 = 145.07.
        var finding = Assert.Single(diagnostics, d =>
            d.Code == DiagnosticCodes.TotalMismatch
            && d.Span.File.EndsWith("changji-hitech-innovation-center/2025/tables/general-budget-basic.yml", StringComparison.Ordinal)
            && d.Column == "total" && d.Row.Contains("合 计"));
        Assert.Contains("149.07", finding.Message, StringComparison.Ordinal);
        Assert.Contains((141.44m + 3.63m).ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.AcknowledgedNote);
        Assert.False(finding.IsBlocking);
    }

    [Fact]
    public void A_typo_in_an_acknowledged_cell_is_not_hidden_by_the_old_acknowledgement()
    {
        using var site = new SiteCopy();
        const string file = "content/units/changji-hitech-innovation-center/2025/tables/general-budget-basic.yml";

        // Seed 000 表6 合计 149.07 is acknowledged with a note quoting 149.07; 149.70 is a new mistake.
        var line = site.Replace(file, "total: 149.07", "total: 149.70");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        Assert.Contains(diagnostics, d => d.IsBlocking && d.Code == DiagnosticCodes.TotalMismatch && d.Span.File == file && d.Span.Start.Line == line);
    }

    [Fact]
    public void A_difference_within_the_rounding_tolerance_is_reported_as_information()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);

        // Seed 004 表3: 206 合计 790.06 against 364.68 + 425.39 = 790.07.
        var rounding = Assert.Single(diagnostics, d =>
            d.Span.File.EndsWith("urumqi-sti-info-center/2026/tables/expenditure-summary.yml", StringComparison.Ordinal)
            && d.Row.Contains("206") && d.Column == "total" && d.Message.Contains("基本支出", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.Rounding, rounding.Code);
        Assert.Equal(Severity.Info, rounding.Severity);
        Assert.Contains((364.68m + 425.39m).ToString(System.Globalization.CultureInfo.InvariantCulture), rounding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_changed_digit_in_a_leaf_row_fails_both_the_row_and_the_tree_check()
    {
        using var site = new SiteCopy();
        const string file = "content/units/urumqi-sti-info-center/2026/tables/general-budget.yml";
        var line = site.Replace(file, "total: 364.68, basic: 364.68", "total: 364.78, basic: 364.68");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        Assert.Contains(diagnostics, d => d.IsBlocking && d.Code == DiagnosticCodes.RowSumMismatch && d.Span.File == file && d.Span.Start.Line == line);
        Assert.Contains(diagnostics, d => d.IsBlocking && d.Code == DiagnosticCodes.TotalMismatch && d.Span.File == file);
    }

    [Fact]
    public void An_acknowledgement_that_matches_nothing_is_a_warning()
    {
        using var site = new SiteCopy();
        site.Write("content/units/urumqi-tech-transfer-center/2024/findings.yml",
            "acknowledged:\n  - rule: GK2101\n    table: general-budget\n    note: 已改正的旧说明\n");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnmatchedAcknowledgement);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(2, warning.Span.Start.Line);
    }
}
