using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Cli.Preview;
using Gongkai.Tests.Support;
using Xunit.Abstractions;

namespace Gongkai.Tests.Cli.Preview;

/// <summary>The real preview server on a free loopback port, under load, through rebuilds and broken input.</summary>
public sealed class PreviewServerTests(ITestOutputHelper log)
{
    private const string Table = "content/units/changji-hitech-innovation-center/2025/tables/expenditure-summary.yml";
    private const string GoodCell = "total: 3.46, basic: 3.46 }";

    private static readonly string[] Paths = ["", "glossary/", "units/urumqi-sti-info-center/2026/", "assets/site.css", "sitemap.xml", "no-such-page/"];

    [Fact]
    public async Task Under_load_with_rebuilds_good_and_failed_no_request_gets_a_server_error()
    {
        using var site = new SiteCopy();
        var preview = new PreviewSite(site.Root, TextWriter.Null, TextWriter.Null);
        Assert.True(preview.Rebuild());
        var (app, origin) = await PreviewServer.StartAsync(preview, 0);
        await using var server = app;
        Assert.StartsWith("http://127.0.0.1:", origin, StringComparison.Ordinal);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var statuses = new System.Collections.Concurrent.ConcurrentBag<int>();
        var rebuilding = 0;
        var duringRebuild = 0;

        async Task Client(int offset)
        {
            for (var i = offset; !stop.IsCancellationRequested; i++)
            {
                var during = Volatile.Read(ref rebuilding) == 1;
                using var response = await http.GetAsync(origin + "/" + Paths[i % Paths.Length], CancellationToken.None);
                _ = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                statuses.Add((int)response.StatusCode);
                if (during)
                {
                    Interlocked.Increment(ref duringRebuild);
                }
            }
        }

        var clients = new[] { Task.Run(() => Client(0)), Task.Run(() => Client(3)) };
        var disclosure = "content/units/urumqi-sti-info-center/2026/disclosure.yml";
        var original = site.Read(disclosure);
        var results = new List<bool>();
        for (var round = 0; round < 3 && !stop.IsCancellationRequested; round++)
        {
            site.Write(disclosure, original.Replace("title: ", $"title: 第{round}次 ", StringComparison.Ordinal));
            if (round == 1)
            {
                site.Replace(Table, GoodCell, "total: 3.4x, basic: 3.46 }");
            }
            else if (round == 2)
            {
                site.Replace(Table, "total: 3.4x, basic: 3.46 }", GoodCell);
            }

            // Besides the two clients, this loop itself requests pages for as long as the rebuild runs, so every
            // rebuild is overlapped by requests however busy the machine is.
            Volatile.Write(ref rebuilding, 1);
            var rebuild = Task.Run(preview.Rebuild);
            for (var i = 0; !rebuild.IsCompleted; i++)
            {
                using var response = await http.GetAsync(origin + "/" + Paths[i % Paths.Length], CancellationToken.None);
                _ = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                statuses.Add((int)response.StatusCode);
                Interlocked.Increment(ref duringRebuild);
            }

            results.Add(await rebuild);
            Volatile.Write(ref rebuilding, 0);
        }

        // A loaded machine rebuilds in a few seconds with few requests in between: keep the clients going (bounded
        // by the 20 s token) until the load is worth the name, then stop.
        while (statuses.Count < 200 && !stop.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None);
        }

        await stop.CancelAsync();
        await Task.WhenAll(clients);

        log.WriteLine($"{statuses.Count} requests ({duringRebuild} started during a rebuild), {statuses.Count(s => s >= 500)} server errors, {results.Count} rebuilds");
        Assert.True(duringRebuild > 0, "no request was served while a rebuild ran");
        Assert.Equal([true, false, true], results);
        Assert.True(statuses.Count >= 200, $"only {statuses.Count} requests");
        Assert.DoesNotContain(statuses, s => s >= 500);
        Assert.Contains(statuses, s => s == 404);
        Assert.Equal(4, preview.State.Version);
        var home = await http.GetStringAsync(origin + "/units/urumqi-sti-info-center/2026/");
        Assert.Contains("第2次", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_inside_a_unit_is_served_before_the_rest_of_the_site_is_rendered_again_and_then_all_equals_a_full_build()
    {
        using var site = new SiteCopy();
        var preview = new PreviewSite(site.Root, TextWriter.Null, TextWriter.Null);
        Assert.True(preview.Rebuild());
        var (app, origin) = await PreviewServer.StartAsync(preview, 0);
        await using var server = app;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        const string page = "/units/changji-hitech-innovation-center/2025/tables/expenditure-summary/";
        Assert.DoesNotContain("（预览修订）", await http.GetStringAsync(origin + page), StringComparison.Ordinal);
        var before = preview.State;

        // A table's title is shown by this unit's pages and by site-wide ones (search index, comparisons).
        site.Replace(Table, "\ntitle: 昌吉高新区创业创新投资服务中心支出总体情况表", "\ntitle: 昌吉高新区创业创新投资服务中心支出总体情况表（预览修订）");
        Assert.True(preview.Rebuild([Table]));
        var fast = preview.State;
        Assert.Contains("（预览修订）", await http.GetStringAsync(origin + page), StringComparison.Ordinal);
        Assert.Equal(before.Version + 1, fast.Version);
        Assert.Empty(fast.Problems);

        // Pages outside the unit are the previous build's until the background render publishes the whole site.
        Assert.Same(before.Site!.Files["search/index.html"], fast.Site!.Files["search/index.html"]);
        await preview.SiteRendered.WaitAsync(TimeSpan.FromMinutes(2));
        var rendered = preview.State;
        Assert.Equal(fast.Version + 1, rendered.Version);
        var (_, diagnostics, expected) = Gongkai.Build.BuildPipeline.Render(site.Root);
        Assert.DoesNotContain(diagnostics, d => d.IsBlocking);
        Assert.Equal(expected!.Select(f => f.Path).Order(StringComparer.Ordinal), rendered.Site!.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var file in expected!)
        {
            Assert.True(file.Content.AsSpan().SequenceEqual(rendered.Site.Files[file.Path]), $"{file.Path} differs from a full build");
        }
    }

    [Fact]
    public void A_broken_edit_inside_a_unit_keeps_the_last_good_site_and_its_fix_is_picked_up_by_the_fast_path()
    {
        using var site = new SiteCopy();
        var preview = new PreviewSite(site.Root, TextWriter.Null, TextWriter.Null);
        Assert.True(preview.Rebuild());
        var good = preview.State.Site;

        site.Replace(Table, GoodCell, "total: 3.4x, basic: 3.46 }");
        Assert.False(preview.Rebuild([Table]));
        Assert.Same(good, preview.State.Site);
        Assert.Contains(preview.State.Problems, d => d.Code == "GK1005" && d.Span.File == Table);

        site.Replace(Table, "total: 3.4x, basic: 3.46 }", GoodCell);
        Assert.True(preview.Rebuild([Table]));
        Assert.Empty(preview.State.Problems);
        Assert.NotSame(good, preview.State.Site);
    }

    [Fact]
    public async Task A_template_or_content_error_keeps_the_site_up_and_shows_the_diagnostic_until_fixed()
    {
        using var site = new SiteCopy();
        var preview = new PreviewSite(site.Root, TextWriter.Null, TextWriter.Null);
        Assert.True(preview.Rebuild());
        var (app, origin) = await PreviewServer.StartAsync(preview, 0);
        await using var server = app;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var goodHome = await http.GetStringAsync(origin + "/");
        Assert.Null(Overlay(goodHome));

        // 1. A template syntax error: the server stays up, pages are the last good ones, the overlay names it.
        var template = site.Read("templates/home.hbs");
        site.Write("templates/home.hbs", template + "{{#if Site}\n");
        Assert.False(preview.Rebuild());
        using (var response = await http.GetAsync(origin + "/"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var overlay = Overlay(await response.Content.ReadAsStringAsync());
            Assert.NotNull(overlay);
            Assert.Matches("GK000[12]", overlay);
            Assert.Contains("templates", overlay, StringComparison.Ordinal);
        }

        // 2. A broken amount carrying markup: shown with file:line:col, as text (no element made from it).
        site.Write("templates/home.hbs", template);
        var line = site.Replace(Table, GoodCell, "total: \"<img src=x onerror=alert(1)>\", basic: 3.46 }");
        var column = site.Read(Table).Split('\n')[line - 1].IndexOf("\"<img", StringComparison.Ordinal) + 1;
        Assert.False(preview.Rebuild());
        var page = await http.GetStringAsync(origin + "/glossary/");
        var document = new HtmlParser().ParseDocument(page);
        var box = document.GetElementById("gongkai-overlay");
        Assert.NotNull(box);
        Assert.True(box.TextContent.Contains($"{Table}:{line}:{column}", StringComparison.Ordinal), $"{line}:{column} in {box.TextContent}");
        Assert.Contains("GK1005", box.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", box.TextContent, StringComparison.Ordinal);
        Assert.Empty(box.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("script:not([src]), style, [style]"));
        Assert.NotNull(document.QuerySelector($"link[rel=stylesheet][href='{PreviewAssets.StylePath}']"));
        Assert.Equal(200, (int)(await http.GetAsync(origin + PreviewAssets.StylePath)).StatusCode);
        Assert.Contains("EventSource", await http.GetStringAsync(origin + PreviewAssets.ScriptPath), StringComparison.Ordinal);

        // 3. Fixed: a page waiting on the event stream is told to reload, and the overlay is gone.
        var version = preview.State.Version;
        var waiting = http.GetStringAsync($"{origin}{PreviewAssets.EventsPath}?since={version}");
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        site.Replace(Table, "total: \"<img src=x onerror=alert(1)>\", basic: 3.46 }", GoodCell);
        Assert.True(preview.Rebuild());
        Assert.Contains("data: reload", await waiting.WaitAsync(TimeSpan.FromSeconds(10)), StringComparison.Ordinal);
        Assert.Null(Overlay(await http.GetStringAsync(origin + "/")));
    }

    [Fact]
    public async Task Before_any_good_build_every_page_is_the_error_page_and_a_saved_fix_is_picked_up_by_the_watcher()
    {
        using var site = new SiteCopy();
        site.Replace(Table, GoodCell, "total: 3.4x, basic: 3.46 }");
        var preview = new PreviewSite(site.Root, TextWriter.Null, TextWriter.Null);
        Assert.False(preview.Rebuild());
        var (app, origin) = await PreviewServer.StartAsync(preview, 0);
        await using var server = app;
        using var watcher = preview.Watch();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        using (var response = await http.GetAsync(origin + "/units/"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("GK1005", Overlay(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var version = preview.State.Version;
        site.Replace(Table, "total: 3.4x, basic: 3.46 }", GoodCell);
        var clock = Stopwatch.StartNew();
        while (preview.State.Site is null && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100);
        }

        Assert.True(preview.State.Version > version);
        using var home = await http.GetAsync(origin + "/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Null(Overlay(await home.Content.ReadAsStringAsync()));
    }

    /// <summary>The overlay's text, or null when the page has none.</summary>
    private static string? Overlay(string html) => new HtmlParser().ParseDocument(html).GetElementById("gongkai-overlay")?.TextContent;
}
