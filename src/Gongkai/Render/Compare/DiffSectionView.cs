namespace Gongkai.Render.Compare;

/// <summary>One section of a compared table with its column labels and rows.</summary>
public sealed record DiffSectionView(string? Caption, IReadOnlyList<string> Columns, bool HasProject, IReadOnlyList<DiffRowView> Rows);
