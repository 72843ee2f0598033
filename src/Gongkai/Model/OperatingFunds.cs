namespace Gongkai.Model;

/// <summary>机关（事业单位）运行经费: the published amount and its change on last year.</summary>
public sealed record OperatingFunds(string Label, decimal Amount, decimal? Change, decimal? ChangeRate)
{
    /// <summary>Where change_rate is written, for diagnostics.</summary>
    public Diagnostics.SourceSpan RateSpan { get; init; }
}
