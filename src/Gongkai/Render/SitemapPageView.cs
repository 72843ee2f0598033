namespace Gongkai.Render;

/// <summary>
/// The 网站地图 page, or one part of it: <see cref="Summary"/> says what the page lists, <see cref="Previous"/> and
/// <see cref="Next"/> link the neighbouring parts (null on the main page and at either end).
/// </summary>
internal sealed record SitemapPageView(string Title, string Summary, List<SitemapLinkView> Entries, string Xml, SitemapLinkView? Previous, SitemapLinkView? Next)
{
    public bool Paged => Previous is not null || Next is not null;
}
