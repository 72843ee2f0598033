namespace Gongkai.Model;

/// <summary>国有资产占用使用情况 as a list of published items, and the counts of large equipment (台, or 套 where printed).</summary>
public sealed record AssetStatement(string? AsOf, IReadOnlyList<AssetItem> Items, int? Over50, int? Over100)
{
    public string Over50Measure { get; init; } = "台";

    public string Over100Measure { get; init; } = "台";
}
