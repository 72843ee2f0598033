namespace Gongkai.Render;

/// <summary>A "※N" marker in a table row, linking to finding N's note on the same page.</summary>
public sealed record FindingMarker(int Number)
{
    public string Anchor => Anchors.Finding(Number);

    /// <summary>The markers of a row: findings name a row by its code, its name or its project.</summary>
    internal static IReadOnlyList<FindingMarker> For(IReadOnlyDictionary<string, IReadOnlyList<int>> numbers, string? code, string name, string? project) =>
        [.. new[] { code, name, project }
            .Where(k => k is not null && numbers.ContainsKey(k))
            .SelectMany(k => numbers[k!])
            .Distinct()
            .Order()
            .Select(n => new FindingMarker(n))];
}
