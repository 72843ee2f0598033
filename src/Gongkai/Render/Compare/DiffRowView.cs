namespace Gongkai.Render.Compare;

/// <summary>One row of the 与上年比较 view: its label, what happened to it, and per column last year, this year, change.</summary>
public sealed record DiffRowView(string Code, string Name, string? Project, string State, string Css, IReadOnlyList<DiffCellView> Cells);
