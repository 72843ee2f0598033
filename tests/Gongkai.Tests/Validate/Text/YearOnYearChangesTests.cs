using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Validate.Text;

/// <summary>
/// GK2308 on a copy of the real content to which a 2025 year of seed 004's unit is added (copied from 2026, then
/// edited): the seeds have one year per unit, so a previous year exists only in these copies.
/// </summary>
public sealed class YearOnYearChangesTests
{
    private const string Unit = "content/units/urumqi-sti-info-center/";
    private const string File = Unit + "2026/explanations.md";

    // Seed 004 收入预算情况: “一般公共预算 648.89 万元，占 81.64%，比上年预算增加 221.58 万元”.
    private const string Sentence = "一般公共预算 648.89 万元，占 81.64%，比上年预算增加 221.58 万元";

    private static List<Diagnostic> CheckWithLastYear(decimal lastGeneral)
    {
        using var site = new SiteCopy();
        CopyDir(site.Path(Unit + "2026"), site.Path(Unit + "2025"));
        site.Replace(Unit + "2025/disclosure.yml", "year: 2026", "year: 2025");
        var last = lastGeneral.ToString(System.Globalization.CultureInfo.InvariantCulture);
        site.Replace(Unit + "2025/tables/budget-summary.yml", "{ name: 其中：一般财力, level: 2, amount: 648.89 }", $"{{ name: 其中：一般财力, level: 2, amount: {last} }}");
        site.Replace(Unit + "2025/tables/income-summary.yml", "name: 总计, total: 794.86, fiscal: 648.89, general: 648.89", $"name: 总计, total: 794.86, fiscal: 648.89, general: {last}");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);
        return [.. diagnostics.Where(d => d.Span.File == File && d.Code == DiagnosticCodes.TextYearOnYearChange)];
    }

    private static int LineOf(string text) =>
        1 + Array.FindIndex(System.IO.File.ReadAllLines(Repo.Path(File)), l => l.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Without_a_previous_year_no_change_is_read_against_last_year()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.TextYearOnYearChange);
    }

    [Fact]
    public void A_change_that_is_this_years_figure_minus_last_years_passes()
    {
        var found = CheckWithLastYear(648.89m - 221.58m);
        Assert.DoesNotContain(found, d => d.Span.Start.Line == LineOf(Sentence));
    }

    [Fact]
    public void A_change_that_differs_from_the_two_years_figures_is_an_error_at_the_change_giving_both_years()
    {
        // Last year's 一般公共预算 printed 10 万元 higher: the change would be 211.58, not 221.58.
        var lastGeneral = 648.89m - 221.58m + 10m;
        var found = CheckWithLastYear(lastGeneral);
        var d = Assert.Single(found, x => x.Span.Start.Line == LineOf(Sentence));
        Assert.True(d.IsBlocking);
        Assert.Equal("一般公共预算 648.89 万元，占 81.64%，比上年预算增加 ".Length + 1, d.Span.Start.Column);
        Assert.Contains("2026 年", d.Message, StringComparison.Ordinal);
        Assert.Contains("2025 年", d.Message, StringComparison.Ordinal);
        Assert.Contains("648.89", d.Message, StringComparison.Ordinal);
        Assert.Contains(lastGeneral.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
        Assert.Contains("增加 " + (648.89m - lastGeneral).ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
        Assert.Contains(Unit + "2025/tables/budget-summary.yml", d.AlsoIn);
    }

    private static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyDir(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
