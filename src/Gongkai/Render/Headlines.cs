using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>The few figures a citizen looks for first, read from the standard tables where published.</summary>
internal static class Headlines
{
    public static Cell? Total(Disclosure d) => TotalCell(d, "budget-summary", "income", "amount");

    public static Cell? Fiscal(Disclosure d) => TotalCell(d, "fiscal-summary", "income", "amount");

    public static Cell? Basic(Disclosure d) => TotalCell(d, "expenditure-summary", "main", "basic");

    public static Cell? Project(Disclosure d) => TotalCell(d, "expenditure-summary", "main", "project");

    public static Cell? ThreePublic(Disclosure d) => TotalCell(d, "three-public", "main", "total");

    /// <summary>Top-level expenditure rows (类) with their totals, for the chart.</summary>
    public static IReadOnlyList<(string Code, string Name, decimal Amount)> ByFunction(Disclosure d)
    {
        var section = d.Tables.FirstOrDefault(t => t.Id == "expenditure-summary")?.Sections[0];
        return section is null ? [] : TableChart.TopLevel(section);
    }

    private static Cell? TotalCell(Disclosure d, string kind, string section, string column) =>
        d.Tables.FirstOrDefault(t => t.Id == kind)?.Sections.FirstOrDefault(s => s.Definition.Id == section)?.Rows.FirstOrDefault(r => r.IsTotal)?[column];
}
