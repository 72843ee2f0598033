namespace Gongkai.Render.Compare;

/// <summary>A region-year in the list of aggregates.</summary>
public sealed record RegionYearView(string Region, int Year, int Units, string Url, string ThreePublicUrl);
