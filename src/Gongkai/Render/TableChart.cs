using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>
/// The bar chart shown above a table where one helps a reader see the proportions: 表6 by economic class (类) and
/// the 三公 breakdown. Other tables are either one figure, a balance sheet, or a long project list, where bars add
/// nothing the table does not already say. The table below the chart stays the accessible, complete version.
/// </summary>
internal static class TableChart
{
    public static (string Title, IReadOnlyList<(string Code, string Name, decimal Amount)> Bars)? For(BudgetTable table)
    {
        var section = table.Sections.Count == 1 ? table.Sections[0] : null;
        if (section is null)
        {
            return null;
        }

        var title = table.Id switch
        {
            "general-budget-basic" => $"表{table.Number} 按经济分类（类）",
            "three-public" => $"表{table.Number} “三公”经费构成",
            _ => null,
        };
        if (title is null)
        {
            return null;
        }

        return (title, TopLevel(section));
    }

    /// <summary>The top-level rows (类, or the outline's first level) with a positive 合计, in published order.</summary>
    public static IReadOnlyList<(string Code, string Name, decimal Amount)> TopLevel(TableSection section) =>
        [.. section.Rows
            .Where(r => !r.IsSumRow && r.Level == 0 && r["total"] is { Value: > 0 })
            .Select(r => (r.Code ?? "", r.Name, r["total"]!.Value))];
}
