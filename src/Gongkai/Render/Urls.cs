using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>Every URL of the site in one place; all are absolute under the configured base (sub-path hosting).</summary>
internal sealed class Urls(string baseUrl)
{
    public string Base { get; } = baseUrl;

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

    /// <summary>A page path ("a/b/") to its file ("a/b/index.html").</summary>
    public static string File(string pagePath) => pagePath.Length == 0 || pagePath.EndsWith('/') ? pagePath + "index.html" : pagePath;
}
