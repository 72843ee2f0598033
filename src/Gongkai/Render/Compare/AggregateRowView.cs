namespace Gongkai.Render.Compare;

/// <summary>A 类 summed over a region's units (derived), with the units it comes from.</summary>
public sealed record AggregateRowView(string Code, string Name, string? Url, IReadOnlyList<string> Amounts, IReadOnlyList<ContributorView> Contributors);
