namespace Gongkai.Render;

/// <summary>A glossary entry on the glossary page; <see cref="Source"/> names the unit-year that added it.</summary>
public sealed record TermView(string Id, string Term, string Definition, string? Source, string Aliases);
