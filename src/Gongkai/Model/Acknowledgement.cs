using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A maintainer's note that a finding reflects the published document, shown to citizens.</summary>
public sealed record Acknowledgement(string Rule, string? Table, string? Row, string? Column, string Note, SourceSpan Span)
{
    /// <summary>For findings in explanations.md: words of the sentence around the figure, e.g. 基本支出5186万元.</summary>
    public string? Quote { get; init; }
}
