using AngleSharp.Html.Parser;
using Gongkai.Index;

namespace Gongkai.Benchmarks;

/// <summary>
/// Which pages really contain a query: the text of each content page's &lt;main&gt; (units/… and glossary/), in
/// the compact form (no spaces or punctuation), searched for the query's compact form. Navigation (header,
/// footer, and the &lt;nav&gt; lists inside pages such as "all tables of this unit") is left out.
/// </summary>
internal sealed class GroundTruth
{
    private readonly List<(string Url, string Text)> _pages;

    private GroundTruth(List<(string Url, string Text)> pages) => _pages = pages;

    public int Pages => _pages.Count;

    public static GroundTruth Read(string site)
    {
        var files = Directory.GetFiles(site, "index.html", SearchOption.AllDirectories)
            .Select(f => (File: f, Url: Path.GetRelativePath(site, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/"))
            .Where(x => x.Url.StartsWith("units/", StringComparison.Ordinal) || x.Url == "glossary/")
            .OrderBy(x => x.Url, StringComparer.Ordinal)
            .ToList();
        var pages = new (string, string)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(files[i].File));
            var main = document.QuerySelector("main");
            foreach (var nav in main?.QuerySelectorAll("nav").ToList() ?? [])
            {
                nav.Remove();
            }

            pages[i] = (files[i].Url, Tokenizer.Compact(main?.TextContent ?? ""));
        });
        return new GroundTruth([.. pages]);
    }

    public HashSet<string> Matching(string query)
    {
        var phrases = Tokenizer.Phrases(query);
        return _pages.Where(p => phrases.All(q => p.Text.Contains(q, StringComparison.Ordinal))).Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
    }

    public bool IsContentPage(string url) => _pages.Any(p => p.Url == url);
}
