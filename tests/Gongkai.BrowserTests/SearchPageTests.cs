using Gongkai.BrowserTests.Support;
using Gongkai.Index;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(SiteFixture site)
{
    private const string StiProjects = "units/urumqi-sti-info-center/2026/tables/general-budget-project/";

    [BrowserFact]
    public async Task The_header_search_on_any_page_leads_to_results_with_the_match_highlighted()
    {
        await using var tab = await site.OpenAsync();
        await tab.Page.GotoAsync(site.Root.Url(StiProjects));
        await tab.Page.Locator("#site-search").FillAsync("红山科技创新券");
        await tab.Page.Locator("#site-search").PressAsync("Enter");
        await tab.Page.WaitForURLAsync("**/search/?q=*", SearchPageTests.Parsed);
        var results = await WaitForResultsAsync(tab.Page);
        Assert.Contains(results, r => r.Href.StartsWith("/" + StiProjects, StringComparison.Ordinal));
        Assert.Contains(results, r => r.Href.StartsWith("/units/urumqi-sti-info-center/2026/performance/#target-", StringComparison.Ordinal));
        var marks = await tab.Page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.Contains("红山科技创新券", marks);
        AssertOnlyLocal(tab, site.Root);
        Assert.Empty(tab.Errors);
    }

    [BrowserTheory]
    // The term is in one unit's own glossary (content/units/urumqi-sti-info-center/2026/glossary.yml), so its anchor is unit-scoped.
    [InlineData("委托业务费", "/glossary/#urumqi-sti-info-center-2026-entrusted-business-fee")]
    [InlineData("乌鲁木齐科技信息服务中心", "/units/urumqi-sti-info-center/")]
    [InlineData("昌吉高新区管委会", "/units/changji-hitech-zone/")]
    public async Task Titles_rank_first(string query, string first)
    {
        await using var tab = await site.OpenAsync();
        var results = await SearchAsync(tab, query);
        Assert.Equal(first, StripTextFragment(results[0].Href));
    }

    [BrowserTheory]
    [InlineData("2080505", "/units/changji-hitech-innovation-center/2025/tables/expenditure-summary/")]
    [InlineData("20805", "/units/changji-hitech-zone/2025/tables/expenditure-summary/")]
    [InlineData("机关事业单位基本养老保险缴费支出", "/units/changji-hitech-zone/2025/tables/income-summary/")]
    [InlineData("科技型企业孵化器", "/units/urumqi-sti-info-center/2026/performance/#target-1")]
    [InlineData("2026年科教兴市", "/units/urumqi-sti-info-center/2026/tables/general-budget-project/")]
    public async Task Queries_find_the_expected_pages(string query, string expected)
    {
        await using var tab = await site.OpenAsync();
        var results = await SearchAllAsync(tab, query);
        Assert.Contains(expected, results.Select(r => StripTextFragment(r.Href)));
    }

    [BrowserFact]
    public async Task A_table_row_result_shows_its_amount()
    {
        await using var tab = await site.OpenAsync();
        var results = await SearchAsync(tab, "250.00");
        var row = results.First(r => r.Href.StartsWith("/" + StiProjects, StringComparison.Ordinal));
        Assert.Contains("红山科技创新券奖补资金", row.Text, StringComparison.Ordinal);
        Assert.Contains("250.00", row.Text, StringComparison.Ordinal);
        Assert.Contains("预算表", row.Text, StringComparison.Ordinal);
        Assert.Contains("2026 年", row.Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Facets_count_results_and_filter_them()
    {
        await using var tab = await site.OpenAsync();
        await SearchAsync(tab, "科学技术支出");
        var option = tab.Page.Locator("#facet-year option[value='2026']");
        Assert.Matches("^2026 年（[1-9][0-9]*）$", await option.TextContentAsync());
        await tab.Page.Locator("#facet-year").SelectOptionAsync("2026");
        await tab.Page.WaitForURLAsync("**year=2026*");
        var results = await WaitForResultsAsync(tab.Page);
        Assert.All(results, r => Assert.Contains("2026 年", r.Text, StringComparison.Ordinal));
        await tab.Page.Locator("#facet-kind").SelectOptionAsync("table");
        results = await WaitForResultsAsync(tab.Page);
        Assert.All(results, r => Assert.Contains("/tables/", r.Href, StringComparison.Ordinal));
        Assert.Contains("kind=table", tab.Page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_search_page_is_usable_from_the_keyboard_and_labelled()
    {
        await using var tab = await site.OpenAsync();
        await tab.Page.GotoAsync(site.Root.Url("search/"));
        var box = tab.Page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索内容" });
        await box.FocusAsync();
        await tab.Page.Keyboard.TypeAsync("支出");
        await tab.Page.Keyboard.PressAsync("Enter");
        await WaitForResultsAsync(tab.Page);
        Assert.NotNull(await tab.Page.GetByRole(AriaRole.Search, new() { Name = "搜索预算公开内容" }).ElementHandleAsync());
        Assert.Equal("status", await tab.Page.Locator("#search-status").GetAttributeAsync("role"));
        Assert.Contains("共找到", await tab.Page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.NotNull(await tab.Page.GetByRole(AriaRole.Combobox, new() { Name = "年度" }).ElementHandleAsync());

        // "More results" works by keyboard and moves focus to the first new result.
        var before = await tab.Page.Locator("#search-results > li").CountAsync();
        var more = tab.Page.Locator("#search-more");
        Assert.True(await more.IsVisibleAsync());
        await more.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.Page.WaitForFunctionAsync($"document.activeElement.closest('li') === document.querySelectorAll('#search-results > li')[{before}]");

        // Results are plain links: the focused result is an anchor leading off the search page. (Pressing Enter
        // here raced with later result batches re-rendering the list, so the link itself is asserted.)
        var href = await tab.Page.EvaluateAsync<string>("document.activeElement.tagName === 'A' ? document.activeElement.href : ''");
        Assert.False(string.IsNullOrEmpty(href));
        Assert.DoesNotContain("/search/", href, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_query_without_matches_says_so()
    {
        await using var tab = await site.OpenAsync();
        await tab.Page.GotoAsync(site.Root.Url("search/?q=" + Uri.EscapeDataString("航空母舰")));
        await tab.Page.WaitForFunctionAsync("document.getElementById('search-status').textContent.indexOf('没有找到') >= 0");
        Assert.Equal(0, await tab.Page.Locator("#search-results > li").CountAsync());
    }

    [BrowserFact]
    public async Task Only_the_search_page_loads_the_script()
    {
        await using var tab = await site.OpenAsync();
        foreach (var path in new[] { "", "glossary/", StiProjects, "units/urumqi-sti-info-center/2026/explanations/" })
        {
            await tab.Page.GotoAsync(site.Root.Url(path));
            await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(0, await tab.Page.Locator("script").CountAsync());
            Assert.Equal("get", await tab.Page.Locator("form.search-form").GetAttributeAsync("method"));
        }

        Assert.Empty(tab.Errors);
        Assert.DoesNotContain(tab.Requests, r => r.Contains("/search-index/", StringComparison.Ordinal) || r.Contains("search.js", StringComparison.Ordinal));
        await SearchAsync(tab, "支出");
        Assert.Contains(tab.Requests, r => r.Contains("/assets/search.js", StringComparison.Ordinal));
        AssertOnlyLocal(tab, site.Root);
    }

    [BrowserFact]
    public async Task Words_on_different_rows_of_a_page_find_it_and_the_page_shows_why()
    {
        await using var tab = await site.OpenAsync();
        var results = await SearchAsync(tab, "2080505 住房公积金");
        Assert.Contains("/units/changji-hitech-innovation-center/2025/tables/expenditure-summary/", results.Select(r => StripTextFragment(r.Href)));
        Assert.All(results, r =>
        {
            var path = StripTextFragment(r.Href).Split('#')[0].TrimStart('/');
            var html = File.ReadAllText(Path.Combine(site.SiteDir, path, "index.html"));
            Assert.True(html.Contains("2080505", StringComparison.Ordinal) && html.Contains("住房公积金", StringComparison.Ordinal), r.Href);
        });
        await ShotsAsync(tab, "multi-word");
        Assert.Empty(tab.Errors);
    }

    [BrowserFact]
    public async Task A_long_query_is_shortened_in_the_title()
    {
        await using var tab = await site.OpenAsync();
        var query = string.Concat(Enumerable.Repeat("科学技术支出", 84))[..500];
        await SearchAsync(tab, query);
        var title = await tab.Page.TitleAsync();
        Assert.StartsWith("“" + query[..30] + "…”的搜索结果", title, StringComparison.Ordinal);
        Assert.True(title.Length < 80, title);
        var status = await tab.Page.Locator("#search-status").InnerTextAsync();
        Assert.True(status.Length < 80, status);
        await ShotsAsync(tab, "long-query");
    }

    /// <summary>The page as it is at 390 and 1366 px wide, full length, for a person to look at (/tmp/wt-index-shots).</summary>
    private static async Task ShotsAsync(BrowserPage tab, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "wt-index-shots");
        Directory.CreateDirectory(dir);
        foreach (var width in new[] { 390, 1366 })
        {
            await tab.Page.SetViewportSizeAsync(width, 900);
            var overflow = await tab.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"{name} is wider than {width} px");
            await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"{name}-{width}.png"), FullPage = true });
        }
    }

    [BrowserTheory]
    [InlineData("科学技术支出")]
    [InlineData("机关事业单位基本养老保险缴费支出")]
    [InlineData("2080505")]
    [InlineData("支出")]
    [InlineData("2080505 住房公积金")]
    public async Task A_query_downloads_under_50_kB(string query)
    {
        await using var tab = await site.OpenAsync();
        await SearchAsync(tab, query);
        var bytes = await tab.BytesAsync("/search-index/");
        Assert.True(bytes < 50_000, $"{query}: {bytes} bytes");
    }

    [BrowserTheory]
    [InlineData("科学技术支出")]
    [InlineData("2080505")]
    [InlineData("委托业务费")]
    [InlineData("科技 创新")]
    [InlineData("2080505 住房公积金")]
    [InlineData("３,４８６.０２")]
    [InlineData("局")]
    public async Task The_browser_and_the_build_tokenise_and_rank_alike(string query)
    {
        await using var tab = await site.OpenAsync();
        await SearchAsync(tab, query);
        var js = await tab.Page.EvaluateAsync<int[]>("q => window.gongkaiSearch.search(q).then(r => r.docs)", query);
        var searcher = IndexSearcher.ForDirectory(Path.Combine(site.SiteDir, "search-index"));
        Assert.Equal(searcher.Search(query).Hits.Select(h => h.Doc), js);
    }

    [BrowserTheory]
    [InlineData("科技创新")]
    [InlineData("支出")]
    [InlineData("250.00")]
    [InlineData("绩效目标")]
    [InlineData("2080505 住房公积金")]
    public async Task The_page_shows_what_the_build_side_searcher_shows(string query)
    {
        await using var tab = await site.OpenAsync();
        var shown = (await SearchAsync(tab, query)).Select(r => StripTextFragment(r.Href)).ToList();
        var searcher = IndexSearcher.ForDirectory(Path.Combine(site.SiteDir, "search-index"));
        var expected = searcher.Page(searcher.Search(query), take: 10).Select(r => "/" + r.Target).ToList();
        Assert.Equal(expected, shown);
    }

    [BrowserFact]
    public async Task The_tokeniser_in_the_browser_matches_the_build()
    {
        await using var tab = await site.OpenAsync();
        await tab.Page.GotoAsync(site.Root.Url("search/"));
        string[] samples =
        [
            "2026 年科教兴市栏目、科技创新孵化载体备案认定",
            "增长 3,486.02%，比上年 1,234,567 元；12,5",
            "ＡＢＣ２０８０５０５　全角",
            "𠀀中文 v1.2.3 (2060599) “三公”经费",
            "",
        ];
        foreach (var sample in samples)
        {
            var terms = new List<string>();
            Tokenizer.IndexTerms(sample, (t, _) => terms.Add(t));
            Assert.Equal(terms, await tab.Page.EvaluateAsync<string[]>("s => window.gongkaiSearch.indexTerms(s)", sample));
            Assert.Equal(Tokenizer.Plan(sample).Terms, await tab.Page.EvaluateAsync<string[]>("s => window.gongkaiSearch.plan(s).terms", sample));
            Assert.Equal(Tokenizer.Plan(sample).Phrases, await tab.Page.EvaluateAsync<string[]>("s => window.gongkaiSearch.plan(s).phrases", sample));
            Assert.Equal(Tokenizer.Compact(sample), await tab.Page.EvaluateAsync<string>("s => window.gongkaiSearch.compact(s)", sample));
            foreach (var term in terms)
            {
                Assert.Equal(TermHash.Fnv1a(term), await tab.Page.EvaluateAsync<uint>("s => window.gongkaiSearch.hash(s)", term));
            }
        }

        var longRun = "机关事业单位基本养老保险缴费支出科学技术支出";
        Assert.Equal(Tokenizer.Plan(longRun).Terms, await tab.Page.EvaluateAsync<string[]>("s => window.gongkaiSearch.plan(s).terms", longRun));
    }

    internal static async Task<List<(string Href, string Text)>> SearchAsync(BrowserPage tab, StaticSite host, string query)
    {
        await tab.Page.GotoAsync(host.Url("search/?q=" + Uri.EscapeDataString(query)));
        return await WaitForResultsAsync(tab.Page);
    }

    private Task<List<(string Href, string Text)>> SearchAsync(BrowserPage tab, string query) => SearchAsync(tab, site.Root, query);

    /// <summary>Every result, clicking "more" until there is none.</summary>
    private async Task<List<(string Href, string Text)>> SearchAllAsync(BrowserPage tab, string query)
    {
        var results = await SearchAsync(tab, query);
        while (await tab.Page.Locator("#search-more").IsVisibleAsync())
        {
            var count = results.Count;
            await tab.Page.Locator("#search-more").ClickAsync();
            await tab.Page.WaitForFunctionAsync($"document.querySelectorAll('#search-results > li').length > {count} || document.getElementById('search-more').hidden");
            results = await ReadResultsAsync(tab.Page);
        }

        return results;
    }

    /// <summary>
    /// Wait for a form-submitted search page to be parsed, not loaded: its "load" event once failed to come within
    /// 30 s on a loaded CI machine while the page was already there; every check after it polls the page itself.
    /// </summary>
    internal static readonly PageWaitForURLOptions Parsed = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    internal static async Task<List<(string Href, string Text)>> WaitForResultsAsync(IPage page)
    {
        await page.WaitForFunctionAsync("(() => { const s = document.getElementById('search-status').textContent; return s.indexOf('共找到') >= 0 || s.indexOf('没有') >= 0; })()");
        return await ReadResultsAsync(page);
    }

    private static async Task<List<(string Href, string Text)>> ReadResultsAsync(IPage page)
    {
        var items = await page.Locator("#search-results > li").AllAsync();
        var results = new List<(string, string)>();
        foreach (var item in items)
        {
            results.Add((await item.Locator("a").First.GetAttributeAsync("href") ?? "", await item.InnerTextAsync()));
        }

        return results;
    }

    /// <summary>"/a/#x:~:text=y" → "/a/#x"; "/a/#:~:text=y" → "/a/".</summary>
    internal static string StripTextFragment(string href)
    {
        var directive = href.IndexOf(":~:", StringComparison.Ordinal);
        var bare = directive < 0 ? href : href[..directive];
        return Uri.UnescapeDataString(bare.EndsWith('#') ? bare[..^1] : bare);
    }

    internal static void AssertOnlyLocal(BrowserPage tab, StaticSite host) =>
        Assert.All(tab.Requests, r => Assert.StartsWith(host.Origin + "/", r, StringComparison.Ordinal));
}
