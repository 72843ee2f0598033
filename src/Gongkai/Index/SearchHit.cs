namespace Gongkai.Index;

/// <summary>A matching passage and its score; <see cref="All"/>: the passage itself holds every part of the query.</summary>
internal sealed record SearchHit(int Doc, double Score, bool All = true);
