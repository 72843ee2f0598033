using AngleSharp.Dom;
using Gongkai.Model;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render.Compare;

/// <summary>Issue 12: a page per classification code lists every unit-year row under it, with the published amounts.</summary>
public sealed class CodePageTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static SiteContent Content => RealSite.Content;

    private IDocument Page(string path) => RealSite.Page(site, path);

    /// <summary>(unit short name, year, 合计, 基本支出, 项目支出) of every 表3 row with this code, from the content.</summary>
    private static List<string> Expected(string code) =>
        [.. Content.Units.SelectMany(u => u.Disclosures.SelectMany(d => d.Tables.Where(t => t.Id == "expenditure-summary")
            .SelectMany(t => t.Sections[0].Rows.Where(r => r.Code == code && !r.IsSumRow)
                .Select(r => $"{u.DisplayName}|{d.Year}|{r["total"]?.Text}|{r["basic"]?.Text}|{r["project"]?.Text}"))))
            .Order(StringComparer.Ordinal)];

    private static List<string> Listed(IDocument page)
    {
        var section = page.QuerySelector("section#expenditure-summary-heading, section[aria-labelledby='expenditure-summary-heading']")!;
        var headers = section.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        int Col(string name) => headers.IndexOf(name);
        return [.. section.QuerySelectorAll("tbody tr").Select(tr =>
        {
            var cells = tr.Children.Select(c => c.TextContent.Trim()).ToList();
            string Cell(string name) => Col(name) < 0 ? "" : cells[Col(name)];
            return $"{cells[0]}|{Cell("年度")}|{Cell("合计")}|{Cell("基本支出")}|{Cell("项目支出")}";
        }).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Every_functional_code_page_lists_exactly_the_unit_years_whose_expenditure_table_holds_the_code()
    {
        var codes = Content.Disclosures.SelectMany(d => d.Tables.Where(t => t.Id == "expenditure-summary").SelectMany(t => t.Sections[0].Rows))
            .Where(r => r.Code is not null && !r.IsSumRow).Select(r => r.Code!).Distinct().ToList();
        Assert.True(codes.Count > 50, $"only {codes.Count} codes");
        Assert.Contains(codes, c => Expected(c).Count >= 3);
        foreach (var code in codes)
        {
            var expected = Expected(code);
            Assert.Equal(expected, Listed(Page($"codes/functional/{code}/index.html")));
            Assert.Equal(expected, Listed(Page($"codes/functional/{code}/by-unit/index.html")));
        }
    }

    [Fact]
    public void The_default_order_is_by_amount_and_the_other_view_by_unit()
    {
        var page = Page("codes/functional/206/index.html");
        var totals = page.QuerySelectorAll("section[aria-labelledby='expenditure-summary-heading'] tbody tr")
            .Select(tr => decimal.Parse(tr.Children[4].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, totals.Count);
        Assert.Equal(totals.OrderDescending(), totals);
        Assert.NotNull(page.QuerySelector("a[href='/codes/functional/206/by-unit/']"));
    }

    [Fact]
    public void Each_row_links_to_its_row_on_the_table_page_where_the_code_cell_links_back()
    {
        var page = Page("codes/functional/2060501/index.html");
        var links = page.QuerySelectorAll("section[aria-labelledby='expenditure-summary-heading'] tbody a")
            .Select(a => a.GetAttribute("href")!).Where(h => h.Contains('#', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        foreach (var href in links)
        {
            var (path, id) = (href[1..href.IndexOf('#', StringComparison.Ordinal)], href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            var table = Page(path + "index.html");
            var row = table.GetElementById(id);
            Assert.NotNull(row);
            var code = row!.QuerySelector("td.code a")!;
            Assert.Equal("2060501", code.TextContent.Trim());
            Assert.Equal("/codes/functional/2060501/", code.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_share_is_the_row_over_the_tables_total_row_and_says_so()
    {
        // Seed 004 (科技信息服务中心 2026): 表3 206 合计 790.06 of the 合计 row's total.
        var d = Content.Disclosures.Single(x => x.UnitId == "urumqi-sti-info-center");
        var rows = d.Tables.Single(t => t.Id == "expenditure-summary").Sections[0].Rows;
        var share = Math.Round(rows.Single(r => r.Code == "206")["total"]!.Value * 100 / rows.Single(r => r.IsTotal)["total"]!.Value, 2, MidpointRounding.AwayFromZero);
        var page = Page("codes/functional/206/index.html");
        var row = page.QuerySelectorAll("section[aria-labelledby='expenditure-summary-heading'] tbody tr").Single(tr => tr.Children[0].TextContent.Contains("科技信息服务中心", StringComparison.Ordinal));
        Assert.Equal(share.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("td.derived")!.TextContent.Trim());
        Assert.Contains("计算所得", page.QuerySelector(".derived-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Economic_code_pages_list_the_basic_expenditure_rows_and_the_code_indexes_link_every_page()
    {
        var expected = Content.Disclosures.Count(d => d.Tables.Any(t => t.Id == "general-budget-basic" && t.AllRows.Any(r => r.Code == "30101")));
        var page = Page("codes/economic/30101/index.html");
        Assert.Equal(expected, page.QuerySelectorAll("section[aria-labelledby='general-budget-basic-heading'] tbody tr").Length);
        var list = Page("codes/economic/index.html");
        foreach (var a in list.QuerySelectorAll(".code-tree a"))
        {
            Assert.True(File.Exists(Path.Combine(site.Site, a.GetAttribute("href")!.TrimStart('/'), "index.html")), a.GetAttribute("href"));
        }

        Assert.Contains(list.QuerySelectorAll(".code-tree a"), a => a.GetAttribute("href") == "/codes/economic/30101/");
    }
}
