using Gongkai.Model;
using Gongkai.Render.Downloads;
using Gongkai.Write;

namespace Gongkai.Render.Compare;

/// <summary>
/// A page per classification code used by any table: every unit-year row under it, grouped by table, in two
/// server-rendered orders (by amount, by unit) that link to each other, with a chart, the code's parent and
/// children, and the page's own table as CSV, XLSX and the chart as SVG. Plus /codes/ and one list per classification.
/// </summary>
internal sealed class CodePages(PageFactory site, CodeIndex index)
{
    public const string Folder = "codes/";

    public static string ListPath(Hierarchy h) => $"{Folder}{CodeIndex.Slug(h)}/";

    public static string PagePath(Hierarchy h, string code) => $"{ListPath(h)}{code}/";

    public IEnumerable<Func<IEnumerable<OutputFile>>> Jobs()
    {
        yield return () => [Hub()];
        foreach (var h in new[] { Hierarchy.Functional, Hierarchy.Economic })
        {
            yield return () => [List(h)];
            foreach (var code in index.Used(h))
            {
                yield return site.Groups is { } groups
                    ? groups.Wrap(() => groups.Inputs.CodePageKey(PagePath(h, code.Code), index.Lines(h, code.Code), Neighbours(h, code.Code)), [() => Files(h, code)])
                    : () => Files(h, code);
            }
        }
    }

    private string Css => site.Urls.Asset("compare.css");

    private string Url(Hierarchy h, string code) => site.Urls.Base + PagePath(h, code);

    private CodeLinkView Link(Hierarchy h, ClassificationCode c, int depth = 0) =>
        new(c.Code, c.Name, CodeIndex.Level(c.Code), Url(h, c.Code), index.Lines(h, c.Code).Count, depth);

    /// <summary>What a code's pages show of other codes: the parent and children they link, with line counts (for its cache key).</summary>
    private string Neighbours(Hierarchy h, string code)
    {
        var parent = CodeIndex.Parent(code) is { } p && index.Find(h, p) is not null && index.Has(h, p) ? $"{p}:{index.Lines(h, p).Count}" : "-";
        return $"{parent} {string.Join(',', index.Children(h, code).Select(c => $"{c.Code}:{index.Lines(h, c.Code).Count}"))}";
    }

    private OutputFile Hub()
    {
        var lists = new[] { Hierarchy.Functional, Hierarchy.Economic }
            .Select(h => new CodeLinkView("", CodeIndex.Label(h), "", site.Urls.Base + ListPath(h), index.Used(h).Count(), 0)).ToList();
        var title = "科目比较";
        var context = site.Context(title, "按政府收支分类科目比较各单位、各年度的预算", Folder, new Crumb(title, null)) with { Kind = "codes" };
        return site.Page(Folder, "codes", context, new CodeIndexView(title, "每个科目一页：列出使用该科目的每个单位、每个年度的公开数。", [], lists, site.Urls.Base + RegionPages.Folder, site.Urls.Base + Downloads.DataPackages.Folder, Css));
    }

    private OutputFile List(Hierarchy h)
    {
        var title = CodeIndex.Label(h) + "科目";
        var codes = index.Used(h).Select(c => Link(h, c, c.Code.Length switch { 3 => 0, 5 => 1, _ => 2 })).ToList();
        var context = site.Context(title, $"{title}：各单位、各年度的预算", ListPath(h), new Crumb("科目比较", site.Urls.Base + Folder), new Crumb(title, null)) with { Kind = "codes" };
        return site.Page(ListPath(h), "codes", context, new CodeIndexView(title, "括号中为使用该科目的表行数（每个单位、年度、表各计一次）。", codes, [], site.Urls.Base + RegionPages.Folder, site.Urls.Base + Downloads.DataPackages.Folder, Css));
    }

    private IEnumerable<OutputFile> Files(Hierarchy h, ClassificationCode code)
    {
        var path = PagePath(h, code.Code);

        // Each group's lines, their row views and both orders are built once and shared by the two pages and the sheets.
        var groups = Groups(h, code.Code).Select(Prepare).ToList();
        var byAmount = Render(h, code, groups, byUnit: false);
        var byUnit = Render(h, code, groups, byUnit: true);
        yield return Page(h, code, path, byAmount);
        yield return Page(h, code, path + "by-unit/", byUnit);
        foreach (var g in byAmount.Groups)
        {
            yield return new OutputFile(path + $"chart-{g.Id}.svg", BarSvg.Write(g.Chart));
        }

        var sheets = groups.Select(g => Sheet(code, g, g.ByAmount)).ToList();
        foreach (var (g, sheet) in groups.Zip(sheets))
        {
            yield return new OutputFile(path + $"{code.Code}-{g.Group.Id}.csv", SheetCsv.Write(sheet));
        }

        yield return new OutputFile(path + $"{code.Code}.xlsx", XlsxWriter.Write(sheets));
    }

    private OutputFile Page(Hierarchy h, ClassificationCode code, string path, CodePageView view)
    {
        var crumbs = new List<Crumb> { new("科目比较", site.Urls.Base + Folder), new(CodeIndex.Label(h), site.Urls.Base + ListPath(h)) };
        for (var p = CodeIndex.Parent(code.Code); p is not null; p = CodeIndex.Parent(p))
        {
            crumbs.Insert(2, new Crumb(p, Url(h, p)));
        }

        crumbs.Add(new Crumb(code.Code, null));
        // The by-unit order is a page of its own: its title says so, so tabs and bookmarks tell the two apart.
        var title = path.EndsWith("by-unit/", StringComparison.Ordinal) ? view.Title + "（按单位排列）" : view.Title;
        var context = site.Context(title, $"{view.Title}：各单位、各年度的预算数", path, [.. crumbs]) with { Kind = "code" };
        return site.Page(path, "code", context, view);
    }

    /// <summary>The code's rows grouped by table kind and section, in the table kinds' order.</summary>
    private List<Group> Groups(Hierarchy h, string code) =>
        [.. index.Lines(h, code)
            .GroupBy(l => (l.Table.Kind, l.Section.Definition))
            .OrderBy(g => g.Key.Kind.Order).ThenBy(g => g.Key.Kind.Sections.ToList().IndexOf(g.Key.Definition))
            .Select(g => new Group(
                g.Key.Definition.IsMain ? g.Key.Kind.Id : $"{g.Key.Kind.Id}-{g.Key.Definition.Id}",
                g.Key.Kind.Title + (g.Key.Definition.Caption is { } c ? $"（{c}）" : ""),
                g.Key.Kind,
                [.. g.Key.Definition.Columns.Where(col => g.Any(l => l.Row[col.Key] is not null))],
                [.. g]))];

    /// <summary>The group with its row views (in group order) and both orders as positions into them.</summary>
    private Prepared Prepare(Group g)
    {
        var first = g.Columns.Count == 0 ? null : g.Columns[0];
        var views = new CodeLineView[g.Lines.Count];
        var bars = new (string Label, string? Url, decimal Value)?[g.Lines.Count];
        for (var i = 0; i < g.Lines.Count; i++)
        {
            var l = g.Lines[i];
            var rowUrl = site.Urls.Table(l.Disclosure, l.Table.Id) + "#" + l.Anchor;
            views[i] = new CodeLineView(
                l.Unit.DisplayName,
                site.Urls.Disclosure(l.Disclosure),
                site.RegionName(l.Unit.RegionId),
                l.Disclosure.Year,
                l.Disclosure.Scope,
                g.Kind.HasProjects ? l.Row.Project ?? "" : null,
                [.. g.Columns.Select(c => l.Row[c.Key]?.Text ?? "")],
                first is null ? "" : Figures.Share(l.Row[first.Key]?.Value, l.Total?[first.Key]?.Value),
                rowUrl,
                site.Status(l.Disclosure));
            bars[i] = first is not null && l.Row[first.Key] is { } cell
                ? ($"{l.Unit.DisplayName} {l.Disclosure.Year}{(g.Kind.HasProjects ? " " + l.Row.Project : "")}", rowUrl, cell.Value)
                : null;
        }

        return new Prepared(g, views, bars, Order(g, byUnit: false), Order(g, byUnit: true));
    }

    /// <summary>Positions of the group's lines in one order (stable sorts over the group order, as before).</summary>
    private static int[] Order(Group g, bool byUnit)
    {
        var first = g.Columns.Count == 0 ? null : g.Columns[0].Key;
        var positions = Enumerable.Range(0, g.Lines.Count);
        var lines = g.Lines;
        return byUnit
            ? [.. positions.OrderBy(i => lines[i].Unit.RegionId, StringComparer.Ordinal).ThenBy(i => lines[i].Unit.Name, StringComparer.Ordinal).ThenByDescending(i => lines[i].Disclosure.Year).ThenBy(i => lines[i].Anchor, StringComparer.Ordinal)]
            : [.. positions.OrderByDescending(i => first is null ? 0 : lines[i].Row[first]?.Value ?? 0).ThenBy(i => lines[i].Unit.Name, StringComparer.Ordinal).ThenByDescending(i => lines[i].Disclosure.Year).ThenBy(i => lines[i].Anchor, StringComparer.Ordinal)];
    }

    private CodePageView Render(Hierarchy h, ClassificationCode code, List<Prepared> groups, bool byUnit)
    {
        var parent = CodeIndex.Parent(code.Code) is { } p && index.Find(h, p) is { } pc && index.Has(h, p) ? Link(h, pc) : null;
        var children = index.Children(h, code.Code).Select(c => Link(h, c)).ToList();
        var path = PagePath(h, code.Code);
        var views = groups.Select(g => GroupView(code, g, byUnit ? g.ByUnit : g.ByAmount, path)).ToList();
        var level = CodeIndex.Level(code.Code);
        return new CodePageView(
            $"{code.Code} {code.Name}",
            code.Code,
            code.Name,
            level,
            CodeIndex.Label(h),
            parent,
            children,
            views,
            byUnit ? "按地区、单位、年度排列" : "按金额从大到小排列",
            byUnit ? "按金额从大到小排列" : "按地区、单位、年度排列",
            site.Urls.Base + (byUnit ? path : path + "by-unit/"),
            site.Urls.Base + ListPath(h),
            Css);
    }

    private CodeGroupView GroupView(ClassificationCode code, Prepared p, int[] order, string path)
    {
        var g = p.Group;
        var first = g.Columns.Count == 0 ? null : g.Columns[0];
        var chart = BarChartView.From(
            $"chart-{g.Id}",
            $"{code.Code} {code.Name}：{g.Title}{(first is null ? "" : "“" + first.Label + "”")}",
            order.Where(i => p.Bars[i] is not null).Select(i => p.Bars[i]!.Value),
            site.Urls.Base + path + $"chart-{g.Id}.svg");
        return new CodeGroupView(
            g.Id,
            g.Title,
            [.. g.Columns.Select(TableData.Label)],
            g.Kind.HasProjects,
            [.. order.Select(i => p.Views[i])],
            first is null ? "" : $"占该单位本表合计行“{first.Label}”的比例（%）＝ 本行数 ÷ 合计行数 × 100，计算所得",
            chart,
            Scopes.Note(order.Select(i => (g.Lines[i].Unit, g.Lines[i].Disclosure))),
            site.Urls.Base + path + $"{code.Code}-{g.Id}.csv",
            site.Urls.Base + path + $"{code.Code}.xlsx");
    }

    /// <summary>The group's rows as on screen: the same columns and order, amounts as numbers, the share as derived text.</summary>
    private static Sheet Sheet(ClassificationCode code, Prepared p, int[] order)
    {
        var g = p.Group;
        var builder = new SheetBuilder(g.Title);
        var headers = new List<string> { "单位", "地区", "年度", "口径" };
        if (g.Kind.HasProjects)
        {
            headers.Add("项目名称");
        }

        headers.AddRange(g.Columns.Select(c => TableData.Label(c) + "（万元）"));
        headers.Add("占本表合计（%，计算）");
        headers.Add("数据核对");
        builder.Title($"{code.Code} {code.Name}：{g.Title}", headers.Count);
        builder.Add(headers.Select(SheetCell.HeaderOf));
        foreach (var i in order)
        {
            var (l, view) = (g.Lines[i], p.Views[i]);
            var cells = new List<SheetCell?> { SheetCell.Of(l.Unit.Name), SheetCell.Of(view.Region), SheetCell.Of(l.Disclosure.Year), SheetCell.Of(l.Disclosure.Scope) };
            if (g.Kind.HasProjects)
            {
                cells.Add(SheetCell.Of(l.Row.Project ?? ""));
            }

            cells.AddRange(g.Columns.Select(c => SheetCell.Of(l.Row[c.Key])));
            cells.Add(SheetCell.Of(view.Share));
            cells.Add(SheetCell.Of(view.Status.Summary));
            builder.Add(cells);
        }

        return builder.Build();
    }

    private sealed record Group(string Id, string Title, TableKind Kind, IReadOnlyList<ColumnDef> Columns, IReadOnlyList<CodeLine> Lines);

    /// <summary>A group with its row views and bar data (in group order) and its two orders as positions into them.</summary>
    private sealed record Prepared(Group Group, CodeLineView[] Views, (string Label, string? Url, decimal Value)?[] Bars, int[] ByAmount, int[] ByUnit);
}
