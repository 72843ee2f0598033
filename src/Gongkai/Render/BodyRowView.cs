namespace Gongkai.Render;

/// <summary>A body row: the code and label cells, then the amounts as published, and the markers of the findings that concern it.</summary>
public sealed record BodyRowView(string Code, string Name, string? Project, bool HasProjectColumn, bool HasCodeColumn, string Css, IReadOnlyList<string> Amounts, string? Note, IReadOnlyList<FindingMarker> Markers)
{
    public bool Flagged => Markers.Count > 0;
}
