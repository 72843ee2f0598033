using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>One asset line: 车辆 1 辆，价值 19.52 万元.</summary>
public sealed record AssetItem(string Name, decimal? Quantity, string? QuantityUnit, decimal? Value, int Level, string? Note)
{
    /// <summary>Where the item is written in disclosure.yml.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>What the source calls the value: 价值 unless it prints another word (车辆残值 → 残值).</summary>
    public string ValueLabel { get; init; } = "价值";
}
