namespace Gongkai.BrowserTests.Support;

/// <summary>The pages of a built site as URL paths relative to its root ("", "units/x/", "404.html"), sorted.</summary>
internal static class SitePages
{
    public static List<string> Html(string siteDir) =>
        [.. Directory.GetFiles(siteDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteDir, f).Replace('\\', '/'))
            .Select(p => p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)];
}
