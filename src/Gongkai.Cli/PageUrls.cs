using System.Text.RegularExpressions;
using Gongkai.Cli.Preview;
using Gongkai.Render;

namespace Gongkai.Cli;

/// <summary>
/// For <c>serve FILE</c>: the page a content file is shown on (a table file → its table page, explanations.md → the
/// explanations page, …), and the pages that a rebuild changed, so the maintainer can open what they just edited.
/// </summary>
internal static partial class PageUrls
{
    /// <summary>The page path (relative to base_url, "" for the home page) where <paramref name="relative"/> is shown.</summary>
    public static string ForFile(string relative)
    {
        var path = relative.Replace('\\', '/');
        if (YearFile().Match(path) is { Success: true } y)
        {
            var disclosure = $"{Urls.UnitPath(y.Groups["unit"].Value)}{y.Groups["year"].Value}/";
            return y.Groups["rest"].Value switch
            {
                var t when t.StartsWith("tables/", StringComparison.Ordinal) && t.EndsWith(".yml", StringComparison.Ordinal) => $"{disclosure}tables/{t[7..^4]}/",
                "explanations.md" => $"{disclosure}explanations/",
                "performance.yml" => $"{disclosure}performance/",
                _ => disclosure,
            };
        }

        if (UnitFile().Match(path) is { Success: true } u)
        {
            return Urls.UnitPath(u.Groups["unit"].Value);
        }

        return path == "content/glossary.yml" ? "glossary/" : "";
    }

    /// <summary>The page paths ("units/x/2026/", "" for home) whose HTML differs between two builds, new pages included.</summary>
    public static IReadOnlyList<string> Changed(SiteSnapshot before, SiteSnapshot after) =>
        [.. after.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)
                && (!before.Files.TryGetValue(f.Key, out var old) || (!ReferenceEquals(old, f.Value) && !old.AsSpan().SequenceEqual(f.Value))))
            .Select(f => f.Key.EndsWith("index.html", StringComparison.Ordinal) ? f.Key[..^"index.html".Length] : f.Key)
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^content/units/(?<unit>[a-z0-9-]+)/(?<year>[0-9]{4})/(?<rest>.+)$")]
    private static partial Regex YearFile();

    [GeneratedRegex(@"^content/units/(?<unit>[a-z0-9-]+)/unit\.yml$")]
    private static partial Regex UnitFile();
}
