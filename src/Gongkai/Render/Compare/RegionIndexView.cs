namespace Gongkai.Render.Compare;

/// <summary>The list of region-years that have aggregate pages.</summary>
public sealed record RegionIndexView(string Title, IReadOnlyList<RegionYearView> Items, string CodesUrl, string DataUrl, string Css);
