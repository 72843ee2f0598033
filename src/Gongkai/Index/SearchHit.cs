namespace Gongkai.Index;

/// <summary>A matching passage and its score.</summary>
internal sealed record SearchHit(int Doc, double Score);
