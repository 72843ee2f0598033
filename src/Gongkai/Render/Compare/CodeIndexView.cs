namespace Gongkai.Render.Compare;

/// <summary>The list of codes of one classification (or, with no codes, the hub linking both lists).</summary>
public sealed record CodeIndexView(string Title, string Intro, IReadOnlyList<CodeLinkView> Codes, IReadOnlyList<CodeLinkView> Lists, string RegionsUrl, string DataUrl, string Css);
