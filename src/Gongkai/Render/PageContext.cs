namespace Gongkai.Render;

/// <summary>What the layout needs around a page body: title, breadcrumbs, site-wide links.</summary>
internal sealed record PageContext(
    string Title,
    string Description,
    string Canonical,
    IReadOnlyList<Crumb> Breadcrumbs,
    SiteLinks Site)
{
    public string Body { get; init; } = "";

    public string Kind { get; init; } = "";

    public string? Query { get; init; }
}
