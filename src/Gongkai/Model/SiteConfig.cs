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
    /// <summary>The defaults a new site starts from.</summary>
    public static SiteConfig Default { get; } = new("预算公开", "", "/", "zh-CN", "_site", 0.01m);
}
