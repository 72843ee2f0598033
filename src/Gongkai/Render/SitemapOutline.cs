namespace Gongkai.Render;

/// <summary>
/// Every page of the site for people, in reading order: the site-wide pages listed before the units, each unit's own
/// pages (its entry first, at depth 1), and the site-wide pages after them. The 网站地图 splits the units into parts
/// (<see cref="SitemapParts"/>); sitemap.xml lists every entry.
/// </summary>
internal sealed record SitemapOutline(List<SitemapEntry> Before, List<List<SitemapEntry>> Units, List<SitemapEntry> After)
{
    public IEnumerable<SitemapEntry> Entries => Before.Concat(Units.SelectMany(u => u)).Concat(After);
}
