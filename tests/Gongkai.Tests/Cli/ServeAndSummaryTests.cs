using System.Text.RegularExpressions;
using Gongkai.Cli;
using Gongkai.Cli.Preview;
using Gongkai.Tests.Support;
using Gongkai.Write;

namespace Gongkai.Tests.Cli;

/// <summary>build's summary agrees with check's; the plain progress line off a terminal; serve's page of a file and its changed pages.</summary>
public sealed partial class ServeAndSummaryTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Build_prints_the_same_summary_as_check_with_the_acknowledged_count_and_a_plain_progress_line()
    {
        using var site = new SiteCopy();
        var check = await CliRun.Start(Limit, "check", "--root", site.Root);
        var build = await CliRun.Start(Limit, "build", "--root", site.Root);
        Assert.Equal(0, check.Exit);
        Assert.Equal(0, build.Exit);

        var checkSummary = check.Stdout.Split('\n').Single(l => Summary().IsMatch(l));
        var buildSummary = build.Stdout.Split('\n').Single(l => Summary().IsMatch(l));
        Assert.Equal(checkSummary, buildSummary);
        Assert.DoesNotMatch("[^0-9]0 条已确认", checkSummary);

        // Captured output is not a terminal: one plain line, no spinner redraws (carriage returns, escapes).
        Assert.StartsWith("正在校验 content/ 并生成站点…\n", build.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', build.Stdout);
        Assert.DoesNotContain('\u001b', build.Stdout);
    }

    [Theory]
    [InlineData("content/units/x/2026/tables/general-budget.yml", "units/x/2026/tables/general-budget/")]
    [InlineData("content/units/x/2026/explanations.md", "units/x/2026/explanations/")]
    [InlineData("content/units/x/2026/performance.yml", "units/x/2026/performance/")]
    [InlineData("content/units/x/2026/disclosure.yml", "units/x/2026/")]
    [InlineData("content/units/x/2026/findings.yml", "units/x/2026/")]
    [InlineData("content/units/x/unit.yml", "units/x/")]
    [InlineData("content/glossary.yml", "glossary/")]
    [InlineData("site.yml", "")]
    public void Serve_opens_the_page_a_content_file_is_shown_on(string file, string page) =>
        Assert.Equal(page, PageUrls.ForFile(file));

    [Fact]
    public void Every_page_serve_would_open_for_a_real_content_file_exists_in_the_built_site()
    {
        using var built = new BuiltSite();
        Assert.Equal(0, built.Result.ExitCode);
        foreach (var file in Directory.GetFiles(Repo.Path("content", "units"), "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var page = PageUrls.ForFile(Path.GetRelativePath(Repo.Root, file));
            Assert.True(File.Exists(Path.Combine(built.Site, page, "index.html")), $"{file} → {page}");
        }
    }

    [Fact]
    public void The_changed_pages_are_the_html_pages_whose_bytes_differ_or_are_new()
    {
        var before = new SiteSnapshot([Page("index.html", "a"), Page("units/x/index.html", "b"), Page("units/y/index.html", "c"), Page("assets/site.css", "d")], "/");
        var after = new SiteSnapshot([Page("index.html", "a"), Page("units/x/index.html", "B"), Page("units/y/index.html", "c"), Page("units/z/index.html", "e"), Page("assets/site.css", "D")], "/");
        Assert.Equal(["units/x/", "units/z/"], PageUrls.Changed(before, after));
    }

    private static OutputFile Page(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    [GeneratedRegex(@"^\d+ 个错误，\d+ 个警告，\d+ 条提示，\d+ 条已确认$")]
    private static partial Regex Summary();
}
