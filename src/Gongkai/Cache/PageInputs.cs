using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;

namespace Gongkai.Cache;

/// <summary>
/// The one place that knows what a cached page depends on. A unit-year's pages (overview, explanations,
/// performance, JSON, every table page and download) depend on: the tool's version; site.yml, every file directly
/// in content/ (table kinds, glossary, regions), content/classification/ and templates/ (templates, partials,
/// assets); the years the site has (navigation); every file of the unit (unit.yml, this and the other years, which
/// the overview links); whether the disclosure's seed text exists; and the diagnostics shown on those pages. A page that starts reading something else must
/// add it here, or an incremental build would differ from a full one (Cache/IncrementalBuildTests checks).
/// Site-wide pages are cached too, each group by exactly what it reads: a code page family (both orders, charts,
/// CSV, XLSX) by <see cref="CodePageKey"/> — its lines' data, their disclosures' check status and the line counts
/// of its parent and children; a region-year page by <see cref="RegionKey"/> — its members' unit-year keys and
/// the codes that have pages; the site's data downloads by <see cref="SiteDataKey"/> — the hashes of the files they
/// copy. Every key starts from the site key above.
/// </summary>
internal sealed class PageInputs
{
    /// <summary>Bigger than any content or asset file the tool accepts (assets: 16 MiB).</summary>
    private const long MaxBytes = 16 * 1024 * 1024;

    private readonly string _root;
    private readonly DiagnosticIndex _diagnostics;
    private readonly Lazy<byte[]> _site;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _disclosureKeys = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _statuses = new(StringComparer.Ordinal);

    private readonly IUnitTrees? _trees;

    /// <param name="trees">What the load read of each unit's folder; a unit it has is not read again for its key.</param>
    public PageInputs(string root, SiteContent content, DiagnosticIndex diagnostics, IUnitTrees? trees = null)
    {
        _root = root;
        _trees = trees;
        _diagnostics = diagnostics;
        var years = string.Join(",", content.Disclosures.Select(d => d.Year).Distinct().Order());
        _site = new(() => SiteKey(years));
    }

    /// <summary>The diagnostics by file and folder, indexed once for the keys and for the pages that show them.</summary>
    public DiagnosticIndex Diagnostics => _diagnostics;

    /// <summary>The tool's informational version (includes the commit), so a new build of the tool renders afresh.</summary>
    public static string ToolVersion { get; } =
        typeof(PageInputs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The cache key of one unit-year's pages (computed once a build: region pages reuse it).</summary>
    public string DisclosureKey(Unit unit, Disclosure d) => _disclosureKeys.GetOrAdd(d.Folder, _ => ComputeDisclosureKey(unit, d));

    /// <summary>
    /// The key of one code's pages: per line (in index order) the unit's id, names, region and parent; the
    /// disclosure's year and scope; the table, section, row (code, name, project, every cell as published), anchor and
    /// section total; the disclosure's check status. <paramref name="neighbours"/> names the related codes shown (parent,
    /// children) with their line counts.
    /// </summary>
    public string CodePageKey(string family, IReadOnlyList<Render.Compare.CodeLine> lines, string neighbours)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_site.Value);
        var text = new StringBuilder().Append("code ").Append(family).Append('\n').Append(neighbours).Append('\n');
        foreach (var l in lines)
        {
            var (u, d, r) = (l.Unit, l.Disclosure, l.Row);
            text.Append("line ").Append(u.Id).Append('\u0001').Append(u.Name).Append('\u0001').Append(u.ShortName).Append('\u0001').Append(u.RegionId)
                .Append('\u0001').Append(u.ParentId).Append('\u0001').Append(d.UnitId).Append('\u0001').Append(d.Year.ToString(CultureInfo.InvariantCulture))
                .Append('\u0001').Append(d.Scope).Append('\u0001').Append(l.Table.Id).Append('\u0001').Append(l.Table.Kind.Id).Append('\u0001').Append(l.Section.Definition.Id)
                .Append('\u0001').Append(r.Code).Append('\u0001').Append(r.Name).Append('\u0001').Append(r.Project).Append('\u0001').Append(l.Anchor)
                .Append('\u0001').Append(Status(d.Folder)).Append('\u0001');
            Cells(text, r);
            text.Append('\u0001');
            if (l.Total is { } total)
            {
                Cells(text, total);
            }

            text.Append('\n');
            if (text.Length > 1 << 16)
            {
                Append(hash, text.ToString());
                text.Clear();
            }
        }

        Append(hash, text.ToString());
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of one region-year page group (<paramref name="page"/> names which): the unit-year keys of its
    /// members in order (they cover every file and diagnostic of those units) and <paramref name="codes"/>, the codes
    /// that have pages (rows link to them).
    /// </summary>
    public string RegionKey(string page, IEnumerable<(Unit Unit, Disclosure Disclosure)> members, string codes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_site.Value);
        Append(hash, $"region {page}\n{codes}\n");
        foreach (var (unit, d) in members)
        {
            Append(hash, $"member {unit.Id} {d.Year} {DisclosureKey(unit, d)}\n");
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of the site's data downloads and their page (data/): the files they copy, each disclosure's budget
    /// lines and each table's CSV and JSON, by path and content hash as this build produced them
    /// (<paramref name="hashOf"/>), in archive order; the site key covers the rest (title, years, templates). Null when
    /// one of those files has no known hash (its group was not cached this build): then they are made afresh.
    /// </summary>
    public string? SiteDataKey(IEnumerable<string> copied, Func<string, string?> hashOf)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_site.Value);
        var text = new StringBuilder("site-data\n");
        foreach (var path in copied)
        {
            if (hashOf(path) is not { } fileHash)
            {
                return null;
            }

            text.Append(path).Append(' ').Append(fileHash).Append('\n');
            if (text.Length > 1 << 16)
            {
                Append(hash, text.ToString());
                text.Clear();
            }
        }

        Append(hash, text.ToString());
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>What a page shows of a disclosure's checks: the counts of its diagnostics by kind.</summary>
    private string Status(string folder) => _statuses.GetOrAdd(folder, f => Render.CheckStatus.From(_diagnostics.Under(f)).ToString());

    private static void Cells(StringBuilder text, TableRow row)
    {
        foreach (var (key, cell) in row.Cells.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('=').Append(cell.Text).Append('\u0002');
        }
    }

    private string ComputeDisclosureKey(Unit unit, Disclosure d)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_site.Value);
        var unitFolder = $"content/units/{unit.Id}";
        IReadOnlyList<string> files;
        if (_trees?.Tree(unit.Id) is { } tree)
        {
            // The hash of every entry of the folder as the load read it (names, lengths, bytes): the same inputs.
            Append(hash, $"unit {unitFolder} {tree.Key}\n");
            files = tree.Files;
        }
        else
        {
            files = Files(unitFolder, hash);
        }

        // The overview links the seed text (原文（文字版）) only when the seed file is there; its text is written uncached.
        Append(hash, $"seed {d.Seed} {d.SeedPresent}\n");
        var shown = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        foreach (var diagnostic in _diagnostics.Under(d.Folder).Concat(files.Where(f => f.StartsWith(d.Folder + "/", StringComparison.Ordinal)).SelectMany(_diagnostics.InFile)))
        {
            if (shown.Add(diagnostic))
            {
                Append(hash, Describe(diagnostic));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private byte[] SiteKey(string years)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, $"tool {ToolVersion}\nyears {years}\n");
        AppendFile(hash, "site.yml");
        var ignored = new DiagnosticBag();
        foreach (var name in RepoFiles.Entries(Path.Combine(_root, "content"), "content", EntryKind.File, ignored))
        {
            AppendFile(hash, $"content/{name}");
        }

        Files("content/classification", hash);
        Files("templates", hash);
        return hash.GetHashAndReset();
    }

    /// <summary>Appends every regular file below <paramref name="folder"/> (path and content hash); returns their paths.</summary>
    private List<string> Files(string folder, IncrementalHash hash)
    {
        var ignored = new DiagnosticBag();
        var paths = RepoFiles.Tree(Path.Combine(_root, folder), folder, ignored).Select(f => $"{folder}/{f}").ToList();
        foreach (var path in paths)
        {
            AppendFile(hash, path);
        }

        return paths;
    }

    private void AppendFile(IncrementalHash hash, string relative)
    {
        var bytes = RepoFiles.Probe(Path.Combine(_root, relative)) == EntryKind.Missing
            ? null
            : RepoFiles.ReadBytes(Path.Combine(_root, relative), relative, MaxBytes, new DiagnosticBag());
        Append(hash, $"file {relative} {(bytes is null ? "-" : Convert.ToHexString(SHA256.HashData(bytes)))}\n");
    }

    private static string Describe(Diagnostic d) =>
        $"diag {d.Severity} {d.Code} {d.Span} {d.Message}\u0001{d.Fix}\u0001{d.AcknowledgedNote}\u0001{d.Table}\u0001{string.Join('\u0002', d.Row)}\u0001{d.Quote}\u0001{d.Figure}\u0001{string.Join('\u0002', d.AlsoIn)}\u0001{d.Column}\n";

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
