namespace Gongkai.Render.Compare;

/// <summary>A unit's headline figures and expenditure by 类 year by year, with changes.</summary>
public sealed record UnitHistoryView(IReadOnlyList<HistoryYearView> Years, IReadOnlyList<HistoryRowView> Headlines, IReadOnlyList<HistoryRowView> Classes, string? ScopeNote, string Css);
