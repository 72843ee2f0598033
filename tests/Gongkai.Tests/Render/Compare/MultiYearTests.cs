using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Build;
using Gongkai.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render.Compare;

/// <summary>
/// Issue 12: a unit across years. The seeds have one year per unit, so a second year is made in a temp copy:
/// seed 004 (科技信息服务中心 2026) copied to 2025 with one amount changed, one 类 removed and its scope changed.
/// </summary>
public sealed class MultiYearTests(MultiYearTests.TwoYears site) : IClassFixture<MultiYearTests.TwoYears>
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, byte[]> _files = site.Files;

    /// <summary>The copy with its second year, rendered once for all tests of the class.</summary>
    public sealed class TwoYears : IDisposable
    {
        private const string Unit = "content/units/urumqi-sti-info-center";
        private readonly SiteCopy _site = new();

        public TwoYears()
        {
            MultiYearTests.Copy(_site.Path($"{Unit}/2026"), _site.Path($"{Unit}/2025"));
            _site.Replace($"{Unit}/2025/disclosure.yml", "year: 2026", "year: 2025");
            _site.Replace($"{Unit}/2025/disclosure.yml", "scope: 单位", "scope: 部门");
            // 2025: 机构运行 300.00 instead of 364.68 (so 206/20605/合计 change too), and no 215 rows (so 2026 adds them).
            var table = $"{Unit}/2025/tables/expenditure-summary.yml";
            _site.Replace(table, "{ code: \"206\", name: 科学技术支出, total: 790.06, basic: 364.68,", "{ code: \"206\", name: 科学技术支出, total: 725.39, basic: 300.00,");
            _site.Replace(table, "{ code: \"2060501\", name: 机构运行, total: 364.68, basic: 364.68 }", "{ code: \"2060501\", name: 机构运行, total: 300.00, basic: 300.00 }");
            foreach (var line in _site.Read(table).Split('\n').Where(l => l.Contains("\"215", StringComparison.Ordinal)))
            {
                _site.Replace(table, line + "\n", "");
            }

            var (content, diagnostics) = BuildPipeline.Check(_site.Root);
            Assert.Equal(2, content.FindUnit("urumqi-sti-info-center")!.Disclosures.Count);
            // Rendered whatever validation says of the edited copy (its sums no longer add up): the views are under test.
            Files = SiteRenderer.Render(content, diagnostics, _site.Root).ToDictionary(f => f.Path, f => f.Content);
        }

        public Dictionary<string, byte[]> Files { get; }

        public void Dispose() => _site.Dispose();
    }

    private IDocument Page(string path) => Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(_files[path]));

    [Fact]
    public void The_unit_page_shows_each_headline_and_each_class_by_year_with_the_change()
    {
        var page = Page("units/urumqi-sti-info-center/index.html");
        var table = page.QuerySelector("table.history")!;
        var years = table.QuerySelectorAll("thead th a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["2025 年", "2026 年"], years);
        var row = table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == "206 科学技术支出");
        var cells = row.QuerySelectorAll("td").ToList();
        Assert.StartsWith("725.39", cells[0].TextContent.Trim(), StringComparison.Ordinal);
        var change = 790.06m - 725.39m;
        var rate = Math.Round(change * 100 / 725.39m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        Assert.Equal($"790.06+{change.ToString(CultureInfo.InvariantCulture)}（+{rate}%）", cells[1].TextContent.Trim());
        var added = table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim().StartsWith("215", StringComparison.Ordinal));
        Assert.Equal("", added.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("4.80", added.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Contains("口径不同", page.QuerySelector("#history-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_page_links_its_other_years_and_the_compare_view()
    {
        var page = Page("units/urumqi-sti-info-center/2026/tables/general-budget-basic/index.html");
        var nav = page.QuerySelector("nav.table-years")!;
        Assert.NotNull(nav.QuerySelector("a[href='/units/urumqi-sti-info-center/2025/tables/general-budget-basic/']"));
        Assert.NotNull(nav.QuerySelector("a[href='/units/urumqi-sti-info-center/2026/tables/general-budget-basic/compare/']"));
        var old = Page("units/urumqi-sti-info-center/2025/tables/general-budget-basic/index.html");
        Assert.NotNull(old.QuerySelector("nav.table-years a[href='/units/urumqi-sti-info-center/2026/tables/general-budget-basic/']"));
        Assert.False(_files.ContainsKey("units/urumqi-sti-info-center/2025/tables/general-budget-basic/compare/index.html"));
        Assert.Null(Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(_files["units/changji-hitech-zone/2025/tables/general-budget-basic/index.html"])).QuerySelector("nav.table-years"));
    }

    [Fact]
    public void The_compare_view_marks_added_changed_and_unchanged_rows()
    {
        var page = Page("units/urumqi-sti-info-center/2026/tables/expenditure-summary/compare/index.html");
        var rows = page.QuerySelectorAll("table.diff tbody tr").ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => tr);
        Assert.Equal("新增", rows["资源勘探工业信息等支出"].Children[2].TextContent);
        Assert.Equal("变化", rows["机构运行"].Children[2].TextContent);
        Assert.Equal("相同", rows["其他科技条件与服务支出"].Children[2].TextContent);
        // 机构运行 合计: 2025 300.00, 2026 364.68, change +64.68.
        var total = rows["机构运行"].QuerySelectorAll("td.num").Take(3).Select(td => td.TextContent).ToList();
        Assert.Equal(["300.00", "364.68", "+64.68"], total);
        var summary = page.QuerySelector(".diff-summary")!.TextContent;
        Assert.Contains("新增 3 行", summary, StringComparison.Ordinal);
        Assert.Contains("减少 0 行", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compare_view_of_the_year_before_lists_what_the_later_year_dropped()
    {
        // Swap roles: a removed row appears when the later year lacks it. Seen from 2026 the 215 rows are new,
        // so the 2025 → 2026 view has no removals; check the counts add up to both years' rows instead.
        var page = Page("units/urumqi-sti-info-center/2026/tables/expenditure-summary/compare/index.html");
        var states = page.QuerySelectorAll("table.diff tbody tr").Select(tr => tr.Children[2].TextContent).ToList();
        Assert.Equal(8, states.Count(s => s != "减少")); // the 2026 table's 8 rows
        Assert.Equal(5, states.Count(s => s != "新增")); // the 2025 copy's 5 rows
    }

    internal static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

}
