using Gongkai.Cli;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cli;

public sealed class CommandLineTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await GongkaiCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Check_on_the_real_content_exits_zero_with_a_summary_line()
    {
        var (exit, output, _) = await Run("check", "--root", Repo.Root);
        Assert.Equal(0, exit);
        Assert.Contains("0 个错误", output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_table_names_file_line_and_column_and_build_exits_one()
    {
        using var site = new SiteCopy();
        const string file = "content/units/changji-hitech-innovation-center/2025/tables/expenditure-summary.yml";
        var line = site.Replace(file, "total: 3.46, basic: 3.46 }", "total: 3.46, basic: 3.4x }");
        var column = site.Read(file).Split('\n')[line - 1].IndexOf("3.4x", StringComparison.Ordinal) + 1;

        var (exit, _, err) = await Run("build", "--root", site.Root);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:{line}:{column}: error GK1005:", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Path("_site")));
    }

    [Theory]
    [InlineData("json", "\"code\": \"GK2101\"")]
    [InlineData("github", "::error file=")]
    public async Task Check_speaks_json_and_github_annotations(string format, string expected)
    {
        using var site = new SiteCopy();
        site.Replace("content/units/urumqi-sti-info-center/2026/tables/general-budget.yml", "total: 364.68, basic: 364.68", "total: 364.68, basic: 364.58");
        var (exit, output, _) = await Run("check", "--root", site.Root, "--format", format);
        Assert.Equal(1, exit);
        Assert.Contains(format == "json" ? "\"code\": \"GK2102\"" : expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_usage_error_exits_two()
    {
        var (exit, _, err) = await Run("check", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.Contains("GK0001", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_unit_year_has_every_table_and_passes_check()
    {
        using var site = new SiteCopy();
        var (exit, output, _) = await Run("new", "unit", "demo-bureau", "--root", site.Root, "--name", "示例局", "--region", "urumqi", "--year", "2027");
        Assert.Equal(0, exit);
        var kinds = Directory.GetFiles(Repo.Path("content"), "table-kinds.yml").Length;
        Assert.Equal(1, kinds);
        var tables = Directory.GetFiles(site.Path("content/units/demo-bureau/2027/tables"), "*.yml");
        Assert.Equal(File.ReadAllLines(Repo.Path("content", "table-kinds.yml")).TakeWhile(l => l != "identities:").Count(l => l.StartsWith("  - id: ", StringComparison.Ordinal)), tables.Length);
        Assert.Contains("已创建", output, StringComparison.Ordinal);

        var (checkExit, checkOutput, _) = await Run("check", "--root", site.Root);
        Assert.True(checkExit == 0, checkOutput);
    }
}
