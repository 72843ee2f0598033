namespace Gongkai.Model;

/// <summary>国有资产占用使用情况 as a list of published items.</summary>
public sealed record AssetStatement(string? AsOf, IReadOnlyList<AssetItem> Items, int? Over50, int? Over100);
