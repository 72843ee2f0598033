using Gongkai.Build;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cli;

/// <summary><c>gongkai new year</c> on every real disclosure and <c>gongkai diff</c> against a mutated copy (temp folders only, never content/).</summary>
public sealed class NewYearTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Next_year_from_every_real_disclosure_passes_check_keeps_every_row_label_and_code_and_clears_every_amount()
    {
        using var site = new SiteCopy();
        var (before, _) = BuildPipeline.Check(site.Root);
        var sources = before.Disclosures.ToList();
        Assert.NotEmpty(sources);
        foreach (var d in sources)
        {
            var run = await CliRun.Start(Limit, "new", "year", d.UnitId, (d.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--from", d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--root", site.Root);
            Assert.True(run.Exit == 0, run.All);
        }

        var check = await CliRun.Start(Limit, "check", "--root", site.Root);
        Assert.True(check.Exit == 0, check.All);

        var (after, _) = BuildPipeline.Check(site.Root);
        foreach (var old in sources)
        {
            var next = Assert.Single(after.Disclosures, n => n.UnitId == old.UnitId && n.Year == old.Year + 1);
            Assert.Equal(old.Tables.Select(t => t.Id).Order(), next.Tables.Select(t => t.Id).Order());
            foreach (var table in old.Tables)
            {
                var copy = Assert.Single(next.Tables, t => t.Id == table.Id);
                var labels = copy.AllRows.Select(r => (r.Code, r.Name, r.Project, r.IsTotal)).ToHashSet();
                Assert.All(table.AllRows, r => Assert.Contains((r.Code, r.Name, r.Project, r.IsTotal), labels));
                Assert.All(copy.AllRows, r => Assert.Empty(r.Cells));
                Assert.Equal(table.Sections.Select(s => s.Columns.Count), copy.Sections.Select(s => s.Columns.Count));
            }

            Assert.Equal(old.Profile.Functions, next.Profile.Functions);
            Assert.Equal(old.Profile.Organisation, next.Profile.Organisation);
            Assert.Equal(old.Targets.Select(t => (t.Kind, t.Project)), next.Targets.Select(t => (t.Kind, t.Project)));
            Assert.Equal(old.Targets.SelectMany(t => t.Indicators.Select(i => (i.Level1, i.Level2, i.Name))), next.Targets.SelectMany(t => t.Indicators.Select(i => (i.Level1, i.Level2, i.Name))));
            Assert.All(next.Targets, t => Assert.Null(t.FundsTotal));
            Assert.All(next.Targets.SelectMany(t => t.Indicators), i => Assert.Equal("", i.Value));
            Assert.All(next.Targets.SelectMany(t => t.Funds), f => Assert.Null(f.Amount));
        }

        // Never over an existing year.
        var print = SiteCopy.Fingerprint(site.Path("content"));
        var again = await CliRun.Start(Limit, "new", "year", sources[0].UnitId, (sources[0].Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--from", sources[0].Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--root", site.Root);
        Assert.Equal(1, again.Exit);
        Assert.Contains("GK0003", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(print, SiteCopy.Fingerprint(site.Path("content")));
    }

    [Fact]
    public async Task Diff_lists_exactly_the_added_removed_and_changed_rows_of_a_mutated_copy()
    {
        using var site = new SiteCopy();
        const string unit = "content/units/urumqi-sti-info-center";
        CopyFolder(site.Path($"{unit}/2026"), site.Path($"{unit}/2027"));
        site.Replace($"{unit}/2027/disclosure.yml", "year: 2026", "year: 2027");
        const string table = $"{unit}/2027/tables/general-budget.yml";
        var changed = site.Replace(table, "{ code: \"2060501\", name: 机构运行, total: 364.68, basic: 364.68 }", "{ code: \"2060501\", name: 机构运行, total: 370.00, basic: 364.68 }");
        site.Replace(table, "  - { code: \"2060599\", name: 其他科技条件与服务支出, total: 284.21, project: 284.21 }\n", "");
        var added = site.Replace(table, "  - { role: total,", "  - { code: \"2060502\", name: 技术创新服务, total: 1.00 }\n  - { role: total,");

        var run = await CliRun.Start(Limit, "diff", "urumqi-sti-info-center", "2026", "2027", "--root", site.Root);
        Assert.True(run.Exit == 0, run.All);
        var lines = run.Stdout.TrimEnd().Split('\n');
        Assert.Equal(
        [
            $"{table}:{changed}:5: ~ 表5 2060501 机构运行：total 364.68 → 370.00",
            $"{table}:{added}:5: + 表5 2060502 技术创新服务：total 1.00",
            $"{unit}/2026/tables/general-budget.yml:9:5: - 表5 2060599 其他科技条件与服务支出：project 284.21，total 284.21",
            "2026 → 2027：1 行新增，1 行删除，1 行金额有变化",
        ], lines);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
