namespace Gongkai.Render;

/// <summary>A glossary entry on the glossary page; <see cref="Source"/> names the unit-year that added it.</summary>
public sealed record TermView(string Id, string Term, string Definition, string? Source, string Aliases)
{
    /// <summary>Sort key for a term: opening quotes ignored, so “三公”经费 files under 三 rather than before every term.</summary>
    public static string SortKey(string term) => term.TrimStart('“', '"', '「', '（', '(');
}
