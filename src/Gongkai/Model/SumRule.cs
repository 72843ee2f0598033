namespace Gongkai.Model;

/// <summary>A row identity declared by a table kind: <c>target = Σ parts</c> on every row.</summary>
public sealed record SumRule(string Target, IReadOnlyList<string> Parts);
