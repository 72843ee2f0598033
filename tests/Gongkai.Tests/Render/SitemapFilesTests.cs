using System.Xml.Linq;
using Gongkai.Render;

namespace Gongkai.Tests.Render;

/// <summary>Issue 14: sitemap.xml stays within the protocol's 50,000 URLs and 50 MB per file however large the site.</summary>
public sealed class SitemapFilesTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static string Absolute(string path) => "https://example.gov.cn/" + path;

    private static List<string> Urls(int n) => [.. Enumerable.Range(0, n).Select(i => Absolute($"units/u{i:D3}/?a=1&b=2"))];

    private static List<string> Locs(string xml, string element) =>
        [.. XDocument.Parse(xml).Root!.Elements(Sm + element).Select(e => e.Element(Sm + "loc")!.Value)];

    [Fact]
    public void A_site_within_the_limits_gets_one_urlset_with_every_url_in_order()
    {
        var urls = Urls(5);
        var file = Assert.Single(SitemapFiles.Write(urls, Absolute, maxUrls: 5));
        Assert.Equal("sitemap.xml", file.Path);
        Assert.Equal("urlset", XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Content)).Root!.Name.LocalName);
        Assert.Equal(urls, Locs(System.Text.Encoding.UTF8.GetString(file.Content), "url"));
    }

    [Fact]
    public void More_urls_than_one_file_may_hold_make_sitemap_xml_an_index_of_files_each_within_the_limit()
    {
        var urls = Urls(7);
        var files = SitemapFiles.Write(urls, Absolute, maxUrls: 3).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content));
        Assert.Equal(["sitemap.xml", "sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("sitemapindex", XDocument.Parse(files["sitemap.xml"]).Root!.Name.LocalName);
        Assert.Equal([Absolute("sitemaps/1.xml"), Absolute("sitemaps/2.xml"), Absolute("sitemaps/3.xml")], Locs(files["sitemap.xml"], "sitemap"));
        var parts = Enumerable.Range(1, 3).Select(i => Locs(files[$"sitemaps/{i}.xml"], "url")).ToList();
        Assert.All(parts, p => Assert.InRange(p.Count, 1, 3));
        Assert.Equal(urls, parts.SelectMany(p => p));
    }

    [Fact]
    public void A_file_is_closed_before_it_would_pass_the_byte_limit()
    {
        var urls = Urls(10);
        // Room for the XML frame and about four <url> lines of this length.
        var line = System.Text.Encoding.UTF8.GetByteCount($"  <url><loc>{System.Security.SecurityElement.Escape(urls[0])}</loc></url>\n");
        var limit = 120 + 4 * line;
        var files = SitemapFiles.Write(urls, Absolute, maxBytes: limit);
        Assert.True(files.Count > 2, $"{files.Count} files");
        Assert.All(files, f => Assert.True(f.Content.Length <= limit, $"{f.Path} has {f.Content.Length} bytes, over {limit}"));
        Assert.Equal(urls, files.Where(f => f.Path != "sitemap.xml").OrderBy(f => int.Parse(f.Path[9..^4], System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(f => Locs(System.Text.Encoding.UTF8.GetString(f.Content), "url")));
    }

    [Fact]
    public void An_empty_site_still_gets_a_well_formed_urlset()
    {
        var file = Assert.Single(SitemapFiles.Write([], Absolute));
        Assert.Empty(Locs(System.Text.Encoding.UTF8.GetString(file.Content), "url"));
    }
}
