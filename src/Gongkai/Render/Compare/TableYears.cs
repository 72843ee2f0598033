using Gongkai.Model;
using Gongkai.Render.Downloads;
using Gongkai.Write;

namespace Gongkai.Render.Compare;

/// <summary>
/// A table across a unit's years: links to the same table in the other years, and for a table that the year
/// before also published, a 与上年比较 page: rows matched by section and code (or name, for uncoded rows; a
/// repeated code by project name), each marked 新增 / 减少 / 变化 / 相同, with both years' published amounts.
/// </summary>
internal static class TableYears
{
    public const string Segment = "compare/";

    /// <summary>The year before that published this table kind, or null.</summary>
    public static Disclosure? Previous(Unit unit, Disclosure d, string kind) =>
        unit.Disclosures.Where(x => x.Year < d.Year && x.Tables.Any(t => t.Id == kind)).MaxBy(x => x.Year);

    public static TableExtrasView Extras(PageFactory site, Unit unit, Disclosure d, BudgetTable table)
    {
        var years = unit.Disclosures.Where(x => x.Tables.Any(t => t.Id == table.Id)).OrderByDescending(x => x.Year)
            .Select(x => new YearLinkView(x.Year, site.Urls.Table(x, table.Id), x == d)).ToList();
        var previous = Previous(unit, d, table.Id);
        return new TableExtrasView(
            years,
            previous is null ? null : site.Urls.Table(d, table.Id) + Segment,
            previous?.Year,
            site.Urls.Table(d, table.Id) + table.Id + ".xlsx",
            site.Urls.Disclosure(d) + Workbook.FileName(d),
            site.Urls.Disclosure(d) + DataPackages.Descriptor,
            site.Urls.Base + RegionPages.PagePath(unit.RegionId, d.Year),
            site.Urls.Base + CodePages.Folder);
    }

    /// <summary>The compare page and its downloads, for every table whose kind the year before published.</summary>
    public static IEnumerable<Func<IEnumerable<OutputFile>>> Jobs(PageFactory site) =>
        from unit in site.Content.Units
        where unit.Disclosures.Count > 1
        from d in unit.Disclosures
        from table in d.Tables
        let previous = Previous(unit, d, table.Id)
        where previous is not null
        select (Func<IEnumerable<OutputFile>>)(() => Files(site, unit, d, table, previous.Tables.First(t => t.Id == table.Id), previous));

    /// <summary>The paths of the compare pages <see cref="Jobs"/> writes, for the sitemap.</summary>
    public static IEnumerable<string> Paths(PageFactory site) =>
        from unit in site.Content.Units
        where unit.Disclosures.Count > 1
        from d in unit.Disclosures
        from table in d.Tables
        where Previous(unit, d, table.Id) is not null
        select Urls.TablePath(d, table.Id) + Segment;

    private static IEnumerable<OutputFile> Files(PageFactory site, Unit unit, Disclosure d, BudgetTable now, BudgetTable before, Disclosure previous)
    {
        var view = Diff(site, unit, d, now, before, previous);
        var path = Urls.TablePath(d, now.Id) + Segment;
        var context = site.Context(view.Title, $"{unit.Name} 表{now.Number} {now.Title} {d.Year} 年与 {previous.Year} 年比较", path,
            new Crumb($"{d.Year} 年", site.Urls.Year(d.Year)),
            new Crumb(unit.DisplayName, site.Urls.Unit(unit.Id)),
            new Crumb($"{d.Year} 年预算", site.Urls.Disclosure(d)),
            new Crumb($"表{now.Number}", site.Urls.Table(d, now.Id)),
            new Crumb("与上年比较", null)) with { Kind = "table-compare" };
        yield return site.Page(path, "table-compare", context, view);
        var sheet = Sheet(view);
        yield return new OutputFile(path + $"{now.Id}-{previous.Year}-{d.Year}.csv", SheetCsv.Write(sheet));
        yield return new OutputFile(path + $"{now.Id}-{previous.Year}-{d.Year}.xlsx", XlsxWriter.Write([sheet]));
    }

    public static TableDiffView Diff(PageFactory site, Unit unit, Disclosure d, BudgetTable now, BudgetTable before, Disclosure previous)
    {
        var sections = new List<DiffSectionView>();
        int added = 0, removed = 0, changed = 0, same = 0;
        foreach (var section in now.Sections)
        {
            var old = before.Sections.FirstOrDefault(s => s.Definition.Id == section.Definition.Id);
            var columns = section.Definition.Columns.Where(c => section.Columns.Contains(c) || (old?.Columns.Contains(c) ?? false)).ToList();
            var oldRows = old is null ? [] : Keyed(old).ToDictionary(x => x.Key, x => x.Row, StringComparer.Ordinal);
            var rows = new List<DiffRowView>();
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, row) in Keyed(section))
            {
                var was = oldRows.GetValueOrDefault(key);
                var state = was is null ? "新增" : columns.Any(c => row[c.Key]?.Value != was[c.Key]?.Value) ? "变化" : "相同";
                if (was is not null)
                {
                    matched.Add(key);
                }

                rows.Add(Row(row, was, state, columns));
            }

            foreach (var (key, row) in old is null ? [] : Keyed(old).Where(x => !matched.Contains(x.Key)))
            {
                rows.Add(Row(null, row, "减少", columns));
            }

            added += rows.Count(r => r.State == "新增");
            removed += rows.Count(r => r.State == "减少");
            changed += rows.Count(r => r.State == "变化");
            same += rows.Count(r => r.State == "相同");
            sections.Add(new DiffSectionView(section.Definition.Caption, [.. columns.Select(TableData.Label)], now.Kind.HasProjects, rows));
        }

        var path = site.Urls.Table(d, now.Id) + Segment;
        return new TableDiffView(
            $"表{now.Number} {now.Title}：{d.Year} 年与 {previous.Year} 年比较",
            unit.Name,
            d.Year,
            previous.Year,
            site.Urls.Table(d, now.Id),
            site.Urls.Table(previous, before.Id),
            added,
            removed,
            changed,
            same,
            sections,
            site.Status(d),
            site.Status(previous),
            d.Scope == previous.Scope ? null : $"{previous.Year} 年为{previous.Scope}预算，{d.Year} 年为{d.Scope}预算，口径不同，增减含口径变化的影响。",
            path + $"{now.Id}-{previous.Year}-{d.Year}.csv",
            path + $"{now.Id}-{previous.Year}-{d.Year}.xlsx",
            site.Urls.Asset("compare.css"));
    }

    /// <summary>Each row with its matching key: section, code or name, project, and the occurrence of that key.</summary>
    private static IEnumerable<(string Key, TableRow Row)> Keyed(TableSection section)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in section.Rows)
        {
            var name = row.IsTotal ? "\u0001total" : row.Code ?? new string([.. row.Name.Where(c => !char.IsWhiteSpace(c))]);
            var key = $"{name}|{row.Project}";
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            yield return ($"{key}|{n}", row);
        }
    }

    private static DiffRowView Row(TableRow? now, TableRow? before, string state, IReadOnlyList<ColumnDef> columns)
    {
        var row = (now ?? before)!;
        return new DiffRowView(
            row.Code ?? "",
            row.Name,
            row.Project,
            state,
            state switch { "新增" => "diff-added", "减少" => "diff-removed", "变化" => "diff-changed", _ => "diff-same" },
            [.. columns.Select(c =>
            {
                var a = before?[c.Key];
                var b = now?[c.Key];
                var change = a is null && b is null ? "" : Figures.Change(b?.Value ?? 0, a?.Value ?? 0);
                return new DiffCellView(a?.Text ?? "", b?.Text ?? "", change == "0" || change.All(ch => ch is '0' or '.') ? "" : change);
            })]);
    }

    /// <summary>The compare view as on screen: per section, label columns then 上年 / 本年 / 增减 per column.</summary>
    private static Sheet Sheet(TableDiffView view)
    {
        var builder = new SheetBuilder($"{view.PreviousYear}-{view.Year} 比较");
        var width = 4 + view.Sections.Max(s => s.Columns.Count * 3);
        builder.Title(view.Title + "（单位：万元）", width);
        foreach (var section in view.Sections)
        {
            if (section.Caption is { } caption)
            {
                builder.Add(SheetCell.HeaderOf(caption));
            }

            var top = new List<(string, int, int)> { ("科目编码", 1, 2), ("名称", 1, 2), ("项目名称", 1, 2), ("比较", 1, 2) };
            top.AddRange(section.Columns.Select(c => (c, 3, 1)));
            var sub = section.Columns.SelectMany(_ => new[] { ($"{view.PreviousYear} 年", 1, 1), ($"{view.Year} 年", 1, 1), ("增减（计算）", 1, 1) }).ToList();
            builder.Headers([top, sub]);
            foreach (var row in section.Rows)
            {
                var cells = new List<SheetCell?> { SheetCell.Of(row.Code), SheetCell.Of(row.Name), SheetCell.Of(row.Project ?? ""), SheetCell.Of(row.State) };
                foreach (var c in row.Cells)
                {
                    cells.Add(Amount(c.Before));
                    cells.Add(Amount(c.Now));
                    cells.Add(Amount(c.Change));
                }

                builder.Add(cells);
            }
        }

        return builder.Build();
    }

    private static SheetCell? Amount(string text) =>
        text.Length == 0 ? null : SheetCell.Of(decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture));
}
