using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Render;

/// <summary>
/// The site-wide pages that help people and crawlers find the rest: the glossary (site-wide terms and each unit's own
/// published wording), the unit and year indexes, the 网站地图 page, sitemap.xml (<see cref="SitemapFiles"/>) and robots.txt.
/// </summary>
internal sealed class NavigationPages(PageFactory site)
{
    private Urls Urls => site.Urls;

    private SiteContent Content => site.Content;

    public IEnumerable<OutputFile> Files() => [Glossary(), UnitIndex(), YearIndex(), SitemapPage(), .. SitemapXml(), Robots()];

    /// <summary>Every page of the site in reading order, nested (depth 0 = top level), with a label for people.</summary>
    public List<SitemapEntry> Entries()
    {
        var entries = new List<SitemapEntry> { new("", "首页", 0), new("years/", "年度", 0) };
        entries.AddRange(site.Years.Select(y => new SitemapEntry(Urls.YearPath(y), $"{y} 年预算公开", 1)));
        entries.Add(new("units/", "单位", 0));
        foreach (var unit in Content.Units.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            entries.Add(new(Urls.UnitPath(unit.Id), unit.Name, 1));
            foreach (var d in unit.Disclosures.OrderByDescending(d => d.Year))
            {
                var path = Urls.DisclosurePath(d);
                entries.Add(new(path, $"{d.Year} 年预算公开", 2));
                entries.Add(new(path + "tables/", "预算公开表", 3));
                entries.AddRange(d.Tables.Select(t => new SitemapEntry(Urls.TablePath(d, t.Id), $"表{t.Number} {t.Title}", 4)));
                entries.Add(new(path + "explanations/", "预算情况说明", 3));
                entries.Add(new(path + "performance/", "绩效目标", 3));
            }
        }

        entries.AddRange(new Compare.ComparePages(site).Entries());
        entries.Add(new("glossary/", "名词解释", 0));
        entries.Add(new("search/", "搜索", 0));
        entries.Add(new("sitemap/", "网站地图", 0));
        return entries;
    }

    private OutputFile Glossary()
    {
        var common = Content.Glossary.OrderBy(t => TermView.SortKey(t.Term), StringComparer.Ordinal).Select(t => Term(t, t.Id)).ToList();
        var units = Content.Units.OrderBy(u => u.Name, StringComparer.Ordinal)
            .SelectMany(u => u.Disclosures.OrderByDescending(d => d.Year).Where(d => d.Glossary.Count > 0).Select(d => new
            {
                anchor = Anchors.UnitGlossary(u.Id, d.Year),
                heading = $"{u.Name} {d.Year} 年",
                url = Urls.Disclosure(d),
                terms = d.Glossary.OrderBy(t => TermView.SortKey(t.Term), StringComparer.Ordinal).Select(t => Term(t, Anchors.UnitTerm(u.Id, d.Year, t.Id))).ToList(),
            }))
            .ToList();
        var context = site.Context("名词解释", "预算公开中的名词解释：全站通用的释义和各单位公开文本中的原文释义", "glossary/", new Crumb("名词解释", null)) with { Kind = "glossary" };
        return site.Page("glossary/", "glossary", context, new { title = "名词解释", common, units });
    }

    private static TermView Term(GlossaryTerm t, string anchor) => new(anchor, t.Term, t.Definition, null, string.Join("、", t.Aliases));

    private OutputFile UnitIndex()
    {
        var regions = Content.Regions.Select(r => new
        {
            name = r.Name,
            units = Content.Units.Where(u => u.RegionId == r.Id).OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new
            {
                name = u.Name,
                url = Urls.Unit(u.Id),
                years = u.Disclosures.OrderByDescending(d => d.Year).Select(d => new { year = d.Year, url = Urls.Disclosure(d) }).ToList(),
            }).ToList(),
        }).Where(r => r.units.Count > 0).ToList();
        var context = site.Context("全部单位", "按地区列出的全部预算单位", "units/", new Crumb("单位", null)) with { Kind = "units" };
        return site.Page("units/", "units", context, new { title = "全部单位", regions });
    }

    private OutputFile YearIndex()
    {
        var years = site.Years.Select(y => new
        {
            year = y,
            url = Urls.Year(y),
            units = Content.Units.Count(u => u.Disclosures.Any(d => d.Year == y)),
        }).ToList();
        var context = site.Context("全部年度", "按年度浏览预算公开", "years/", new Crumb("年度", null)) with { Kind = "years" };
        return site.Page("years/", "years", context, new { title = "全部年度", years });
    }

    private OutputFile SitemapPage()
    {
        var entries = Entries().Select(e => new { label = e.Label, url = Urls.Base + e.Path, depth = e.Depth }).ToList();
        var context = site.Context("网站地图", "本站全部页面", "sitemap/", new Crumb("网站地图", null)) with { Kind = "sitemap" };
        return site.Page("sitemap/", "sitemap", context, new { title = "网站地图", entries, xml = Urls.Base + "sitemap.xml" });
    }

    // The sitemap protocol wants absolute URLs; without an origin in site.yml they are root-relative (documented).
    private List<OutputFile> SitemapXml() =>
        SitemapFiles.Write(Entries().Select(e => e.Path).Order(StringComparer.Ordinal).Select(Urls.Absolute), Urls.Absolute);

    private OutputFile Robots() => OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {Urls.Absolute(SitemapFiles.Main)}\n");
}
