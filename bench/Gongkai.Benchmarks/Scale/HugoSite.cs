using System.Globalization;
using System.Text;

namespace Gongkai.Benchmarks.Scale;

/// <summary>
/// Hugo's equivalent page set: per unit-year 13 pages, each a 25-row table through one layout with a header,
/// breadcrumbs and a caption (the rows live in the page's front matter, as a table file does in ours).
/// </summary>
internal static class HugoSite
{
    public const int PagesPerUnitYear = 13;

    public const int Rows = 25;

    public static void Generate(string root, int unitYears)
    {
        Directory.CreateDirectory(Path.Combine(root, "layouts", "_default"));
        File.WriteAllText(Path.Combine(root, "config.toml"), "baseURL = \"/\"\ntitle = \"预算公开\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\n");
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "single.html"), Layout);
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "list.html"), "<!doctype html><title>{{ .Title }}</title><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>\n");
        var content = Path.Combine(root, "content");
        for (var u = 0; u < unitYears; u++)
        {
            var dir = Path.Combine(content, $"u{u:00000}");
            Directory.CreateDirectory(dir);
            for (var t = 1; t <= PagesPerUnitYear; t++)
            {
                var page = new StringBuilder();
                page.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"单位{u} 表{t} 一般公共预算支出情况表\"\nunit: \"单位{u}\"\nyear: 2025\nrows:\n");
                for (var r = 0; r < Rows; r++)
                {
                    var amount = ((u * 31) + (t * 17) + (r * 7)) % 10000 / 100m;
                    page.Append(CultureInfo.InvariantCulture, $"  - code: \"2{r:000000}\"\n    name: \"科目名称{r}\"\n    total: \"{amount:F2}\"\n    basic: \"{amount / 2:F2}\"\n    project: \"{amount / 2:F2}\"\n");
                }

                page.Append("---\n");
                File.WriteAllText(Path.Combine(dir, $"t{t:00}.md"), page.ToString());
            }
        }
    }

    private const string Layout = """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body>
        <header><a href="/">预算公开</a></header>
        <nav aria-label="breadcrumb"><ol><li><a href="/">首页</a></li><li><a href="{{ .Parent.RelPermalink }}">{{ .Params.unit }}</a></li><li>{{ .Title }}</li></ol></nav>
        <main><h1>{{ .Title }}</h1>
        <table><caption>{{ .Title }}（单位：万元）</caption>
        <thead><tr><th scope="col">科目编码</th><th scope="col">科目名称</th><th scope="col">合计</th><th scope="col">基本支出</th><th scope="col">项目支出</th></tr></thead>
        <tbody>{{ range .Params.rows }}<tr><td>{{ .code }}</td><th scope="row">{{ .name }}</th><td>{{ .total }}</td><td>{{ .basic }}</td><td>{{ .project }}</td></tr>
        {{ end }}</tbody></table></main>
        </body></html>

        """;
}
