using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Render;

/// <summary>Turns the model into render jobs, one per page or download; each job is independent (parallel-safe).</summary>
internal sealed class PageFactory(SiteContent content, DiagnosticIndex diagnostics, Urls urls, TemplateSet templates, Spool? spool = null)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CheckStatus> _statuses = new(StringComparer.Ordinal);

    public SiteContent Content { get; } = content;

    /// <summary>The site's diagnostics by file and folder, indexed once: a page looks up its own, never scans them all.</summary>
    public DiagnosticIndex Diagnostics { get; } = diagnostics;

    public Urls Urls { get; } = urls;

    public TemplateSet Templates { get; } = templates;

    /// <summary>Where the site's data downloads are written (<see cref="Write.Spool"/>).</summary>
    public Spool Spool { get; } = spool ?? Spool.Memory;

    /// <summary>
    /// Downloads written beside their pages and again in the site's data files: computed once per build, and kept for
    /// the site's files only when those cannot read them back from the staging folder.
    /// </summary>
    public Downloads.DataFiles Data { get; } = new(content, keep: spool is not { OnDisk: true });

    public SiteLinks Site { get; } = new(
        content.Config.Title,
        urls.Base,
        urls.Asset("site.css"),
        urls.Asset("search.js"),
        urls.Search,
        urls.Glossary,
        content.Config.Language,
        [.. content.Disclosures.Select(d => d.Year).Distinct().OrderDescending().Select(y => new YearLink(y, urls.Year(y)))]);

    /// <summary>When set, a unit-year's pages are one job that replays cached files if its inputs are unchanged.</summary>
    public Cache.RenderGroups? Groups { get; init; }

    public IEnumerable<int> Years => Content.Disclosures.Select(d => d.Year).Distinct().OrderDescending();

    public List<Func<IEnumerable<OutputFile>>> Jobs()
    {
        var jobs = new List<Func<IEnumerable<OutputFile>>>
        {
            () => [Home()],
            () => [Search()],
            () => [NotFound()],
            () => new NavigationPages(this).Files(),
        };
        jobs.AddRange(Years.Select(y => (Func<IEnumerable<OutputFile>>)(() => [Year(y)])));
        jobs.AddRange(Content.Units.Select(u => (Func<IEnumerable<OutputFile>>)(() => [Unit(u)])));
        foreach (var unit in Content.Units)
        {
            foreach (var disclosure in unit.Disclosures)
            {
                jobs.AddRange(DisclosureGroup(unit, disclosure));
            }
        }

        jobs.AddRange(Downloads.DataPackages.Jobs(this));
        return jobs;
    }

    /// <summary>
    /// Jobs to run once every job of <see cref="Jobs"/> is done. First the site's data downloads, which repeat the
    /// bytes the unit-year jobs kept (or the build cache replayed), so none is made twice; its archive is written on one
    /// core, so the comparison pages run beside it.
    /// </summary>
    public List<Func<IEnumerable<OutputFile>>> LastJobs() => [Downloads.DataPackages.SiteJob(this), .. new Compare.ComparePages(this).Jobs()];

    /// <summary>The bytes of <paramref name="path"/> when this build replayed it from the build cache unchanged; else null.</summary>
    public byte[]? Replayed(string path) => Groups?.Replayed(path);

    /// <summary>
    /// The pages of one unit: its page and every unit-year's pages, tables and table downloads (what the preview
    /// shows first after an edit inside the unit; the site-wide pages follow from a full render).
    /// </summary>
    public List<Func<IEnumerable<OutputFile>>> UnitJobs(Unit unit) =>
        [() => [Unit(unit)], .. unit.Disclosures.SelectMany(d => DisclosureGroup(unit, d))];

    private IEnumerable<Func<IEnumerable<OutputFile>>> DisclosureGroup(Unit unit, Disclosure disclosure)
    {
        var pages = new DisclosurePages(this, unit, disclosure);
        var group = new List<Func<IEnumerable<OutputFile>>> { () => [pages.Overview(), pages.Explanations(), pages.Performance(), pages.Json(), pages.TableIndex()] };
        group.AddRange(disclosure.Tables.Select(t => (Func<IEnumerable<OutputFile>>)(() => new TablePages(this, unit, disclosure, t).Files())));

        // The disclosure's workbook reads only its tables, so it is cached with the unit-year's pages.
        group.Add(() => Downloads.Workbook.Files(disclosure));
        return Groups is null ? group : [Groups.Wrap(unit, disclosure, group)];
    }

    public PageContext Context(string title, string description, string path, params Crumb[] crumbs) =>
        new(title, description, Urls.Absolute(path), [new Crumb("首页", Urls.Home), .. crumbs], Site);

    /// <summary>Whose page it is, for the document title: the unit's short name and the year.</summary>
    public static string Subject(Unit unit, Disclosure d) => $"{unit.DisplayName} {d.Year} 年";

    public OutputFile Page(string path, string template, PageContext context, object model) =>
        new(Urls.File(path), Templates.PageBytes(template, context, model));

    public string RegionName(string id) => Content.FindRegion(id)?.Name ?? id;

    /// <summary>Unit rows for lists: name, region, latest figures, link.</summary>
    public object UnitSummary(Unit unit, Disclosure d) => new
    {
        name = unit.Name,
        shortName = unit.DisplayName,
        region = RegionName(unit.RegionId),
        year = d.Year,
        url = Urls.Disclosure(d),
        total = Headlines.Total(d)?.Text,
        status = Status(d),
    };

    /// <summary>The data-check summary of a disclosure, from its diagnostics.</summary>
    /// <remarks>Counted once per disclosure: code and region pages ask for it on every row they list.</remarks>
    public CheckStatus Status(Disclosure d) => _statuses.GetOrAdd(d.Folder, folder => CheckStatus.From(Diagnostics.Under(folder)));

    private OutputFile Home()
    {
        var years = Years.Select(y => new
        {
            year = y,
            url = Urls.Year(y),
            units = Content.Units.Count(u => u.Disclosures.Any(d => d.Year == y)),
        }).ToList();
        var regions = Content.Regions.Select(r => new
        {
            name = r.Name,
            units = Content.Units.Where(u => u.RegionId == r.Id && u.Disclosures.Count > 0)
                .OrderBy(u => u.Name, StringComparer.Ordinal)
                .Select(u => UnitSummary(u, u.Disclosures.MaxBy(d => d.Year)!)).ToList(),
        }).Where(r => r.units.Count > 0).ToList();
        var model = new
        {
            title = Content.Config.Title,
            description = Content.Config.Description,
            years,
            regions,
            unitCount = Content.Units.Count,
            disclosureCount = Content.Disclosures.Count(),
            tableCount = Content.Disclosures.Sum(d => d.Tables.Count),
        };
        var context = new PageContext(Content.Config.Title, Content.Config.Description, Urls.Absolute(""), [], Site) { Kind = "home" };
        return Page("", "home", context, model);
    }

    private OutputFile Year(int year)
    {
        var regions = Content.Regions.Select(r => new
        {
            name = r.Name,
            units = Content.Units.Where(u => u.RegionId == r.Id)
                .SelectMany(u => u.Disclosures.Where(d => d.Year == year).Select(d => UnitSummary(u, d)))
                .ToList(),
        }).Where(r => r.units.Count > 0).ToList();
        var title = $"{year} 年预算公开";
        var context = Context(title, $"{year} 年各单位预算公开", Urls.YearPath(year), new Crumb("年度", Urls.Years), new Crumb(title, null)) with { Kind = "year" };
        return Page(Urls.YearPath(year), "year", context, new { title, year, regions });
    }

    private OutputFile Unit(Unit unit)
    {
        var parent = unit.ParentId is null ? null : Content.FindUnit(unit.ParentId);
        var children = Content.ChildrenOf(unit.Id).Select(u => new { name = u.Name, url = Urls.Unit(u.Id) }).ToList();
        var model = new
        {
            name = unit.Name,
            kind = unit.Kind,
            kindBasis = unit.KindBasis,
            region = RegionName(unit.RegionId),
            parent = parent is null ? null : new { name = parent.Name, url = Urls.Unit(parent.Id) },
            children,
            years = unit.Disclosures.OrderByDescending(d => d.Year).Select(d => new
            {
                year = d.Year,
                title = d.Title,
                url = Urls.Disclosure(d),
                total = Headlines.Total(d)?.Text,
                tables = d.Tables.Count,
                status = Status(d),
            }).ToList(),
            history = Compare.UnitHistory.For(this, unit),
        };
        var context = Context("历年预算公开", $"{unit.Name}历年预算公开", Urls.UnitPath(unit.Id), new Crumb("单位", Urls.Units), new Crumb(unit.DisplayName, null))
            with { Kind = "unit", Subject = unit.DisplayName };
        return Page(Urls.UnitPath(unit.Id), "unit", context, model);
    }

    private OutputFile Search()
    {
        // Facets list what the index numbers (Index/IndexLayout orders), so search.js maps a choice to the index by data-index.
        var layout = new Index.IndexLayout(Content);
        var context = Context("搜索", "搜索预算公开内容", "search/", new Crumb("搜索", null)) with { Kind = "search" };
        var facets = new
        {
            years = layout.Years.Select((y, i) => new { value = y.ToString(CultureInfo.InvariantCulture), index = i }).ToList(),
            regions = layout.Regions.Select((r, i) => new
            {
                id = r.Id,
                name = r.Name,
                index = i,
                units = layout.Units.Select((u, j) => (u, j)).Where(x => x.u.RegionId == r.Id).Select(x => new { id = x.u.Id, name = x.u.DisplayName, index = x.j }).ToList(),
            }).ToList(),
            kinds = Index.DocKinds.All.Select(k => new { id = k.ToString().ToLowerInvariant(), label = Index.DocKinds.Label(k), index = (int)k }).ToList(),
        };
        var model = new
        {
            title = "搜索",
            facets,
            index = Urls.Base + Index.SearchIndexBuilder.Folder,
            home = Urls.Home,
            glossary = Urls.Glossary,
            years = Years.Select(y => new { year = y, url = Urls.Year(y) }).ToList(),
            sitemap = Urls.Base + "sitemap.xml",
        };
        return Page("search/", "search", context, model);
    }

    private OutputFile NotFound()
    {
        var context = Context("页面不存在", "页面不存在", "404.html", new Crumb("页面不存在", null)) with { Kind = "404" };
        return new OutputFile("404.html", Templates.PageBytes("404", context, new { title = "页面不存在", home = Urls.Home, search = Urls.Search }));
    }
}
