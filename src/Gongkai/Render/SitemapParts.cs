namespace Gongkai.Render;

/// <summary>
/// Splits the units of the 网站地图 into pages of whole units, so no page lists more than about
/// <see cref="DefaultSize"/> links (at 5,000 unit-years one page held 81,496): the first part starts at the first
/// unit, a part closes before the unit that would take it past the size, and a unit larger than that is a part alone.
/// A site whose units fit in one part keeps a single page.
/// </summary>
internal static class SitemapParts
{
    /// <summary>About 150 kB of HTML: a page a phone opens at once, and a few dozen parts at 5,000 unit-years.</summary>
    public const int DefaultSize = 1000;

    public const string Folder = "sitemap/";

    public static string PartPath(int number) => $"{Folder}{number}/";

    /// <summary>A part's title, on its page and in sitemap.xml's list of pages.</summary>
    public static string Title(int number) => $"网站地图第 {number} 部分";

    /// <summary>Consecutive runs of <paramref name="units"/> of at most <paramref name="size"/> entries each (one unit may exceed it alone).</summary>
    public static List<List<List<SitemapEntry>>> Split(IReadOnlyList<List<SitemapEntry>> units, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var parts = new List<List<List<SitemapEntry>>>();
        var entries = 0;
        foreach (var unit in units)
        {
            if (parts.Count == 0 || entries + unit.Count > size)
            {
                parts.Add([]);
                entries = 0;
            }

            parts[^1].Add(unit);
            entries += unit.Count;
        }

        return parts;
    }
}
