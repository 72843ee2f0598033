namespace Gongkai.Model;

/// <summary>A line of a target's funding: 财政拨款 32.21, 其他资金 0.00, 本级资金 225.47.</summary>
public sealed record FundItem(string Label, decimal? Amount);
