using Gongkai.BrowserTests.Support;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>
/// The 网站地图 split into parts (the root site's is split, SiteFixture.SplitSitemap) at a phone (390 px) and a desktop
/// (1366 px) width, JavaScript off. Screenshots go to /tmp/wt-sitemap-shots. What a reader relies on is asserted: each
/// level is indented further than the one above it, the page never scrolls sideways, a part's note stays beside or
/// under its link inside the column, and the links between parts are targets of at least 44 px on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SitemapLayoutTests(SiteFixture site)
{
    private const string Shots = "/tmp/wt-sitemap-shots";

    /// <summary>For each list item: its depth class and the left edge of its link.</summary>
    private const string Levels = "() => [...document.querySelectorAll('ul.sitemap > li')].map(li => [parseInt(li.className.replace('depth-', '')), li.querySelector('a').getBoundingClientRect().left])";

    [BrowserTheory]
    [InlineData("sitemap/", 390)]
    [InlineData("sitemap/", 1366)]
    [InlineData("sitemap/2/", 390)]
    [InlineData("sitemap/2/", 1366)]
    public async Task A_split_sitemap_page_lays_out_readably(string path, int width)
    {
        await using var tab = await site.OpenAsync(javaScript: false, enforceCsp: true);
        await tab.Page.SetViewportSizeAsync(width, 900);
        await tab.Page.GotoAsync(site.Root.Url(path));
        Directory.CreateDirectory(Shots);
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = $"{Shots}/{path.Replace('/', '-')}{width}.png", FullPage = true });
        Assert.Empty(tab.Errors);

        var overflow = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px");

        // Every item deeper than the one before it starts further right; a shallower one starts further left.
        var levels = await tab.Page.EvaluateAsync<double[][]>(Levels);
        Assert.True(levels.Length > 10, $"{levels.Length} links");
        for (var i = 1; i < levels.Length; i++)
        {
            var (depth, left, before, beforeLeft) = (levels[i][0], levels[i][1], levels[i - 1][0], levels[i - 1][1]);
            if (depth != before)
            {
                Assert.True(depth > before ? left > beforeLeft + 8 : left < beforeLeft - 8, $"item {i} (depth {depth}) at {left} px after depth {before} at {beforeLeft} px");
            }
        }

        var main = await tab.Page.EvaluateAsync<double[]>("() => { const r = document.querySelector('main').getBoundingClientRect(); return [r.left, r.right]; }");
        var notes = await tab.Page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('.part-note')].map(n => { const r = n.getBoundingClientRect(); return [r.left, r.right]; })");
        Assert.All(notes, n => Assert.True(n[0] >= main[0] && n[1] <= main[1] + 0.5, $"a part note at {n[0]}–{n[1]} px, outside the column {main[0]}–{main[1]} px"));

        if (path == "sitemap/")
        {
            Assert.True(notes.Length >= 2, $"{notes.Length} parts listed on the main page");
            return;
        }

        var pager = await tab.Page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('nav.pager a')].map(a => { const r = a.getBoundingClientRect(); return [r.height, r.left, r.right]; })");
        Assert.Equal(2, pager.Length); // part 2 of at least 3: a previous and a next part
        if (width == 390)
        {
            Assert.All(pager, a => Assert.True(a[0] >= 44, $"a link to another part is {a[0]} px tall"));
        }

        var nav = await tab.Page.EvaluateAsync<double>("() => document.querySelector('nav.pager').getBoundingClientRect().right");
        Assert.True(pager[1][2] > nav - 1, $"the next part's link ends at {pager[1][2]} px, not at the right edge of its row ({nav} px)");
    }
}
