using Gongkai.Model;

namespace Gongkai.Tests.Fidelity;

/// <summary>
/// How one content table compares with the same table (same 表N) of its seed, as multisets of amounts compared numerically.
/// </summary>
/// <param name="Absent">Content amounts whose value the seed table never prints: always a transcription error.</param>
/// <param name="Surplus">
/// Content amounts whose value the seed table prints, but fewer times than the content holds it (a changed digit that lands on
/// another published value shows up here); one entry per surplus occurrence.
/// </param>
/// <param name="Uncovered">Seed amounts that no content cell accounts for; one entry per occurrence.</param>
internal sealed record TableFidelity(
    BudgetTable Table,
    SeedTable Seed,
    IReadOnlyList<ContentAmount> Content,
    IReadOnlyList<ContentAmount> Absent,
    IReadOnlyList<decimal> Surplus,
    IReadOnlyList<decimal> Uncovered)
{
    public int SeedCount => Seed.Amounts.Count;

    /// <summary>Seed amounts matched by a content amount of the same value.</summary>
    public int Matched => SeedCount - Uncovered.Count;

    /// <summary>The share of the seed table's amounts present in the content (1 for a table that prints none).</summary>
    public decimal Share => SeedCount == 0 ? 1m : (decimal)Matched / SeedCount;
}
