namespace Gongkai.Model;

/// <summary>A value content filled in rather than read from the source (a lost column, an unstated fact) and why.</summary>
public sealed record InferredValue(string What, string Reason);
