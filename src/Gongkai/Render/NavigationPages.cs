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

    /// <summary>Links per 网站地图 part at most, whole units (<see cref="SitemapParts.DefaultSize"/>; tests set fewer).</summary>
    public int SitemapPartSize { get; init; } = SitemapParts.DefaultSize;

    public IEnumerable<OutputFile> Files()
    {
        var outline = Outline();
        var parts = SitemapParts.Split(outline.Units, SitemapPartSize);
        return [Glossary(), UnitIndex(), YearIndex(), .. SitemapPages(outline, parts), .. SitemapXml(outline, parts), Robots()];
    }

    /// <summary>Every page of the site in reading order, nested (depth 0 = top level): the outline, then the parts of a split 网站地图.</summary>
    private static IEnumerable<SitemapEntry> AllEntries(SitemapOutline outline, List<List<List<SitemapEntry>>> parts) =>
        parts.Count > 1 ? outline.Entries.Concat(parts.Select((_, i) => new SitemapEntry(SitemapParts.PartPath(i + 1), SitemapParts.Title(i + 1), 1))) : outline.Entries;

    private SitemapOutline Outline()
    {
        var before = new List<SitemapEntry> { new("", "首页", 0), new("years/", "年度", 0) };
        before.AddRange(site.Years.Select(y => new SitemapEntry(Urls.YearPath(y), $"{y} 年预算公开", 1)));
        before.Add(new("units/", "单位", 0));

        // A table's 与上年比较 page is listed under the table (the set is made once for the whole site).
        var compared = Compare.TableYears.Paths(site).ToHashSet(StringComparer.Ordinal);
        var units = new List<List<SitemapEntry>>();
        foreach (var unit in Content.Units.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            var entries = new List<SitemapEntry> { new(Urls.UnitPath(unit.Id), unit.Name, 1) };
            foreach (var d in unit.Disclosures.OrderByDescending(d => d.Year))
            {
                var path = Urls.DisclosurePath(d);
                entries.Add(new(path, $"{d.Year} 年预算公开", 2));
                entries.Add(new(path + "tables/", "预算公开表", 3));
                foreach (var table in d.Tables)
                {
                    var tablePath = Urls.TablePath(d, table.Id);
                    entries.Add(new(tablePath, $"表{table.Number} {table.Title}", 4));
                    if (compared.Contains(tablePath + Compare.TableYears.Segment))
                    {
                        entries.Add(new(tablePath + Compare.TableYears.Segment, $"表{table.Number} 与上年比较", 5));
                    }
                }

                entries.Add(new(path + "explanations/", "预算情况说明", 3));
                entries.Add(new(path + "performance/", "绩效目标", 3));
            }

            units.Add(entries);
        }

        var after = new List<SitemapEntry>(new Compare.ComparePages(site).Entries())
        {
            new("glossary/", "名词解释", 0),
            new("search/", "搜索", 0),
            new(SitemapParts.Folder, "网站地图", 0),
        };
        return new SitemapOutline(before, units, after);
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

    /// <summary>
    /// The 网站地图: one page while the units fit in one part; else the main page lists the site-wide pages and links
    /// each part, and every part lists its units' pages, with links to the parts beside it.
    /// </summary>
    private IEnumerable<OutputFile> SitemapPages(SitemapOutline outline, List<List<List<SitemapEntry>>> parts)
    {
        var xml = Urls.Base + SitemapFiles.Main;
        var context = site.Context("网站地图", "本站全部页面", SitemapParts.Folder, new Crumb("网站地图", null)) with { Kind = "sitemap" };
        if (parts.Count <= 1)
        {
            var all = new SitemapPageView("网站地图", "本站全部页面。", [.. outline.Entries.Select(Link)], xml, null, null);
            yield return site.Page(SitemapParts.Folder, "sitemap", context, all);
            yield break;
        }

        var links = parts.Select((p, i) => new SitemapLinkView(
            $"第 {i + 1} 部分：{p[0][0].Label} 至 {p[^1][0].Label}",
            Urls.Base + SitemapParts.PartPath(i + 1),
            1,
            $"{p.Count} 个单位，{p.Sum(u => u.Count)} 个页面")).ToList();
        var main = outline.Before.Select(Link).Concat(links).Concat(outline.After.Select(Link)).ToList();
        var summary = $"本站全部页面：全站页面列在这里，{outline.Units.Count} 个单位的页面按单位名称分为 {parts.Count} 部分。";
        yield return site.Page(SitemapParts.Folder, "sitemap", context, new SitemapPageView("网站地图", summary, main, xml, null, null));
        for (var i = 0; i < parts.Count; i++)
        {
            var title = SitemapParts.Title(i + 1);
            var path = SitemapParts.PartPath(i + 1);
            var partContext = site.Context(title, $"{links[i].Label}的页面", path, new Crumb("网站地图", Urls.Base + SitemapParts.Folder), new Crumb($"第 {i + 1} 部分", null)) with { Kind = "sitemap" };
            var entries = parts[i].SelectMany(u => u).Select(e => Link(e with { Depth = e.Depth - 1 })).ToList();
            var view = new SitemapPageView(
                title,
                $"共 {parts.Count} 部分中的第 {i + 1} 部分：{parts[i].Count} 个单位（{parts[i][0][0].Label} 至 {parts[i][^1][0].Label}）的 {entries.Count} 个页面，按单位名称排列。",
                entries,
                xml,
                i > 0 ? links[i - 1] with { Label = $"← 第 {i} 部分" } : null,
                i + 1 < parts.Count ? links[i + 1] with { Label = $"第 {i + 2} 部分 →" } : null);
            yield return site.Page(path, "sitemap", partContext, view);
        }
    }

    private SitemapLinkView Link(SitemapEntry e) => new(e.Label, Urls.Base + e.Path, e.Depth);

    // The sitemap protocol wants absolute URLs; without an origin in site.yml they are root-relative (documented).
    private List<OutputFile> SitemapXml(SitemapOutline outline, List<List<List<SitemapEntry>>> parts) =>
        SitemapFiles.Write(AllEntries(outline, parts).Select(e => e.Path).Order(StringComparer.Ordinal).Select(Urls.Absolute), Urls.Absolute);

    private OutputFile Robots() => OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {Urls.Absolute(SitemapFiles.Main)}\n");
}
