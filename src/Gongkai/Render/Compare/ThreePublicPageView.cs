namespace Gongkai.Render.Compare;

/// <summary>三公经费 of every unit of a region-year side by side.</summary>
public sealed record ThreePublicPageView(string Title, string Region, int Year, IReadOnlyList<string> Columns, IReadOnlyList<ThreePublicRowView> Rows, BarChartView Chart, string? ScopeNote, string AggregateUrl, string Csv, string Xlsx, string Css);
