using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>The Load stage: site.yml and content/ into a typed <see cref="SiteContent"/>, with diagnostics.</summary>
public static class ContentLoader
{
    public static SiteContent Load(string root, DiagnosticBag diagnostics) => Load(root, diagnostics, null);

    /// <summary>As <see cref="Load(string, DiagnosticBag)"/>; units whose files are unchanged come from <paramref name="cache"/> (the build command).</summary>
    internal static SiteContent Load(string root, DiagnosticBag diagnostics, Cache.UnitModelCache? cache)
    {
        var config = SiteConfigLoader.Load(root, diagnostics);

        // Templates and assets are read by the Render stage; refusing their links here makes check and build agree.
        RepoFiles.Tree(Path.Combine(root, "templates"), "templates", diagnostics);
        var (kinds, identities, terms) = TableKindLoader.Load(root, diagnostics);
        var kindsById = kinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        var regions = RegionLoader.Load(root, diagnostics);
        const string glossaryFile = "content/glossary.yml";
        var glossary = RepoFiles.Exists(Path.Combine(root, glossaryFile)) ? GlossaryLoader.Load(Path.Combine(root, glossaryFile), glossaryFile, diagnostics) : [];
        var functional = ClassificationLoader.Load(root, "content/classification/functional.yml", diagnostics);
        var economic = ClassificationLoader.Load(root, "content/classification/economic.yml", diagnostics);

        var unitsDir = Path.Combine(root, "content", "units");
        var dirs = RepoFiles.Entries(unitsDir, "content/units", EntryKind.Directory, diagnostics).Select(name => Path.Combine(unitsDir, name)).ToArray();
        var loaded = new Unit?[dirs.Length];
        Parallel.For(0, dirs.Length, i => loaded[i] = cache is null ? UnitLoader.Load(root, dirs[i], kindsById, diagnostics) : cache.Load(dirs[i], kindsById, diagnostics));
        var units = loaded.OfType<Unit>().ToList();
        var unitIds = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var regionIds = regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var unit in units)
        {
            CheckReferences(unit, regions, regionIds, unitIds, diagnostics);
        }

        return new SiteContent(config, regions, units, kinds, glossary, functional, economic) { Identities = identities, TextTerms = terms };
    }

    /// <summary>
    /// Loads one existing unit folder again against the site's already-loaded kinds and regions (the preview's fast
    /// path after an edit inside it). Every diagnostic it reports is in that unit's folder, as in a full load.
    /// </summary>
    public static Unit? ReloadUnit(string root, SiteContent content, string unitId, DiagnosticBag diagnostics)
    {
        var kindsById = content.Kinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        var unit = UnitLoader.Load(root, Path.Combine(root, "content", "units", unitId), kindsById, diagnostics);
        if (unit is not null)
        {
            var unitIds = content.Units.Select(u => u.Id).Append(unit.Id).ToHashSet(StringComparer.Ordinal);
            CheckReferences(unit, content.Regions, content.Regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), unitIds, diagnostics);
        }

        return unit;
    }

    // A unit's region and parent are checked against the site's lists; both messages are spans of its unit.yml.
    private static void CheckReferences(Unit unit, IReadOnlyList<Region> regions, HashSet<string> regionIds, HashSet<string> unitIds, DiagnosticBag diagnostics)
    {
        if (regions.Count > 0 && !regionIds.Contains(unit.RegionId))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, unit.RegionSpan, $"单位 {unit.Id} 的 region “{MappingReader.Shorten(unit.RegionId)}” 不在 content/regions.yml 中；可用：{string.Join("、", regions.Select(r => r.Id))}");
        }

        if (unit.ParentId is { } parent && !unitIds.Contains(parent))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, unit.Span, $"单位 {unit.Id} 的 parent “{parent}” 不是已有的单位 id");
        }
    }
}
