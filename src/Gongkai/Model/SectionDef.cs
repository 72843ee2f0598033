namespace Gongkai.Model;

/// <summary>One side of a table kind (most have one, <c>main</c>; balance tables have income and expenditure).</summary>
public sealed record SectionDef(string Id, string? Caption, Hierarchy Hierarchy, IReadOnlyList<ColumnDef> Columns, IReadOnlyList<SumRule> Sums, bool Tree)
{
    /// <summary>True for the single-section layout, written as <c>rows:</c> in a table file.</summary>
    public bool IsMain => Id == "main";
}
