using Gongkai.Diagnostics;

namespace Gongkai.Validate.Text;

/// <summary>A project described in the explanations: 项目名称 and its 预算安排规模 (null when not stated).</summary>
internal sealed record DescribedProject(string Name, SourceSpan NameSpan, decimal? Amount, string? AmountText, SourceSpan? AmountSpan)
{
    /// <summary>The amounts of its 资金分配情况 line (before 主要用于 or the first 。), empty when it names none.</summary>
    public IReadOnlyList<(decimal Value, string Text)> Allocation { get; init; } = [];

    /// <summary>Where the 资金分配情况 line starts.</summary>
    public SourceSpan? AllocationSpan { get; init; }
}
