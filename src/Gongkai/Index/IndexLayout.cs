using Gongkai.Model;

namespace Gongkai.Index;

/// <summary>
/// The fixed orders the index numbers things by: units by id, regions as in regions.yml, years ascending, and
/// groups (one per disclosure) by unit then year. The search page lists its facets in the same orders.
/// </summary>
internal sealed class IndexLayout
{
    public IndexLayout(SiteContent content)
    {
        Units = [.. content.Units.OrderBy(u => u.Id, StringComparer.Ordinal)];
        Regions = content.Regions;
        Years = [.. content.Disclosures.Select(d => d.Year).Distinct().Order()];
        Groups = [.. Units.SelectMany(u => u.Disclosures.OrderBy(d => d.Year))];
        UnitIndex = Units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<Unit> Units { get; }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<Disclosure> Groups { get; }

    public IReadOnlyDictionary<string, int> UnitIndex { get; }

    /// <summary>The region position of a unit, or -1 for a region not declared.</summary>
    public int RegionOf(Unit unit) => Regions.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Id == unit.RegionId, (null!, -1)).Item2;

    public int YearIndex(int year) => Years.Select((y, i) => (y, i)).First(x => x.y == year).i;
}
