using Gongkai.Model;

namespace Gongkai.Render.Compare;

/// <summary>
/// The standard items of 表10 and how each unit's published row names map to them: units write
/// “因公出国（境）费” or “…费用”, “公务用车运行费” or “公务用车运行维护费”, so rows are matched by the words
/// that tell the items apart (purchase-and-running before purchase before running), never by position.
/// </summary>
internal static class ThreePublicItems
{
    public static readonly IReadOnlyList<string> Labels = ["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行（维护）费"];

    /// <summary>The item index (into <see cref="Labels"/>) of a published row, or -1.</summary>
    public static int Of(TableRow row) =>
        row.IsTotal ? 0
        : row.Name.Contains("出国", StringComparison.Ordinal) ? 1
        : row.Name.Contains("接待", StringComparison.Ordinal) ? 2
        : row.Name.Contains("购置及运行", StringComparison.Ordinal) ? 3
        : row.Name.Contains("购置", StringComparison.Ordinal) ? 4
        : row.Name.Contains("运行", StringComparison.Ordinal) ? 5
        : -1;

    /// <summary>The 合计 column of each item as published (null where the unit printed no amount).</summary>
    public static Cell?[] Amounts(BudgetTable table)
    {
        var cells = new Cell?[Labels.Count];
        foreach (var row in table.AllRows)
        {
            var i = Of(row);
            if (i >= 0 && cells[i] is null)
            {
                cells[i] = row["total"];
            }
        }

        return cells;
    }
}
