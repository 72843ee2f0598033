namespace Gongkai.Render.Compare;

/// <summary>A region's year: totals by functional and economic 类, contributing units, per-staff figures.</summary>
public sealed record AggregatePageView(string Title, string Region, int Year, IReadOnlyList<ScopeGroupView> Groups, string? ScopeNote, string ThreePublicUrl, string Csv, string Xlsx, string Css);
