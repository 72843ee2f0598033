using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>The built site, parsed with AngleSharp: real published values on the right page, row and column.</summary>
public sealed class TablePageTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string path) => Parser.ParseDocument(site.Html(path));

    /// <summary>The text of the cell in the row headed <paramref name="rowName"/> under the column header <paramref name="column"/>.</summary>
    private static string Cell(IDocument page, string rowName, string column, int table = 0)
    {
        var element = page.QuerySelectorAll("table.budget")[table];
        var leaves = element.QuerySelectorAll("thead th").Where(th => th.GetAttribute("class") is "num").Select(th => th.TextContent.Trim()).ToList();
        var row = element.QuerySelectorAll("tbody tr").First(tr => tr.QuerySelector("th")!.TextContent.Trim().StartsWith(rowName, StringComparison.Ordinal));
        var amounts = row.QuerySelectorAll("td.num").Select(td => td.TextContent.Trim()).ToList();
        return amounts[leaves.IndexOf(column)];
    }

    [Fact]
    public void The_build_succeeds_and_every_table_of_every_unit_has_its_own_page()
    {
        Assert.Equal(0, site.Result.ExitCode);
        var content = ContentLoader.Load(Repo.Root, new DiagnosticBag());
        var tables = content.Disclosures.SelectMany(d => d.Tables.Select(t => $"units/{d.UnitId}/{d.Year}/tables/{t.Id}/index.html")).ToList();
        Assert.Equal(5, content.Units.Count);
        Assert.All(tables, path => Assert.True(File.Exists(Path.Combine(site.Site, path)), path));
        Assert.Equal(12 + 11 + 11 + 11 + 11, tables.Count); // seeds 004, 000, 001, 002, 003
    }

    [Fact]
    public void The_basic_expenditure_page_of_seed_004_shows_the_published_wage_in_its_row_and_column()
    {
        var page = Page("units/urumqi-sti-info-center/2026/tables/general-budget-basic/index.html");

        // Seed 004 表6: 30101 基本工资 91.02 (合计 and 人员经费), 总计 364.68 / 333.28 / 31.40.
        Assert.Equal("91.02", Cell(page, "基本工资", "合计"));
        Assert.Equal("91.02", Cell(page, "基本工资", "人员经费"));
        Assert.Equal("", Cell(page, "基本工资", "公用经费"));
        Assert.Equal("333.28", Cell(page, "总计", "人员经费"));
        Assert.Equal("31.40", Cell(page, "总计", "公用经费"));
        Assert.Contains("单位：万元", page.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_cells_have_scope_and_amounts_are_right_aligned_cells()
    {
        var page = Page("units/changji-hitech-zone/2025/tables/income-summary/index.html");
        Assert.All(page.QuerySelectorAll("table.budget th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope"))));
        Assert.All(page.QuerySelectorAll("table.budget tbody tr"), tr => Assert.NotNull(tr.QuerySelector("th[scope=row]")));

        // 表2 of seed 001 groups seven source columns under one 财政拨款（补助） header; the two transfer columns it
        // leaves blank in every row are collapsed (TableLayoutMarkupTests), so the group spans the other five.
        var group = page.QuerySelectorAll("thead th").Single(th => th.TextContent.Trim() == "财政拨款（补助）");
        Assert.Equal("colgroup", group.GetAttribute("scope"));
        Assert.Equal(5, int.Parse(group.GetAttribute("colspan")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Rows_are_indented_by_code_level()
    {
        var page = Page("units/urumqi-sti-info-center/2026/tables/expenditure-summary/index.html");
        var rows = page.QuerySelectorAll("table.budget tbody tr").ToDictionary(tr => tr.QuerySelector("td.code")?.TextContent.Trim() ?? "", tr => tr.ClassName ?? "");
        Assert.StartsWith("lv0", rows["206"], StringComparison.Ordinal);
        Assert.StartsWith("lv1", rows["20605"], StringComparison.Ordinal);
        Assert.StartsWith("lv2", rows["2060501"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_project_table_shows_each_project_with_its_amounts()
    {
        var page = Page("units/urumqi-sti-info-center/2026/tables/general-budget-project/index.html");
        var row = page.QuerySelectorAll("table.budget tbody tr").Single(tr => tr.QuerySelector("td.project")?.TextContent.Trim() == "红山科技创新券奖补资金");
        var amounts = row.QuerySelectorAll("td.num").Select(td => td.TextContent.Trim()).ToList();

        // Seed 004 表7: 250.00 in all, 12.00 商品和服务支出, 238.00 对企业补助.
        Assert.Equal("250.00", amounts[0]);
        Assert.Contains("12.00", amounts);
        Assert.Contains("238.00", amounts);
    }

    [Fact]
    public void An_acknowledged_discrepancy_is_shown_beside_the_table_with_its_note()
    {
        var page = Page("units/changji-hitech-innovation-center/2025/tables/general-budget-basic/index.html");
        var findings = page.QuerySelector("#findings")!.TextContent;

        // Seed 000 表6: 合计 149.07 while 141.44 + 3.63 = 145.07.
        Assert.Contains("149.07", findings, StringComparison.Ordinal);
        Assert.Contains("145.07", findings, StringComparison.Ordinal);
        Assert.Contains("说明", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("findings.yml", findings, StringComparison.Ordinal);
        Assert.Contains("已说明", page.QuerySelector("#check-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_table_shows_its_published_statement()
    {
        var page = Page("units/urumqi-sti-info-center/2026/tables/gov-fund/index.html");
        Assert.Contains("政府性基金预算支出情况表为空表", page.QuerySelector(".table-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanations_link_glossary_terms_to_their_anchors_and_the_glossary_has_them()
    {
        var explanations = Page("units/urumqi-sti-info-center/2026/explanations/index.html");
        var links = explanations.QuerySelectorAll("a.term").Select(a => a.GetAttribute("href")).ToList();

        // A unit's pages link to that unit-year's own published wording (seed 004 第四部分 名词解释).
        const string Own = "urumqi-sti-info-center-2026-";
        Assert.Contains($"/glossary/#{Own}basic-expenditure", links);
        Assert.Contains($"/glossary/#{Own}entrusted-business-fee", links);

        var glossary = Page("glossary/index.html");
        Assert.NotNull(glossary.GetElementById($"{Own}basic-expenditure"));
        Assert.Contains("委托业务费", glossary.GetElementById($"{Own}entrusted-business-fee")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(glossary.GetElementById("basic-expenditure")); // the site-wide term stays too
    }

    [Fact]
    public void The_sitemap_lists_every_table_page_and_there_is_a_404_page()
    {
        var sitemap = site.Html("sitemap.xml");
        Assert.Contains("<loc>/units/changji-science-bureau/2025/tables/three-public/</loc>", sitemap, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Site, "404.html")));
    }

    [Fact]
    public void No_page_makes_an_external_request_or_runs_an_inline_script()
    {
        foreach (var file in Directory.GetFiles(site.Site, "*.html", SearchOption.AllDirectories))
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in page.QuerySelectorAll("[src], [href]"))
            {
                var url = element.GetAttribute("src") ?? element.GetAttribute("href")!;
                Assert.False(url.StartsWith("http:", StringComparison.Ordinal) || url.StartsWith("https:", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal), $"{file}: {url}");
            }

            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") && s.TextContent.Length == 0, file));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Html_in_content_is_shown_as_text()
    {
        var page = Page("units/urumqi-sti-info-center/2026/index.html");
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("主要职能", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unit_year_page_shows_headline_figures_and_links_every_table()
    {
        var page = Page("units/changji-hitech-innovation-center/2025/index.html");
        var headlines = page.QuerySelector(".headlines")!.TextContent;

        // Seed 000 表1: 收入总计 225.47.
        Assert.Contains("225.47", headlines, StringComparison.Ordinal);
        Assert.Equal(11, page.QuerySelectorAll("#tables-heading + .table-wrap tbody tr th a[href*='/tables/']").Length);
        Assert.NotEmpty(page.QuerySelectorAll(".chart-figure .bar-list li"));
    }

    [Fact]
    public void The_explanations_page_shows_citizens_where_the_text_disagrees_with_the_tables()
    {
        var page = Page("units/changji-hitech-zone/2025/explanations/index.html");
        var findings = page.QuerySelector("#findings")!;

        // Seed 001 text: 一般公共预算基本支出 5186 万元, while 表5 and 表6 print 5182.
        var item = findings.QuerySelectorAll("li.finding-ack").Single(li => li.TextContent.Contains("的金额 5186万元", StringComparison.Ordinal));
        Assert.Contains("5182", item.QuerySelector(".ack-note")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("原文有", page.QuerySelector("#check-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_that_concerns_two_documents_is_shown_on_both_pages()
    {
        // Seed 001: the explanations give 基本工资 837 万元 where 表6 30101 gives 833.
        var basic = Page("units/changji-hitech-zone/2025/tables/general-budget-basic/index.html");
        var wage = Assert.Single(basic.QuerySelectorAll("#findings li.finding"), li => li.TextContent.Contains("837万元", StringComparison.Ordinal));
        Assert.Contains("833", wage.TextContent, StringComparison.Ordinal);
        var explanations = Page("units/changji-hitech-zone/2025/explanations/index.html");
        Assert.Contains(explanations.QuerySelectorAll("#findings li.finding"), li => li.TextContent.Contains("837万元", StringComparison.Ordinal));

        // Seed 001: 2010599 is basic spending (3 万元) in 表5 and project spending in 表3: both table pages say so.
        foreach (var table in new[] { "expenditure-summary", "general-budget" })
        {
            var page = Page($"units/changji-hitech-zone/2025/tables/{table}/index.html");
            Assert.Contains(page.QuerySelectorAll("#findings li.finding"), li => li.TextContent.Contains("2010599 其他统计信息事务支出", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_targets_page_shows_a_project_whose_funds_differ_from_table_7()
    {
        var page = Page("units/urumqi-tech-transfer-center/2024/performance/index.html");

        // Seed 002: target funds 10.69 = 5.21 fiscal + 5.48 carried over; 表7 lists 5.21.
        var items = page.QuerySelectorAll("#findings li.finding");
        var item = Assert.Single(items, li => li.TextContent.Contains("10.69", StringComparison.Ordinal));
        Assert.Contains((10.69m - 5.21m).ToString(System.Globalization.CultureInfo.InvariantCulture), item.TextContent, StringComparison.Ordinal);

        // Seed 002: the 追加 2023 carried-over project's sheet gives 5.00 where 表11 and the text give 3.00.
        var carried = Assert.Single(items, li => li.TextContent.Contains("自然基金", StringComparison.Ordinal));
        Assert.Contains("5.00", carried.TextContent, StringComparison.Ordinal);
        Assert.Contains("3.00", carried.TextContent, StringComparison.Ordinal);
    }
}
