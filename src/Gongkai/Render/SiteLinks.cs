namespace Gongkai.Render;

/// <summary>Site-wide names and links for the layout (header, navigation, footer).</summary>
internal sealed record SiteLinks(string Title, string Base, string Css, string Script, string Search, string Glossary, string Language, IReadOnlyList<YearLink> Years);
