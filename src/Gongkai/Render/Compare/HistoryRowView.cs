namespace Gongkai.Render.Compare;

/// <summary>A figure (a headline or a 类) across a unit's years.</summary>
public sealed record HistoryRowView(string Label, string? Url, IReadOnlyList<HistoryCellView> Cells);
