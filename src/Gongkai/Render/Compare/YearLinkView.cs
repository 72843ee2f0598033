namespace Gongkai.Render.Compare;

/// <summary>The same table in one of the unit's years.</summary>
public sealed record YearLinkView(int Year, string Url, bool Current);
