using Gongkai.BrowserTests.Support;

namespace Gongkai.BrowserTests;

/// <summary>
/// WCAG 1.4.10 (reflow at 320 CSS px) and 1.4.4 (200% text) on every page of the site, JavaScript off: the page never
/// scrolls sideways (only a table's own region may). A failure names the page and the text that sticks out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(SiteFixture site)
{
    /// <summary>The page's width and, when it is too wide, the first texts that reach past the viewport.</summary>
    private const string Overflow = """
        () => {
          const width = window.innerWidth, doc = document.documentElement;
          if (doc.scrollWidth <= width) return [];
          const out = [`page ${doc.scrollWidth} px wide in a ${width} px viewport`];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node; (node = walker.nextNode()) && out.length < 4;) {
            if (node.parentElement.closest('.table-wrap')) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            if ([...range.getClientRects()].some(r => r.right > width + 0.5)) out.push(`"${node.textContent.trim().slice(0, 30)}" in <${node.parentElement.tagName.toLowerCase()} class="${node.parentElement.className}">`);
          }
          return out;
        }
        """;

    [BrowserTheory]
    [InlineData(320, 1)]
    [InlineData(390, 2)]
    public async Task No_page_scrolls_sideways_at_320_px_or_at_200_percent_text(int width, int textZoom)
    {
        var pages = SitePages.Html(site.SiteDir);
        Assert.True(pages.Count > 50, $"only {pages.Count} pages found");
        await using var tab = await site.OpenAsync(javaScript: false);
        await tab.Page.SetViewportSizeAsync(width, 900);
        var problems = await tab.CollectAsync(site.Root, pages, Overflow, null, $"{width} ×{textZoom}", textZoom);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
