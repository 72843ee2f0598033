using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A 绩效目标表: overall (整体) or for one project, with its funds and indicator rows.</summary>
public sealed record PerformanceTarget(
    string Kind,
    string Title,
    int? Year,
    string? UnitName,
    string? Project,
    string? Owner,
    string? Phone,
    decimal? FundsTotal,
    IReadOnlyList<FundItem> Funds,
    string? Goal,
    IReadOnlyList<Indicator> Indicators,
    SourceSpan Span)
{
    public bool IsOverall => Kind == "overall";
}
