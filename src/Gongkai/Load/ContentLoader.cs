using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>The Load stage: site.yml and content/ into a typed <see cref="SiteContent"/>, with diagnostics.</summary>
public static class ContentLoader
{
    public static SiteContent Load(string root, DiagnosticBag diagnostics)
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
        Parallel.For(0, dirs.Length, i => loaded[i] = UnitLoader.Load(root, dirs[i], kindsById, diagnostics));
        var units = loaded.OfType<Unit>().ToList();
        var unitIds = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var regionIds = regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var unit in units)
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

        return new SiteContent(config, regions, units, kinds, glossary, functional, economic) { Identities = identities, TextTerms = terms };
    }
}
