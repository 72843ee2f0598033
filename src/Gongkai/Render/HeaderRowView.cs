namespace Gongkai.Render;

/// <summary>One row of column headers.</summary>
public sealed record HeaderRowView(IReadOnlyList<HeaderCellView> Cells);
