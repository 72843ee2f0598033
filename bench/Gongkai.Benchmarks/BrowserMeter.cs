using Gongkai.Index;
using Microsoft.Playwright;

namespace Gongkai.Benchmarks;

/// <summary>
/// Runs each query in a fresh browser context (cold cache) against the served site, the way a citizen would:
/// our search page, and Pagefind's own JavaScript API (search, then the first ten results' data). Bytes are
/// counted at the server, so nothing a worker fetches is missed.
/// </summary>
internal sealed class BrowserMeter(IBrowser browser, Gongkai.BrowserTests.Support.StaticSite host, string site)
{
    private readonly Dictionary<int, string> _docUrls = [];

    public async Task<(long Bytes, long Gzip, int Requests, TimeSpan Time)> OursAsync(string query)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        host.Served.Clear();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(host.Url("search/?q=" + Uri.EscapeDataString(query)));
        await page.WaitForFunctionAsync("(() => { const s = document.getElementById('search-status').textContent; return s.indexOf('共找到') >= 0 || s.indexOf('没有') >= 0; })()", null, new() { Timeout = 120_000 });
        var time = clock.Elapsed;
        var files = host.Served.Where(s => s.Path.Contains("/search-index/", StringComparison.Ordinal)).ToList();
        var gzip = files.Sum(f => IndexStats.Gzip(File.ReadAllBytes(Path.Combine(site, f.Path.TrimStart('/')))));
        return (files.Sum(f => f.Bytes), gzip, files.Count, time);
    }

    public async Task<(long Data, long Runtime, int Requests, IReadOnlyList<string> Ids, TimeSpan Time)> PagefindAsync(string query)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Url("404.html"));
        host.Served.Clear();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ids = await page.EvaluateAsync<string[]>(
            """
            async q => {
              const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI.replace(/404\.html$/, '')).href);
              await pagefind.init();
              const search = await pagefind.search(q);
              await Promise.all(search.results.slice(0, 10).map(r => r.data()));
              return search.results.map(r => r.id);
            }
            """, query);
        var time = clock.Elapsed;
        var files = host.Served.Where(s => s.Path.Contains("/pagefind/", StringComparison.Ordinal)).ToList();
        static bool Runtime(string path) => path.EndsWith(".js", StringComparison.Ordinal) || path.Contains("/wasm.", StringComparison.Ordinal);
        return (files.Where(f => !Runtime(f.Path)).Sum(f => f.Bytes), files.Where(f => Runtime(f.Path)).Sum(f => f.Bytes), files.Count, ids, time);
    }

    /// <summary>Every page our index answers for the query (all hits, not only the first shown), by the C# twin of search.js.</summary>
    public HashSet<string> OurPages(string query)
    {
        var searcher = IndexSearcher.ForDirectory(Path.Combine(site, "search-index"));
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in searcher.Search(query).Hits)
        {
            if (!_docUrls.TryGetValue(hit.Doc, out var url))
            {
                _docUrls[hit.Doc] = url = searcher.Doc(hit.Doc).Url;
            }

            pages.Add(url);
        }

        return pages;
    }
}
