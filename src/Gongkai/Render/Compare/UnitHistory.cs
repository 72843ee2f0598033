using Gongkai.Model;

namespace Gongkai.Render.Compare;

/// <summary>
/// A unit across years, for its unit page: each headline figure and each 类 of 表3 by year, with the change
/// from the year before (amount and %, derived and labelled). Only for a unit with more than one year; one
/// unit's own disclosures, so the cost is per unit, not per site.
/// </summary>
internal static class UnitHistory
{
    public static UnitHistoryView? For(PageFactory site, Unit unit)
    {
        if (unit.Disclosures.Count < 2)
        {
            return null;
        }

        var years = unit.Disclosures.OrderBy(d => d.Year).ToList();
        var headlines = new (string Label, Func<Disclosure, Cell?> Figure)[]
        {
            ("收支总预算", Headlines.Total),
            ("财政拨款收支总预算", Headlines.Fiscal),
            ("基本支出", Headlines.Basic),
            ("项目支出", Headlines.Project),
            ("“三公”经费", Headlines.ThreePublic),
        };
        var classes = years.SelectMany(ByClass).Select(c => (c.Code, c.Name)).DistinctBy(c => c.Code).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var index = CodeIndex.For(site.Content);
        return new UnitHistoryView(
            [.. years.Select(d => new HistoryYearView(d.Year, site.Urls.Disclosure(d), d.Scope, site.Status(d)))],
            [.. headlines.Select(h => Row(h.Label, null, years.Select(d => h.Figure(d)?.Value).ToList()))],
            [.. classes.Select(c => Row($"{c.Code} {c.Name}", index.Has(Hierarchy.Functional, c.Code) ? site.Urls.Base + CodePages.PagePath(Hierarchy.Functional, c.Code) : null,
                years.Select(d => ByClass(d).Where(x => x.Code == c.Code).Select(x => (decimal?)x.Amount).FirstOrDefault()).ToList()))],
            years.Select(d => d.Scope).Distinct(StringComparer.Ordinal).Count() == 1 ? null
                : $"各年度公开的口径不同（{string.Join("、", years.Select(d => $"{d.Year} 年{d.Scope}预算"))}），增减含口径变化的影响。",
            site.Urls.Asset("compare.css"));
    }

    private static IEnumerable<(string Code, string Name, decimal Amount)> ByClass(Disclosure d) =>
        d.Tables.FirstOrDefault(t => t.Id == "expenditure-summary")?.Sections[0].Rows
            .Where(r => !r.IsSumRow && r.Code is { Length: 3 } && r["total"] is not null)
            .Select(r => (r.Code!, r.Name, r["total"]!.Value)) ?? [];

    /// <summary>A row of amounts by year; each year after the first carries its change from the previous one.</summary>
    public static HistoryRowView Row(string label, string? url, IReadOnlyList<decimal?> amounts) =>
        new(label, url, [.. amounts.Select((a, i) =>
        {
            var before = i > 0 ? amounts[i - 1] : null;
            if (a is null)
            {
                return new HistoryCellView("", "", "", "");
            }

            return before is null
                ? new HistoryCellView(Figures.Amount(a.Value), "", "", "")
                : new HistoryCellView(Figures.Amount(a.Value), Figures.Change(a.Value, before.Value), Figures.Rate(a.Value, before.Value), a > before ? "change-up" : a < before ? "change-down" : "");
        })]);
}
