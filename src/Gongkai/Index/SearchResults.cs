namespace Gongkai.Index;

/// <summary>
/// The passages matching every looked-up term, best first, with facet counts over all of them. Terms in
/// <see cref="Unchecked"/> were too common to be worth fetching within the byte budget; results shown are checked
/// against the phrase instead. <see cref="PartDocs"/> (queries of several parts only): the passages matching each
/// part, to tell when a passage is shown whether its page holds every part.
/// </summary>
internal sealed record SearchResults(
    QueryPlan Plan,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<string> Unchecked,
    IReadOnlyDictionary<int, int> Years,
    IReadOnlyDictionary<int, int> Regions,
    IReadOnlyDictionary<int, int> Units,
    IReadOnlyDictionary<DocKind, int> Kinds,
    IReadOnlyList<IReadOnlySet<int>>? PartDocs = null)
{
    public static SearchResults Empty(QueryPlan plan) => new(plan, [], [], new Dictionary<int, int>(), new Dictionary<int, int>(), new Dictionary<int, int>(), new Dictionary<DocKind, int>());
}
