using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Validate;

namespace Gongkai.Build;

/// <summary>
/// The preview's checked model, kept between edits. An edit inside existing units' folders loads and checks just
/// those units again (every load and validation rule of a unit reads only its own folder and the site-wide files,
/// and reports only in its own folder), so a save at 1,000 unit-years costs one unit's work, not the site's.
/// Anything else (site.yml, content/*.yml, the catalogue, templates, a unit folder added, removed or renamed) needs
/// <see cref="Open"/> again. Build/ContentSessionTests check an update equals a fresh full check.
/// </summary>
internal sealed class ContentSession
{
    private const string UnitsFolder = "content/units/";

    private ContentSession(string root, SiteContent content, IReadOnlyList<Diagnostic> diagnostics, int version)
    {
        Root = root;
        Content = content;
        Diagnostics = diagnostics;
        Version = version;
    }

    public string Root { get; }

    public SiteContent Content { get; }

    /// <summary>In <see cref="DiagnosticBag.Sorted"/> order, as a full check gives them.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Counts loads and updates, so a slower render of an older model can tell it is stale.</summary>
    public int Version { get; }

    public bool IsBlocked => Diagnostics.Any(d => d.IsBlocking);

    /// <summary>Loads and checks the whole site (what <c>check</c> does).</summary>
    public static ContentSession Open(string root, int version = 0)
    {
        var (content, diagnostics) = BuildPipeline.Check(root);
        return new ContentSession(root, content, diagnostics, version);
    }

    /// <summary>
    /// The ids of the loaded units the edited paths (relative to the root, '/'-separated) are inside; null when a path
    /// is anywhere else, or is a unit folder itself, or the unit was not loaded (it had errors) — then only a full
    /// load gives what a full build would.
    /// </summary>
    public IReadOnlySet<string>? UnitsOf(IEnumerable<string> changed)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var slash = path.StartsWith(UnitsFolder, StringComparison.Ordinal) ? path.IndexOf('/', UnitsFolder.Length) : -1;
            if (slash < 0)
            {
                return null;
            }

            var id = path[UnitsFolder.Length..slash];
            if (Content.FindUnit(id) is null || RepoFiles.Probe(Path.Combine(Root, "content", "units", id)) != EntryKind.Directory)
            {
                return null;
            }

            units.Add(id);
        }

        return units;
    }

    /// <summary>This session with <paramref name="units"/> loaded and checked again (their diagnostics replaced).</summary>
    public ContentSession Update(IReadOnlySet<string> units)
    {
        var bag = new DiagnosticBag();
        var replaced = new List<Unit>(Content.Units.Count);
        var reloaded = new List<Unit>();
        foreach (var unit in Content.Units)
        {
            if (!units.Contains(unit.Id))
            {
                replaced.Add(unit);
            }
            else if (ContentLoader.ReloadUnit(Root, Content, unit.Id, bag) is { } fresh)
            {
                replaced.Add(fresh);
                reloaded.Add(fresh);
            }
        }

        var content = Content.WithUnits(replaced);

        // The site-wide code index table pages link through is carried over, not built again from every unit.
        Render.Compare.CodeIndex.Carry(Content, content, units);
        Validator.Run(content, [.. reloaded.SelectMany(u => u.Disclosures)], bag);
        // Both lists are in order and the units' files never occur in the kept ones: a merge, not a sort of the site's.
        List<Diagnostic> kept = [.. Diagnostics.Where(d => !units.Any(id => InUnit(d.Span.File, id)))];
        return new ContentSession(Root, content, DiagnosticOrder.Merge(kept, bag.Sorted()), Version + 1);
    }

    private static bool InUnit(string file, string id) =>
        file.StartsWith(UnitsFolder, StringComparison.Ordinal)
        && string.CompareOrdinal(file, UnitsFolder.Length, id, 0, id.Length) == 0
        && (file.Length == UnitsFolder.Length + id.Length || file[UnitsFolder.Length + id.Length] == '/');
}
