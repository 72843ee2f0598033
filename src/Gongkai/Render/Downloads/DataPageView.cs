namespace Gongkai.Render.Downloads;

/// <summary>The data page: the site's bulk downloads and how the per-disclosure ones are named.</summary>
public sealed record DataPageView(string Title, IReadOnlyList<DownloadView> Items, string Css);
