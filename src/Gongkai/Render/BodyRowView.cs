namespace Gongkai.Render;

/// <summary>A body row: the code and label cells, then the amounts as published, and the markers of the findings that concern it.</summary>
public sealed record BodyRowView(string Code, string Name, string? Project, bool HasProjectColumn, bool HasCodeColumn, string Css, IReadOnlyList<string> Amounts, string? Note, IReadOnlyList<FindingMarker> Markers)
{
    public bool Flagged => Markers.Count > 0;

    /// <summary>The row's stable id (Compare/RowAnchors), so other pages can link to this row.</summary>
    public string? Anchor { get; init; }

    /// <summary>The page of the row's classification code, where it has one (Compare/RowLinks).</summary>
    public string? CodeUrl { get; init; }
}
