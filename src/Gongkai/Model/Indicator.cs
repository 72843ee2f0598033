namespace Gongkai.Model;

/// <summary>One indicator row of a 绩效目标表; optional columns were not published by every unit.</summary>
public sealed record Indicator(
    string Level1,
    string Level2,
    string Name,
    string Value,
    string? Basis,
    string? LastYear,
    string? Weight,
    string? Scoring,
    string? Evidence);
