namespace Gongkai.Render;

/// <summary>A link on a 网站地图 page: its nesting depth (0 = top level) and, for a part, what it holds.</summary>
internal sealed record SitemapLinkView(string Label, string Url, int Depth, string? Note = null);
