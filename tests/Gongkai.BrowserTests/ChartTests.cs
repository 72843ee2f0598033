using Gongkai.BrowserTests.Support;

namespace Gongkai.BrowserTests;

/// <summary>
/// Issue 10: the bar lists (unit-year overview, 表6, 三公) are readable on a 360 px phone and at 200% text size:
/// text at least 12 CSS px, every text box and bar inside its list (nothing clipped or overflowing), bars at least
/// 3:1 against the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests(SiteFixture site)
{
    private const string ChartProblems = """
        () => {
          const out = [];
          const lum = c => {
            const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const page = getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : getComputedStyle(document.body).backgroundColor;
          const lists = document.querySelectorAll('.chart-figure .bar-list');
          for (const list of lists) {
            const box = list.getBoundingClientRect();
            for (const el of list.querySelectorAll('.bar-name, .bar-value, svg.bar')) {
              const r = el.getBoundingClientRect();
              const label = (el.textContent || el.closest('li').textContent).slice(0, 30);
              if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`outside its list (${r.left.toFixed(1)}–${r.right.toFixed(1)} in ${box.left.toFixed(1)}–${box.right.toFixed(1)}): ${label}`);
              if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'svg') out.push(`clipped text: ${label}`);
              if (el.tagName === 'svg') {
                const fill = getComputedStyle(el.querySelector('.bar-fill')).fill;
                if (ratio(fill, page) < 3) out.push(`bar ${fill} under 3:1 against ${page}`);
                continue;
              }
              const fs = parseFloat(getComputedStyle(el).fontSize);
              if (fs < 12) out.push(`${fs} px text: ${label}`);
            }
          }
          const doc = document.documentElement;
          if (doc.scrollWidth > window.innerWidth) out.push(`page ${doc.scrollWidth} px wide in ${window.innerWidth} px`);
          return [String(lists.length), ...out];
        }
        """;

    [BrowserTheory]
    [InlineData(360, 1)]
    [InlineData(1366, 1)]
    [InlineData(1366, 2)]
    [InlineData(390, 2)]
    public async Task Every_chart_is_readable_and_inside_its_drawing(int width, int textZoom)
    {
        var units = Path.Combine(site.SiteDir, "units");
        var pages = Directory.GetDirectories(units).SelectMany(Directory.GetDirectories)
            .SelectMany(year => new[] { year, Path.Combine(year, "tables", "general-budget-basic"), Path.Combine(year, "tables", "three-public") })
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .Select(d => Path.GetRelativePath(site.SiteDir, d).Replace('\\', '/') + "/").Order(StringComparer.Ordinal).ToList();
        await using var tab = await site.OpenAsync();
        await tab.Page.SetViewportSizeAsync(width, 900);
        var problems = new List<string>();
        var charts = 0;
        foreach (var path in pages)
        {
            await tab.Page.GotoAsync(site.Root.Url(path));
            await tab.ZoomTextAsync(textZoom); // 200% text size (WCAG 1.4.4)
            var found = await tab.Page.EvaluateAsync<string[]>(ChartProblems);
            charts += int.Parse(found[0], System.Globalization.CultureInfo.InvariantCulture);
            problems.AddRange(found.Skip(1).Select(p => $"{path} @ {width} ×{textZoom}: {p}"));
        }

        // Seeds 000, 001 and 004 overviews, all five 表6, and the two 三公 tables with two or more items (001, 003).
        Assert.True(charts >= 3 + 5 + 2, $"{charts} charts on {pages.Count} pages");
        Assert.Empty(problems);
    }
}
