using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Render;
using Gongkai.Tests.Render.Compare;
using Gongkai.Tests.Support;
using Gongkai.Write;

namespace Gongkai.Tests.Render;

/// <summary>
/// The 网站地图 page: one page while the units fit in one part; split into parts of whole units beyond that (the real
/// five units with a part size small enough to split them, so every expected page comes from the content).
/// </summary>
public sealed class SitemapPagesTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The pages each unit has in the 网站地图: its page, and per year the disclosure, table list, tables, explanations and performance.</summary>
    private static Dictionary<string, List<string>> UnitPages(SiteContent content) =>
        content.Units.ToDictionary(
            u => $"/units/{u.Id}/",
            u => u.Disclosures.OrderByDescending(d => d.Year).SelectMany(d => new[] { $"/units/{u.Id}/{d.Year}/", $"/units/{u.Id}/{d.Year}/tables/" }
                .Concat(d.Tables.Select(t => $"/units/{u.Id}/{d.Year}/tables/{t.Id}/"))
                .Concat([$"/units/{u.Id}/{d.Year}/explanations/", $"/units/{u.Id}/{d.Year}/performance/"]))
                .Prepend($"/units/{u.Id}/").ToList());

    private static List<OutputFile> Render(int partSize)
    {
        var bag = new DiagnosticBag();
        var templates = TemplateSet.Load(Repo.Root, bag) ?? throw new InvalidOperationException("templates did not load");
        var factory = new PageFactory(RealSite.Content, new DiagnosticIndex([]), new Urls(RealSite.Content.Config.BaseUrl, RealSite.Content.Config.Origin), templates);
        return [.. new NavigationPages(factory) { SitemapPartSize = partSize }.Files()];
    }

    private static IDocument Html(List<OutputFile> files, string path) =>
        Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content));

    private static List<string> Links(IDocument page) =>
        [.. page.QuerySelectorAll("main ul.sitemap > li > a").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public void A_site_whose_units_fit_one_part_has_one_sitemap_page_listing_every_built_page_but_the_404()
    {
        var page = Parser.ParseDocument(site.Html("sitemap/index.html"));
        var built = Directory.EnumerateFiles(site.Site, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Site, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(p => p == "/./" ? "/" : p)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(built, Links(page).Order(StringComparer.Ordinal).ToList());
        Assert.Null(page.QuerySelector("nav.pager"));
        Assert.False(Directory.Exists(Path.Combine(site.Site, "sitemap", "1")));
    }

    [Fact]
    public void Every_unit_page_is_nested_under_its_unit_in_the_order_of_unit_names()
    {
        var page = Parser.ParseDocument(site.Html("sitemap/index.html"));
        var items = page.QuerySelectorAll("main ul.sitemap > li").ToList();
        var units = RealSite.Content.Units.OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        var at = items.Select(li => li.QuerySelector("a")!.GetAttribute("href")).ToList();
        Assert.Equal(units.Select(u => $"/units/{u.Id}/"), at.Where(h => UnitPages(RealSite.Content).ContainsKey(h!)));
        foreach (var (unit, pages) in UnitPages(RealSite.Content))
        {
            var start = at.IndexOf(unit);
            Assert.Equal("depth-1", items[start].ClassName);
            Assert.Equal(pages, at.Skip(start).Take(pages.Count));
            Assert.All(items.Skip(start + 1).Take(pages.Count - 1), li => Assert.NotEqual("depth-1", li.ClassName));
        }
    }

    [Fact]
    public void Beyond_the_part_size_the_units_are_split_into_parts_of_whole_units_that_together_list_every_unit_page_once()
    {
        // 35 links: the units have 16 or 17 pages each (their 11 or 12 tables), so some parts hold two units, some one.
        const int size = 35;
        var files = Render(size);
        var expected = UnitPages(RealSite.Content);
        var main = Html(files, "sitemap/index.html");
        var parts = main.QuerySelectorAll("main ul.sitemap a[href^='/sitemap/']").Select(a => a.GetAttribute("href")!).Where(h => h != "/sitemap/").ToList();
        var count = files.Count(f => f.Path.StartsWith("sitemap/", StringComparison.Ordinal) && f.Path != "sitemap/index.html");
        Assert.True(count > 1, $"{count} parts");
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"/sitemap/{n}/"), parts);
        Assert.DoesNotContain(Links(main), expected.Keys.Contains);

        var listed = new List<string>();
        for (var n = 1; n <= count; n++)
        {
            var part = Html(files, $"sitemap/{n}/index.html");
            var links = Links(part);
            var units = links.Where(expected.ContainsKey).ToList();
            Assert.True(links.Count <= size || units.Count == 1, $"part {n}: {links.Count} links, {units.Count} units");
            Assert.Equal(units.SelectMany(u => expected[u]), links);
            Assert.All(part.QuerySelectorAll("main ul.sitemap > li").Where(li => units.Contains(li.QuerySelector("a")!.GetAttribute("href")!)), li => Assert.Equal("depth-0", li.ClassName));
            Assert.Equal(n > 1 ? $"/sitemap/{n - 1}/" : null, part.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(n < count ? $"/sitemap/{n + 1}/" : null, part.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href"));
            Assert.Equal("/sitemap/", part.QuerySelectorAll(".breadcrumbs a")[^1].GetAttribute("href"));
            listed.AddRange(units);
        }

        Assert.Equal(RealSite.Content.Units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => $"/units/{u.Id}/"), listed);

        // Each part would have taken the next unit past the size: no two neighbouring parts could have been one.
        for (var n = 1; n < count; n++)
        {
            Assert.True(Links(Html(files, $"sitemap/{n}/index.html")).Count + expected[Links(Html(files, $"sitemap/{n + 1}/index.html"))[0]].Count > size, $"part {n} could hold the next unit");
        }
    }

    [Fact]
    public void A_split_sitemap_xml_lists_the_parts_and_still_every_page()
    {
        var files = Render(35);
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == "sitemap.xml").Content));
        var locs = xml.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.Path.StartsWith("sitemap/", StringComparison.Ordinal)).Select(f => "/" + f.Path[..^"index.html".Length]).ToList();
        Assert.True(pages.Count > 2);
        Assert.All(pages, p => Assert.Contains(p, locs));
        Assert.All(UnitPages(RealSite.Content).Values.SelectMany(p => p), p => Assert.Contains(p, locs));
    }

    [Theory]
    [InlineData(new[] { 3, 3, 3 }, 10, new[] { 3 })]
    [InlineData(new[] { 3, 3, 3 }, 6, new[] { 2, 1 })]
    [InlineData(new[] { 12, 2, 2 }, 5, new[] { 1, 2 })]
    [InlineData(new[] { 2, 12, 2 }, 5, new[] { 1, 1, 1 })]
    [InlineData(new int[0], 5, new int[0])]
    public void Parts_take_whole_units_in_order_and_close_before_the_unit_that_would_pass_the_size(int[] units, int size, int[] unitsPerPart)
    {
        var entries = units.Select((n, u) => Enumerable.Range(0, n).Select(i => new SitemapEntry($"u{u}/{i}", "", 1)).ToList()).ToList();
        var parts = SitemapParts.Split(entries, size);
        Assert.Equal(unitsPerPart, parts.Select(p => p.Count));
        Assert.Equal(entries.SelectMany(e => e), parts.SelectMany(p => p).SelectMany(u => u));
    }
}
