namespace Gongkai.Render.Compare;

/// <summary>A column of the year-by-year table: the year, its disclosure and its check status.</summary>
public sealed record HistoryYearView(int Year, string Url, string Scope, CheckStatus Status);
