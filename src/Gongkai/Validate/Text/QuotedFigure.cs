using Gongkai.Diagnostics;

namespace Gongkai.Validate.Text;

/// <summary>
/// A number quoted in the explanations: an amount in 万元 or a percentage, with up to <see cref="MaxBefore"/>
/// characters of what precedes it in its sentence (enough for any acknowledgement quote).
/// </summary>
internal sealed record QuotedFigure(decimal Value, string Text, bool IsPercent, string Before, SourceSpan Span)
{
    /// <summary>Characters of the sentence kept before a figure.</summary>
    public const int MaxBefore = 200;

    /// <summary>Where the figure starts in its sentence.</summary>
    public int Offset { get; init; }

    /// <summary>The change verb right before the number (增加, 减少, 增长, 下降 …), or null.</summary>
    public string? ChangeVerb { get; init; }

    /// <summary>True when the number is a share (占 81.64%, 占比 3.52%).</summary>
    public bool IsShare { get; init; }

    /// <summary>For a share, the words between 占 and the number that name its whole (“收入合计” in 占收入合计的 5%), or empty.</summary>
    public string WholeWords { get; init; } = "";

    /// <summary>True for a threshold, not an amount: 单价 50 万元以上大型设备.</summary>
    public bool IsThreshold { get; init; }

    /// <summary>True for a unit price or a per-head, per-year amount: 每人费用 1.5 万元.</summary>
    public bool IsPerItem { get; init; }

    /// <summary>True inside a detail line (资金分配情况：…, or after 主要用于：), finer than any table row.</summary>
    public bool IsDetail { get; init; }
}
