namespace Gongkai.Render;

/// <summary>Site-wide names and links for the layout (header, navigation, footer); Generator is the meta generator tag's value.</summary>
internal sealed record SiteLinks(string Title, string Base, string Css, string Script, string Search, string Glossary, string Language, IReadOnlyList<YearLink> Years)
{
    public string Generator { get; } = $"Gongkai {Tool.ToolVersion.Informational}";
}
