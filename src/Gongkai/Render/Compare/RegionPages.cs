using Gongkai.Model;
using Gongkai.Render.Downloads;
using Gongkai.Write;

namespace Gongkai.Render.Compare;

/// <summary>
/// Aggregates by region and year: every unit's 表3 类 and 表6 类 summed (derived, per scope — a 部门预算 and a
/// 单位预算 are never added together), with the units each total comes from; 基本支出 and 人员经费 per 实有人数;
/// and the 三公经费 of every unit side by side. Region-years are grouped once; each page reads only its own units.
/// </summary>
internal sealed class RegionPages(PageFactory site)
{
    public const string Folder = "regions/";

    public static string PagePath(string region, int year) => $"{Folder}{region}/{year}/";

    private string Css => site.Urls.Asset("compare.css");

    public IEnumerable<Func<IEnumerable<OutputFile>>> Jobs()
    {
        var groups = site.Content.Units
            .SelectMany(u => u.Disclosures.Select(d => (Unit: u, Disclosure: d)))
            .GroupBy(x => (x.Unit.RegionId, x.Disclosure.Year))
            .OrderBy(g => g.Key.RegionId, StringComparer.Ordinal).ThenByDescending(g => g.Key.Year)
            .Select(g => (g.Key.RegionId, g.Key.Year, Members: g.OrderBy(x => x.Unit.Name, StringComparer.Ordinal).ToList()))
            .ToList();
        yield return () => [Index(groups)];
        // Region rows link the 类 codes that have pages; the list is part of each region page's cache key.
        var codes = new Lazy<string>(() => UsedCodes(CodeIndex.For(site.Content)));
        foreach (var (region, year, members) in groups)
        {
            var path = PagePath(region, year);
            yield return Cached(path, members, codes, () => Aggregate(region, year, members));
            yield return Cached(path + "three-public/", members, codes, () => ThreePublic(region, year, members));
        }
    }

    private Func<IEnumerable<OutputFile>> Cached(string page, List<(Unit Unit, Disclosure Disclosure)> members, Lazy<string> codes, Func<IEnumerable<OutputFile>> job) =>
        site.Groups is { } groups ? groups.Wrap(() => groups.Inputs.RegionKey(page, members, codes.Value), [job]) : job;

    private static string UsedCodes(CodeIndex index) =>
        string.Join(',', new[] { Hierarchy.Functional, Hierarchy.Economic }.SelectMany(h => index.Used(h).Where(c => c.Code.Length == 3).Select(c => $"{h}:{c.Code}")));

    private OutputFile Index(List<(string RegionId, int Year, List<(Unit Unit, Disclosure Disclosure)> Members)> groups)
    {
        var title = "地区汇总";
        var items = groups.Select(g => new RegionYearView(site.RegionName(g.RegionId), g.Year, g.Members.Count,
            site.Urls.Base + PagePath(g.RegionId, g.Year), site.Urls.Base + PagePath(g.RegionId, g.Year) + "three-public/")).ToList();
        var context = site.Context(title, "各地区各年度所有单位的预算汇总", Folder, new Crumb(title, null)) with { Kind = "regions" };
        return site.Page(Folder, "regions", context, new RegionIndexView(title, items, site.Urls.Base + CodePages.Folder, site.Urls.Base + DataPackages.Folder, Css));
    }

    private IEnumerable<OutputFile> Aggregate(string region, int year, List<(Unit Unit, Disclosure Disclosure)> members)
    {
        var path = PagePath(region, year);
        var regionName = site.RegionName(region);
        var groups = members.GroupBy(m => m.Disclosure.Scope).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => Group($"scope{i + 1}", g.Key, [.. g], year)).ToList();
        var title = $"{regionName} {year} 年各单位预算汇总";
        var view = new AggregatePageView(title, regionName, year, groups, Scopes.Note(members), site.Urls.Base + path + "three-public/",
            site.Urls.Base + path + $"{region}-{year}.csv", site.Urls.Base + path + $"{region}-{year}.xlsx", Css);
        var context = site.Context(title, title, path, new Crumb("地区汇总", site.Urls.Base + Folder), new Crumb($"{regionName} {year} 年", null)) with { Kind = "region" };
        yield return site.Page(path, "region", context, view);
        foreach (var g in groups)
        {
            yield return new OutputFile(path + $"chart-{g.Id}-functional.svg", BarSvg.Write(g.FunctionalChart));
            yield return new OutputFile(path + $"chart-{g.Id}-economic.svg", BarSvg.Write(g.EconomicChart));
        }

        var sheets = groups.SelectMany(g => new[] { Sheet($"{g.Scope}预算 功能分类", g.FunctionalColumns, g.Functional), Sheet($"{g.Scope}预算 经济分类", g.EconomicColumns, g.Economic) }).ToList();
        yield return new OutputFile(path + $"{region}-{year}.csv", SheetCsv.Write(sheets[0]));
        yield return new OutputFile(path + $"{region}-{year}.xlsx", XlsxWriter.Write(sheets));
    }

    private ScopeGroupView Group(string id, string scope, List<(Unit Unit, Disclosure Disclosure)> members, int year)
    {
        var functional = Sum(members, "expenditure-summary", Hierarchy.Functional);
        var economic = Sum(members, "general-budget-basic", Hierarchy.Economic);
        var units = members.Select(m => new ContributorView(m.Unit.DisplayName, site.Urls.Disclosure(m.Disclosure), Headlines.Total(m.Disclosure)?.Text ?? "", site.Status(m.Disclosure))).ToList();
        var perStaff = members.Select(m =>
        {
            var staff = m.Disclosure.Profile.Staffing?.Actual;
            var basic = Headlines.Basic(m.Disclosure);
            var personnel = m.Disclosure.Tables.FirstOrDefault(t => t.Id == "general-budget-basic")?.Sections[0].Rows.FirstOrDefault(r => r.IsTotal)?["personnel"];
            return new PerStaffView(
                m.Unit.DisplayName,
                site.Urls.Disclosure(m.Disclosure),
                staff?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "未公开",
                basic?.Text ?? "",
                staff is { } n && basic is not null ? Figures.PerHead(basic.Value, n) : "",
                personnel?.Text ?? "",
                staff is { } p && personnel is not null ? Figures.PerHead(personnel.Value, p) : "",
                site.Status(m.Disclosure));
        }).ToList();
        return new ScopeGroupView(
            id,
            scope,
            units,
            functional.Columns,
            functional.Rows,
            BarChartView.From($"chart-{id}-functional", $"{scope}预算：支出按功能分类（类）合计", functional.Rows.Select(r => ($"{r.Code} {r.Name}", r.Url, Parse(r.Amounts[0]))), site.Urls.Base + PagePath(members[0].Unit.RegionId, year) + $"chart-{id}-functional.svg"),
            economic.Columns,
            economic.Rows,
            BarChartView.From($"chart-{id}-economic", $"{scope}预算：一般公共预算基本支出按经济分类（类）合计", economic.Rows.Select(r => ($"{r.Code} {r.Name}", r.Url, Parse(r.Amounts[0]))), site.Urls.Base + PagePath(members[0].Unit.RegionId, year) + $"chart-{id}-economic.svg"),
            perStaff);
    }

    /// <summary>The 类 rows of one table kind summed over the units, every column the kind declares; each with its contributors.</summary>
    private (IReadOnlyList<string> Columns, IReadOnlyList<AggregateRowView> Rows) Sum(List<(Unit Unit, Disclosure Disclosure)> members, string kind, Hierarchy h)
    {
        var definition = site.Content.Kinds.FirstOrDefault(k => k.Id == kind)?.Sections[0];
        if (definition is null)
        {
            return ([], []);
        }

        var lines = members.SelectMany(m => m.Disclosure.Tables.Where(t => t.Id == kind)
            .SelectMany(t => t.Sections[0].Rows.Where(r => !r.IsSumRow && r.Code is { Length: 3 }).Select(r => (m.Unit, m.Disclosure, Row: r)))).ToList();
        var index = CodeIndex.For(site.Content);
        var rows = lines.GroupBy(l => l.Row.Code!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var name = index.Find(h, g.Key)?.Name ?? g.First().Row.Name;
            var amounts = definition.Columns.Select(c => g.Any(l => l.Row[c.Key] is not null) ? Figures.Amount(g.Sum(l => l.Row[c.Key]?.Value ?? 0)) : "").ToList();
            var contributors = g.OrderByDescending(l => l.Row[definition.Columns[0].Key]?.Value ?? 0).ThenBy(l => l.Unit.Name, StringComparer.Ordinal)
                .Select(l => new ContributorView(l.Unit.DisplayName, site.Urls.Table(l.Disclosure, kind), l.Row[definition.Columns[0].Key]?.Text ?? "", site.Status(l.Disclosure))).ToList();
            return new AggregateRowView(g.Key, name, index.Has(h, g.Key) ? site.Urls.Base + CodePages.PagePath(h, g.Key) : null, amounts, contributors);
        }).ToList();
        return ([.. definition.Columns.Select(TableData.Label)], rows);
    }

    private static decimal Parse(string amount) => amount.Length == 0 ? 0 : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

    private static Sheet Sheet(string name, IReadOnlyList<string> columns, IReadOnlyList<AggregateRowView> rows)
    {
        var builder = new SheetBuilder(name);
        var headers = new List<string> { "科目编码", "科目名称" };
        headers.AddRange(columns.Select(c => c + "（万元，各单位相加）"));
        headers.Add("单位数");
        builder.Title(name + "（单位：万元；合计为各单位公开数相加，计算所得）", headers.Count);
        builder.Add(headers.Select(SheetCell.HeaderOf));
        foreach (var r in rows)
        {
            var cells = new List<SheetCell?> { SheetCell.Of(r.Code), SheetCell.Of(r.Name) };
            cells.AddRange(r.Amounts.Select(a => a.Length == 0 ? null : SheetCell.Of(Parse(a))));
            cells.Add(SheetCell.Of(r.Contributors.Count));
            builder.Add(cells);
        }

        return builder.Build();
    }

    private IEnumerable<OutputFile> ThreePublic(string region, int year, List<(Unit Unit, Disclosure Disclosure)> members)
    {
        var path = PagePath(region, year) + "three-public/";
        var regionName = site.RegionName(region);
        var rows = members.Select(m => (m.Unit, m.Disclosure, Table: m.Disclosure.Tables.FirstOrDefault(t => t.Id == "three-public")))
            .Where(x => x.Table is not null)
            .Select(x => (x.Unit, x.Disclosure, x.Table, Cells: ThreePublicItems.Amounts(x.Table!)))
            .OrderByDescending(x => x.Cells[0]?.Value ?? 0).ThenBy(x => x.Unit.Name, StringComparer.Ordinal).ToList();
        var views = rows.Select(x => new ThreePublicRowView(x.Unit.DisplayName, site.Urls.Disclosure(x.Disclosure), site.Urls.Table(x.Disclosure, "three-public"),
            x.Disclosure.Scope, [.. x.Cells.Select(c => c?.Text ?? "")], site.Status(x.Disclosure))).ToList();
        var title = $"{regionName} {year} 年各单位“三公”经费";
        var chart = BarChartView.From("chart-three-public", $"{title}：合计", rows.Where(x => x.Cells[0] is not null).Select(x => ($"{x.Unit.DisplayName}", (string?)site.Urls.Table(x.Disclosure, "three-public"), x.Cells[0]!.Value)), site.Urls.Base + path + "chart.svg");
        var view = new ThreePublicPageView(title, regionName, year, ThreePublicItems.Labels, views, chart, Scopes.Note(members),
            site.Urls.Base + PagePath(region, year), site.Urls.Base + path + $"three-public-{region}-{year}.csv", site.Urls.Base + path + $"three-public-{region}-{year}.xlsx", Css);
        var context = site.Context(title, title, path, new Crumb("地区汇总", site.Urls.Base + Folder), new Crumb($"{regionName} {year} 年", site.Urls.Base + PagePath(region, year)), new Crumb("“三公”经费", null)) with { Kind = "three-public" };
        yield return site.Page(path, "three-public", context, view);
        yield return new OutputFile(path + "chart.svg", BarSvg.Write(chart));
        var builder = new SheetBuilder("三公经费");
        var headers = new List<string> { "单位", "口径" };
        headers.AddRange(ThreePublicItems.Labels.Select(l => l + "（万元）"));
        headers.Add("数据核对");
        builder.Title(title + "（单位：万元，照各单位表10 合计栏公开数）", headers.Count);
        builder.Add(headers.Select(SheetCell.HeaderOf));
        foreach (var x in rows)
        {
            var cells = new List<SheetCell?> { SheetCell.Of(x.Unit.Name), SheetCell.Of(x.Disclosure.Scope) };
            cells.AddRange(x.Cells.Select(SheetCell.Of));
            cells.Add(SheetCell.Of(site.Status(x.Disclosure).Summary));
            builder.Add(cells);
        }

        var sheet = builder.Build();
        yield return new OutputFile(path + $"three-public-{region}-{year}.csv", SheetCsv.Write(sheet));
        yield return new OutputFile(path + $"three-public-{region}-{year}.xlsx", XlsxWriter.Write([sheet]));
    }
}
