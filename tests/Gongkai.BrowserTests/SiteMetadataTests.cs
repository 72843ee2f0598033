using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gongkai.BrowserTests.Support;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>Over every built page: titles tell pages apart, sitemap.xml resolves, unit-year pages link their source.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SiteMetadataTests(SiteFixture site)
{
    private static string File(string dir, string path) => Path.Combine(dir, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);

    [BrowserFact]
    public void Every_title_is_unique_and_a_unit_page_title_names_the_unit_and_the_year()
    {
        var titles = SitePages.Html(site.SiteDir).ToDictionary(p => p, p => Title().Match(System.IO.File.ReadAllText(File(site.SiteDir, p))).Groups[1].Value);
        var shared = titles.GroupBy(t => t.Value).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Key))}").ToList();
        Assert.True(shared.Count == 0, string.Join("\n", shared));
        var content = Gongkai.Load.ContentLoader.Load(SiteFixture.RepoRoot, new Gongkai.Diagnostics.DiagnosticBag());
        foreach (var unit in content.Units)
        {
            foreach (var d in unit.Disclosures)
            {
                foreach (var page in titles.Where(t => t.Key.StartsWith($"units/{unit.Id}/{d.Year}/", StringComparison.Ordinal)))
                {
                    Assert.Contains($"{unit.DisplayName} {d.Year} 年", page.Value, StringComparison.Ordinal);
                }
            }
        }
    }

    [BrowserFact]
    public void Every_sitemap_loc_is_absolute_under_the_origin_and_names_a_built_page()
    {
        var xml = XDocument.Load(Path.Combine(site.SubPathDir, "sitemap.xml"));
        var locs = xml.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();
        Assert.True(locs.Count >= SitePages.Html(site.SubPathDir).Count - 1, "sitemap lists fewer pages than were built (all but 404.html)");
        var prefix = SiteFixture.Origin + "/yusuan/";
        Assert.All(locs, loc =>
        {
            Assert.StartsWith(prefix, loc, StringComparison.Ordinal);
            Assert.True(System.IO.File.Exists(File(site.SubPathDir, loc[prefix.Length..])), loc);
        });
        Assert.Contains($"Sitemap: {prefix}sitemap.xml", System.IO.File.ReadAllText(Path.Combine(site.SubPathDir, "robots.txt")), StringComparison.Ordinal);
        var canonical = CanonicalLink().Match(System.IO.File.ReadAllText(Path.Combine(site.SubPathDir, "units", "changji-hitech-zone", "index.html")));
        Assert.Equal(prefix + "units/changji-hitech-zone/", canonical.Groups[1].Value);
    }

    [BrowserFact]
    public async Task The_footer_links_a_sitemap_page_and_the_folder_indexes_exist()
    {
        await using var tab = await site.OpenAsync(javaScript: false);
        await tab.Page.GotoAsync(site.Root.Url("units/changji-hitech-zone/2025/"));
        await tab.Page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "网站地图" }).ClickAsync();
        await tab.Page.WaitForURLAsync(site.Root.Url("sitemap/"));
        Assert.Equal("网站地图", (await tab.Page.Locator("h1").InnerTextAsync()).Trim());
        foreach (var path in new[] { "units/", "years/", "units/changji-hitech-zone/2025/tables/" })
        {
            var response = await tab.Page.GotoAsync(site.Root.Url(path));
            Assert.Equal(200, response!.Status);
            Assert.True(await tab.Page.Locator("main a").CountAsync() >= 3, path);
        }
    }

    [BrowserFact]
    public async Task Every_unit_year_page_links_its_source_text_and_shows_no_internal_path()
    {
        await using var tab = await site.OpenAsync(javaScript: false);
        var years = SitePages.Html(site.SiteDir).Where(p => UnitYear().IsMatch(p)).ToList();
        Assert.Equal(5, years.Count);
        foreach (var path in years)
        {
            await tab.Page.GotoAsync(site.Root.Url(path));
            var link = tab.Page.GetByRole(AriaRole.Link, new() { Name = "下载原文（文字版）" });
            Assert.Equal(1, await link.CountAsync());
            var response = await tab.Page.APIRequest.GetAsync(site.Root.Origin + await link.GetAttributeAsync("href"));
            Assert.Equal(200, response.Status);
            Assert.DoesNotContain("seeds/", await tab.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<title>(.*?)</title>")]
    private static partial Regex Title();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]*)\">")]
    private static partial Regex CanonicalLink();

    [GeneratedRegex(@"^units/[a-z0-9-]+/\d{4}/$")]
    private static partial Regex UnitYear();
}
