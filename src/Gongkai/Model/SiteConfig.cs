namespace Gongkai.Model;

/// <summary>site.yml: what the whole site is called, where it is hosted, and how strict validation is.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Output,
    decimal Tolerance)
{
    /// <summary>
    /// The public origin the site is served from ("https://example.gov.cn", no path): sitemap.xml, robots.txt and
    /// canonical links need absolute URLs. Null when site.yml has none: those are then written relative to base_url.
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>The defaults a new site starts from.</summary>
    public static SiteConfig Default { get; } = new("预算公开", "", "/", "zh-CN", "_site", 0.01m);
}
