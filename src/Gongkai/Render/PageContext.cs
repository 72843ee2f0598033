namespace Gongkai.Render;

/// <summary>What the layout needs around a page body: title, breadcrumbs, site-wide links.</summary>
internal sealed record PageContext(
    string Title,
    string Description,
    string Canonical,
    IReadOnlyList<Crumb> Breadcrumbs,
    SiteLinks Site)
{
    public TrustedHtml Body { get; init; } = TrustedHtml.Empty;

    public string Kind { get; init; } = "";

    /// <summary>search.js is loaded only where search runs; every other page's header form is a plain GET form.</summary>
    public bool SearchScript => Kind == "search";

    /// <summary>Whose page it is ("昌吉高新区管委会 2025 年"), so tabs, bookmarks and search results can be told apart.</summary>
    public string? Subject { get; init; }

    /// <summary>The document title: the page, whose it is, then the site (the home page is the site).</summary>
    public string FullTitle => Kind == "home" ? Title : Subject is null ? $"{Title} · {Site.Title}" : $"{Title} · {Subject} · {Site.Title}";
}
