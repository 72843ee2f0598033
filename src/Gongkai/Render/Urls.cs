using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>Every URL of the site in one place; all are absolute under the configured base (sub-path hosting).</summary>
internal sealed class Urls(string baseUrl, string? origin = null)
{
    public string Base { get; } = baseUrl;

    /// <summary>site.yml's origin ("https://host"), or null: then <see cref="Absolute"/> falls back to the path alone.</summary>
    public string? Origin { get; } = origin;

    /// <summary>A page path as a full URL for sitemap.xml, robots.txt and canonical links (root-relative without an origin).</summary>
    public string Absolute(string path) => $"{Origin}{Base}{path}";

    public string Units => $"{Base}units/";

    public string Years => $"{Base}years/";

    public string SitemapPage => $"{Base}sitemap/";

    public string Tables(Disclosure d) => $"{Base}{DisclosurePath(d)}tables/";

    /// <summary>The seed text of a disclosure, offered as 原文（文字版）.</summary>
    public string SourceText(Disclosure d) => $"{Base}{SourceTextPath(d)}";

    public static string SourceTextPath(Disclosure d) => $"{DisclosurePath(d)}source.txt";

    public string GlossaryUnitTerm(string unit, int year, string term) => $"{Base}glossary/#{Anchors.UnitTerm(unit, year, term)}";

    public string Home => Base;

    public string Year(int year) => $"{Base}{YearPath(year)}";

    public string Unit(string unit) => $"{Base}{UnitPath(unit)}";

    public string Disclosure(Disclosure d) => $"{Base}{DisclosurePath(d)}";

    public string Table(Disclosure d, string kind) => $"{Base}{TablePath(d, kind)}";

    public string Explanations(Disclosure d) => $"{Base}{DisclosurePath(d)}explanations/";

    public string Performance(Disclosure d) => $"{Base}{DisclosurePath(d)}performance/";

    public string Glossary => $"{Base}glossary/";

    public string GlossaryTerm(string id) => $"{Base}glossary/#{id}";

    public string Search => $"{Base}search/";

    public string Asset(string name) => $"{Base}assets/{name}";

    public static string YearPath(int year) => $"years/{year}/";

    public static string UnitPath(string unit) => $"units/{unit}/";

    public static string DisclosurePath(Disclosure d) => $"units/{d.UnitId}/{d.Year}/";

    public static string TablePath(Disclosure d, string kind) => $"{DisclosurePath(d)}tables/{kind}/";

    /// <summary>A table's download ("csv", "json") beside its page; the site's archive holds it under the same name.</summary>
    public static string TableFile(Disclosure d, BudgetTable table, string extension) => $"{TablePath(d, table.Id)}{table.Id}.{extension}";

    /// <summary>A page path ("a/b/") to its file ("a/b/index.html").</summary>
    public static string File(string pagePath) => pagePath.Length == 0 || pagePath.EndsWith('/') ? pagePath + "index.html" : pagePath;
}
