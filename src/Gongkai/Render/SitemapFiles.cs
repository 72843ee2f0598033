using System.Security;
using System.Text;
using Gongkai.Write;

namespace Gongkai.Render;

/// <summary>
/// sitemap.xml within the sitemap protocol's limits: at most 50,000 URLs and 50 MB (uncompressed) per file. A site
/// with more pages (16,696 URLs at 1,000 unit-years, so from about 3,000 on) gets sitemap.xml as a sitemap index of
/// sitemaps/1.xml, sitemaps/2.xml, …, each within both limits; robots.txt's one Sitemap line names it either way.
/// </summary>
internal static class SitemapFiles
{
    public const int MaxUrls = 50_000;

    public const int MaxBytes = 50 * 1024 * 1024;

    public const string Main = "sitemap.xml";

    public const string Folder = "sitemaps/";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /// <summary>The sitemap files for <paramref name="urls"/> (absolute, in order); <paramref name="absolute"/> makes a site path a URL.</summary>
    public static List<OutputFile> Write(IEnumerable<string> urls, Func<string, string> absolute, int maxUrls = MaxUrls, int maxBytes = MaxBytes)
    {
        var open = $"{Head}<urlset xmlns=\"{Namespace}\">\n";
        const string close = "</urlset>\n";
        var frame = Encoding.UTF8.GetByteCount(open) + close.Length;
        var parts = new List<StringBuilder>();
        StringBuilder? part = null;
        int count = 0, bytes = 0;
        foreach (var url in urls)
        {
            var line = $"  <url><loc>{SecurityElement.Escape(url)}</loc></url>\n";
            var size = Encoding.UTF8.GetByteCount(line);
            if (part is null || count == maxUrls || frame + bytes + size > maxBytes)
            {
                parts.Add(part = new StringBuilder(open));
                count = 0;
                bytes = 0;
            }

            part.Append(line);
            count++;
            bytes += size;
        }

        if (parts.Count <= 1)
        {
            return [OutputFile.Text(Main, (parts.Count == 0 ? open : parts[0].ToString()) + close)];
        }

        var files = parts.Select((p, i) => OutputFile.Text(PartPath(i), p.Append(close).ToString())).ToList();
        var index = new StringBuilder($"{Head}<sitemapindex xmlns=\"{Namespace}\">\n");
        for (var i = 0; i < parts.Count; i++)
        {
            index.Append("  <sitemap><loc>").Append(SecurityElement.Escape(absolute(PartPath(i)))).Append("</loc></sitemap>\n");
        }

        files.Add(OutputFile.Text(Main, index.Append("</sitemapindex>\n").ToString()));
        return files;
    }

    private static string PartPath(int i) => $"{Folder}{i + 1}.xml";
}
