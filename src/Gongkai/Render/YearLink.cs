namespace Gongkai.Render;

/// <summary>A year in the main navigation.</summary>
internal sealed record YearLink(int Year, string Url);
