using Gongkai.BrowserTests.Support;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>
/// Issue 10: every budget table reads at a phone's and a desktop's width. Each test visits every page of its kind
/// in the built site and reports every failing cell at once (page, width, cell), so one run lists the whole problem.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TableLayoutTests(SiteFixture site)
{
    /// <summary>
    /// Problems on one table page, as text: a row header narrower than 8 × its font size; a cell whose text wraps to
    /// fewer than two characters a line; a scroll region that, scrolled to its right and bottom end, no longer shows
    /// its header row and name column on top (elementFromPoint, so a cell covered by another counts as hidden);
    /// line height under 1.5; on a phone, a table page link or toggle under 44 px high; a page wider than its viewport.
    /// </summary>
    private const string TableProblems = """
        (minNameChars) => {
          const out = [];
          const where = el => (el.closest('tr')?.innerText ?? '').split('\n')[0].slice(0, 30);
          for (const th of document.querySelectorAll('table.budget tbody th[scope=row]')) {
            const fs = parseFloat(getComputedStyle(th).fontSize);
            const w = th.getBoundingClientRect().width;
            if (w < minNameChars * fs) out.push(`row header ${w.toFixed(1)} px < ${minNameChars} × ${fs} px: ${where(th)}`);
          }
          for (const cell of document.querySelectorAll('table.budget th, table.budget td, table.indicators th, table.indicators td')) {
            if (cell.offsetParent === null) continue;
            const text = cell.innerText.replace(/\s/g, '');
            if (text.length < 2) continue;
            const range = document.createRange();
            range.selectNodeContents(cell);
            const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
            if (tops.size > 1 && text.length / tops.size < 2) out.push(`one character per line (${tops.size} lines): "${text.slice(0, 20)}"`);
          }
          for (const wrap of document.querySelectorAll('.budget-wrap')) {
            wrap.scrollIntoView({ block: 'start' });
            wrap.scrollLeft = wrap.scrollWidth;
            wrap.scrollTop = wrap.scrollHeight;
            const box = wrap.getBoundingClientRect();
            const visible = el => {
              const r = el.getBoundingClientRect();
              const x = Math.min(Math.max(r.left + 4, box.left + 2), box.right - 2), y = (r.top + r.bottom) / 2;
              const hit = document.elementFromPoint(x, y);
              return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && hit !== null && el.contains(hit);
            };
            const nameHead = wrap.querySelector('thead th.stub.name');
            if (!nameHead || !visible(nameHead)) out.push('name header hidden after scrolling to the right end');
            const heads = [...wrap.querySelectorAll('thead th.num')];
            const lastHead = heads.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
            if (lastHead && !visible(lastHead)) out.push(`last column header "${lastHead.innerText}" hidden after scrolling to the right end`);
            const names = [...wrap.querySelectorAll('tbody th.name')];
            const last = names[names.length - 1];
            if (last && !visible(last)) out.push(`name of the last row hidden after scrolling to the right end: ${last.innerText}`);
            wrap.scrollLeft = 0;
            wrap.scrollTop = 0;
          }
          for (const cell of document.querySelectorAll('table.budget tbody tr:first-child > *')) {
            const cs = getComputedStyle(cell);
            if (parseFloat(cs.lineHeight) < 1.5 * parseFloat(cs.fontSize)) out.push(`line height ${cs.lineHeight} under 1.5 × ${cs.fontSize}`);
          }
          if (window.innerWidth <= 640) {
            for (const el of document.querySelectorAll('main .downloads a, main .pager a, main .table-index a, main .table-index [aria-current], main .published-columns summary')) {
              const h = el.getBoundingClientRect().height;
              if (h < 44) out.push(`touch target ${h.toFixed(1)} px high: ${el.innerText.slice(0, 20)}`);
            }
          }
          const doc = document.documentElement;
          if (doc.scrollWidth > window.innerWidth) out.push(`page ${doc.scrollWidth} px wide in a ${window.innerWidth} px viewport`);
          return out;
        }
        """;

    private static IEnumerable<string> TablePages(string siteDir) =>
        Directory.GetDirectories(Path.Combine(siteDir, "units"), "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(Path.GetDirectoryName(d)) == "tables" && File.Exists(Path.Combine(d, "index.html")))
            .Select(d => Path.GetRelativePath(siteDir, d).Replace('\\', '/') + "/")
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Every table page at a phone's and a desktop's width, and (WCAG 1.4.10, 1.4.4) at 320 px and at 200% text: names
    /// readable, labels in view, the page never wider than its viewport. At 200% text on a phone the name column must be
    /// at least 4 of its doubled characters wide (as wide as 8 at normal size): 8 doubled characters would leave no room
    /// for a number beside it.
    /// </summary>
    [BrowserTheory]
    [InlineData(390, 1, 8)]
    [InlineData(1366, 1, 8)]
    [InlineData(320, 1, 8)]
    [InlineData(390, 2, 4)]
    [InlineData(1366, 2, 8)]
    public async Task Every_table_page_keeps_names_readable_and_labels_in_view(int width, int textZoom, int minNameChars)
    {
        var pages = TablePages(site.SiteDir).ToList();
        Assert.Equal(12 + 11 + 11 + 11 + 11, pages.Count); // every table of the five seeds (TablePageTests)
        await using var tab = await site.OpenAsync(javaScript: false);
        await tab.Page.SetViewportSizeAsync(width, 900);
        var problems = await tab.CollectAsync(site.Root, pages, TableProblems, minNameChars, $"{width} ×{textZoom}", textZoom);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(tab.Errors);
    }

    [BrowserTheory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task Performance_tables_do_not_overflow_a_phone(int width)
    {
        var pages = Directory.GetFiles(Path.Combine(site.SiteDir, "units"), "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "performance")
            .Select(f => Path.GetRelativePath(site.SiteDir, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);
        await using var tab = await site.OpenAsync(javaScript: false);
        await tab.Page.SetViewportSizeAsync(width, 900);
        var problems = new List<string>();
        var tables = 0;
        foreach (var path in pages)
        {
            await tab.Page.GotoAsync(site.Root.Url(path));
            tables += await tab.Page.Locator("table.indicators").CountAsync();
            var found = await tab.Page.EvaluateAsync<string[]>("""
                () => {
                  const out = [];
                  for (const t of document.querySelectorAll('table.indicators')) {
                    const wrap = t.closest('.table-wrap');
                    if (wrap.scrollWidth > wrap.clientWidth + 1) out.push(`${t.closest('section').id}: ${wrap.scrollWidth} px in ${wrap.clientWidth} px`);
                    for (const cell of t.querySelectorAll('tbody td, tbody th')) {
                      if (cell.offsetParent !== null && cell.innerText.trim() !== '' && !getComputedStyle(cell, '::before').content.includes(cell.dataset.label))
                        out.push(`${t.closest('section').id}: a cell without its label "${cell.dataset.label}"`);
                    }
                  }
                  const doc = document.documentElement;
                  if (doc.scrollWidth > window.innerWidth) out.push(`page ${doc.scrollWidth} px wide`);
                  return out;
                }
                """);
            problems.AddRange(found.Select(p => $"{path} @ {width}: {p}"));
        }

        Assert.True(tables > 20, $"{tables} indicator tables");
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task The_largest_table_is_screenshot_at_both_widths()
    {
        // The largest table: the page with the most body rows (seed 001 表3 today), found from the built pages.
        var largest = TablePages(site.SiteDir)
            .MaxBy(p => CountRows(File.ReadAllText(Path.Combine(site.SiteDir, p, "index.html"))))!;
        var folder = Path.Combine(SiteFixture.RepoRoot, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await using var tab = await site.OpenAsync(javaScript: false);
        foreach (var width in new[] { 390, 1366 })
        {
            await tab.Page.SetViewportSizeAsync(width, 900);
            await tab.Page.GotoAsync(site.Root.Url(largest));
            await tab.Page.Locator(".budget-wrap").First.ScrollIntoViewIfNeededAsync();
            var file = Path.Combine(folder, $"largest-table-{width}.png");
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000, file);
        }
    }

    private static int CountRows(string html)
    {
        var body = html.IndexOf("<tbody>", StringComparison.Ordinal);
        return body < 0 ? 0 : html[body..].Split("<tr class=").Length - 1;
    }
}
