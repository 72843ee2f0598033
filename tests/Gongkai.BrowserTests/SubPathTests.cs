using Gongkai.BrowserTests.Support;

namespace Gongkai.BrowserTests;

/// <summary>The site built with base_url /yusuan/ and served only under /yusuan/: search must stay inside it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SubPathTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Search_works_under_a_sub_path()
    {
        await using var tab = await site.OpenAsync();
        await tab.Page.GotoAsync(site.SubPath.Url("units/urumqi-sti-info-center/2026/"));
        await tab.Page.Locator("#site-search").FillAsync("红山科技创新券");
        await tab.Page.Locator("#site-search").PressAsync("Enter");
        await tab.Page.WaitForURLAsync("**/yusuan/search/?q=*", SearchPageTests.Parsed);
        var results = await SearchPageTests.WaitForResultsAsync(tab.Page);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.StartsWith("/yusuan/units/", r.Href, StringComparison.Ordinal));
        Assert.Contains(tab.Requests, r => r.StartsWith(site.SubPath.Origin + "/yusuan/search-index/", StringComparison.Ordinal));
        Assert.DoesNotContain(tab.Requests, r => r.StartsWith(site.SubPath.Origin + "/search-index/", StringComparison.Ordinal));
        SearchPageTests.AssertOnlyLocal(tab, site.SubPath);
        Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors.Concat(tab.Requests)));

        // A result leads to a page that exists under the sub-path.
        await tab.Page.Locator("#search-results a").First.ClickAsync();
        await tab.Page.WaitForURLAsync(url => url.StartsWith(site.SubPath.Url("units/"), StringComparison.Ordinal));
        Assert.DoesNotContain("页面不存在", await tab.Page.TitleAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Every_result_link_under_the_sub_path_resolves()
    {
        await using var tab = await site.OpenAsync();
        var results = await SearchPageTests.SearchAsync(tab, site.SubPath, "科技");
        Assert.NotEmpty(results);
        foreach (var href in results.Select(r => SearchPageTests.StripTextFragment(r.Href)).Select(h => h.Split('#')[0]).Distinct())
        {
            var response = await tab.Page.APIRequest.GetAsync(site.SubPath.Origin + href);
            Assert.True(response.Ok, href);
        }
    }
}
