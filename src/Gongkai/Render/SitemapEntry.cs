namespace Gongkai.Render;

/// <summary>One page in the 网站地图 and sitemap.xml: its path under base_url, its label and its nesting depth.</summary>
internal sealed record SitemapEntry(string Path, string Label, int Depth);
