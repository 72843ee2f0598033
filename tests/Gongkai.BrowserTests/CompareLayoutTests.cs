using Gongkai.BrowserTests.Support;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>
/// Issue 12: the comparison pages at a phone (390 px) and a desktop (1366 px) width. Screenshots go to
/// /tmp/wt-compare-shots for a person to look at; what looked wrong there is asserted here: bars of one chart
/// share one track width (the value column once sized each track), chart text is at least 12 px, the page
/// itself never scrolls sideways (wide tables scroll inside their frame), and on a phone a unit name keeps a
/// readable width instead of one character per line.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareLayoutTests(SiteFixture site)
{
    private const string Shots = "/tmp/wt-compare-shots";

    [BrowserTheory]
    [InlineData("codes/functional/206/", "code", 390)]
    [InlineData("codes/functional/206/", "code", 1366)]
    [InlineData("regions/changji/2025/", "region", 390)]
    [InlineData("regions/changji/2025/", "region", 1366)]
    [InlineData("regions/changji/2025/three-public/", "three-public", 390)]
    [InlineData("regions/changji/2025/three-public/", "three-public", 1366)]
    public async Task Comparison_pages_lay_out_readably(string path, string name, int width)
    {
        await using var tab = await site.OpenAsync(javaScript: false, enforceCsp: true);
        await tab.Page.SetViewportSizeAsync(width, 900);
        await tab.Page.GotoAsync(site.Root.Url(path));
        Directory.CreateDirectory(Shots);
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = $"{Shots}/{name}-{width}.png", FullPage = true });
        Assert.Empty(tab.Errors);

        var overflow = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px");

        var tracks = await tab.Page.EvaluateAsync<double[]>("() => [...document.querySelector('.bar-list').querySelectorAll('.bar-track')].map(t => t.getBoundingClientRect().width)");
        Assert.True(tracks.Length > 1);
        Assert.All(tracks, w => Assert.InRange(w, tracks[0] - 0.5, tracks[0] + 0.5));

        var fonts = await tab.Page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.bar-label, .bar-value, .bars figcaption')].map(e => parseFloat(getComputedStyle(e).fontSize))");
        Assert.All(fonts, f => Assert.True(f >= 12, $"chart text {f} px"));

        // The bars are drawn by CSS (a width class per bar): with the site's CSP enforced, a bar still has its width.
        var widest = await tab.Page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.bar')].map(b => b.getBoundingClientRect().width))");
        Assert.True(widest > tracks[0] * 0.9, $"the largest bar is {widest} px of a {tracks[0]} px track");

        var names = await tab.Page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('table.compare tbody th[scope=row]')].map(th => th.getBoundingClientRect().width)");
        Assert.NotEmpty(names);
        Assert.All(names, w => Assert.True(w >= 100, $"a unit name column is {w} px wide"));

        if (width == 390)
        {
            // On a phone the label sits above its bar, so a long unit name does not squeeze the bar.
            var stacked = await tab.Page.EvaluateAsync<bool>("() => { const r = document.querySelector('.bar-row'); return r.querySelector('.bar-label').getBoundingClientRect().bottom <= r.querySelector('.bar-track').getBoundingClientRect().top + 1; }");
            Assert.True(stacked);
        }
    }
}
