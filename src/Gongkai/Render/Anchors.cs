namespace Gongkai.Render;

/// <summary>In-page anchor ids the pages and the tables agree on.</summary>
internal static class Anchors
{
    /// <summary>The note of finding <paramref name="number"/> on its page; table markers link here.</summary>
    public static string Finding(int number) => $"finding-{number}";

    /// <summary>A unit-year's own wording of a glossary term on the glossary page.</summary>
    public static string UnitTerm(string unit, int year, string term) => $"{unit}-{year}-{term}";

    /// <summary>A unit-year's section on the glossary page.</summary>
    public static string UnitGlossary(string unit, int year) => $"{unit}-{year}";
}
