namespace Gongkai.Render.Compare;

/// <summary>The aggregate of a region-year's units of one scope (部门预算 or 单位预算: never added together).</summary>
public sealed record ScopeGroupView(
    string Id,
    string Scope,
    IReadOnlyList<ContributorView> Units,
    IReadOnlyList<string> FunctionalColumns,
    IReadOnlyList<AggregateRowView> Functional,
    BarChartView FunctionalChart,
    IReadOnlyList<string> EconomicColumns,
    IReadOnlyList<AggregateRowView> Economic,
    BarChartView EconomicChart,
    IReadOnlyList<PerStaffView> PerStaff)
{
    public int UnitCount => Units.Count;
}
