namespace Gongkai.Model;

/// <summary>Everything loaded from site.yml and content/: the typed model the later stages consume.</summary>
public sealed record SiteContent(
    SiteConfig Config,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<TableKind> Kinds,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<ClassificationCode> Functional,
    IReadOnlyList<ClassificationCode> Economic)
{
    /// <summary>The cross-table identities declared in table-kinds.yml (<c>identities:</c>).</summary>
    public IReadOnlyList<CrossTableIdentity> Identities { get; init; } = [];

    /// <summary>The words of the explanations that name a figure of the tables (<c>text_terms:</c>).</summary>
    public IReadOnlyList<TextTerm> TextTerms { get; init; } = [];

    /// <summary>
    /// The same site with other units. Not <c>with</c>: a record copy would carry over the lookups below, already built
    /// for the old units.
    /// </summary>
    public SiteContent WithUnits(IReadOnlyList<Unit> units) =>
        new(Config, Regions, units, Kinds, Glossary, Functional, Economic) { Identities = Identities, TextTerms = TextTerms };

    public IEnumerable<Disclosure> Disclosures => Units.SelectMany(u => u.Disclosures);

    public Unit? FindUnit(string id) => UnitsById.Value.GetValueOrDefault(id);

    public Region? FindRegion(string id) => RegionsById.Value.GetValueOrDefault(id);

    /// <summary>The units whose parent is <paramref name="id"/>, in content order.</summary>
    public IEnumerable<Unit> ChildrenOf(string id) => UnitsByParent.Value[id];

    // Lookups built once on first use (pages ask per unit; a scan each time is quadratic). The first of a duplicate id wins, as a scan would.
    private Lazy<Dictionary<string, Unit>> UnitsById => field ??= new(() => First(Units, u => u.Id));

    private Lazy<Dictionary<string, Region>> RegionsById => field ??= new(() => First(Regions, r => r.Id));

    private Lazy<ILookup<string, Unit>> UnitsByParent => field ??= new(() => Units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!, StringComparer.Ordinal));

    private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(key(item), item);
        }

        return map;
    }
}
