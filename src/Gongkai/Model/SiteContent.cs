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

    public IEnumerable<Disclosure> Disclosures => Units.SelectMany(u => u.Disclosures);

    public Unit? FindUnit(string id) => Units.FirstOrDefault(u => u.Id == id);

    public Region? FindRegion(string id) => Regions.FirstOrDefault(r => r.Id == id);
}
