using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Render.Compare;

/// <summary>
/// The comparison pages and downloads (issue 12) as render jobs. Site-wide indexes are built here once, before
/// any job runs, and shared read-only by the parallel jobs.
/// </summary>
internal sealed class ComparePages(PageFactory site)
{
    public IEnumerable<Func<IEnumerable<OutputFile>>> Jobs()
    {
        var codes = CodeIndex.For(site.Content);
        var jobs = new List<Func<IEnumerable<OutputFile>>>(new CodePages(site, codes).Jobs());
        jobs.AddRange(TableYears.Jobs(site));
        jobs.AddRange(new RegionPages(site).Jobs());
        return jobs;
    }

    /// <summary>The comparison pages for the sitemap (XML and 网站地图), in reading order; the same paths the jobs write.</summary>
    public IEnumerable<SitemapEntry> Entries()
    {
        var codes = CodeIndex.For(site.Content);
        yield return new SitemapEntry(CodePages.Folder, "科目比较", 0);
        foreach (var h in new[] { Hierarchy.Functional, Hierarchy.Economic })
        {
            yield return new SitemapEntry(CodePages.ListPath(h), CodeIndex.Label(h) + "科目", 1);
            foreach (var code in codes.Used(h))
            {
                yield return new SitemapEntry(CodePages.PagePath(h, code.Code), $"{code.Code} {code.Name}", 2);
                yield return new SitemapEntry(CodePages.PagePath(h, code.Code) + "by-unit/", $"{code.Code} {code.Name}（按单位排列）", 3);
            }
        }

        yield return new SitemapEntry(RegionPages.Folder, "地区汇总", 0);
        foreach (var (region, year) in site.Content.Units.SelectMany(u => u.Disclosures.Select(d => (u.RegionId, d.Year))).Distinct()
            .OrderBy(g => g.RegionId, StringComparer.Ordinal).ThenByDescending(g => g.Year))
        {
            yield return new SitemapEntry(RegionPages.PagePath(region, year), $"{site.RegionName(region)} {year} 年", 1);
            yield return new SitemapEntry(RegionPages.PagePath(region, year) + "three-public/", $"{site.RegionName(region)} {year} 年“三公”经费", 2);
        }

        yield return new SitemapEntry(Downloads.DataPackages.Folder, "数据下载", 0);
    }
}
