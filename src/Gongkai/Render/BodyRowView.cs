namespace Gongkai.Render;

/// <summary>A body row: the code and label cells, then the amounts as published.</summary>
public sealed record BodyRowView(string Code, string Name, string? Project, bool HasProjectColumn, bool HasCodeColumn, string Css, IReadOnlyList<string> Amounts, string? Note, bool Flagged);
