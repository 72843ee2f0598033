using Gongkai.BrowserTests.Support;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>With JavaScript off, the header form is a plain link to the search page, which explains and offers links.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Without_javascript_the_header_form_reaches_a_readable_search_page()
    {
        await using var tab = await site.OpenAsync(javaScript: false);
        await tab.Page.GotoAsync(site.Root.Url("units/changji-hitech-zone/2025/"));
        await tab.Page.Locator("#site-search").FillAsync("科学技术支出");
        await tab.Page.Locator("#site-search").PressAsync("Enter");
        await tab.Page.WaitForURLAsync("**/search/?q=*");
        Assert.Contains("q=" + Uri.EscapeDataString("科学技术支出"), tab.Page.Url, StringComparison.OrdinalIgnoreCase);
        var fallback = tab.Page.Locator("#search-fallback");
        Assert.True(await fallback.IsVisibleAsync());
        Assert.Contains("JavaScript", await fallback.InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await tab.Page.Locator("#search-app").IsVisibleAsync());
        Assert.True(await tab.Page.GetByRole(AriaRole.Link, new() { Name = "名词解释" }).First.IsVisibleAsync());
        var home = tab.Page.Locator("#search-fallback a").First;
        Assert.Equal("/", await home.GetAttributeAsync("href"));
        await home.ClickAsync();
        await tab.Page.WaitForURLAsync(site.Root.Url());
    }

    [BrowserFact]
    public async Task Without_javascript_under_a_sub_path_the_form_stays_inside_it()
    {
        await using var tab = await site.OpenAsync(javaScript: false);
        await tab.Page.GotoAsync(site.SubPath.Url());
        await tab.Page.Locator("#site-search").FillAsync("委托业务费");
        await tab.Page.Locator("#site-search").PressAsync("Enter");
        await tab.Page.WaitForURLAsync("**/yusuan/search/?q=*");
        Assert.True(await tab.Page.Locator("#search-fallback").IsVisibleAsync());
        Assert.Equal("/yusuan/", await tab.Page.Locator("#search-fallback a").First.GetAttributeAsync("href"));
    }
}
