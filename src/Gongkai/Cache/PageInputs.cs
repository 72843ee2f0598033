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
/// </summary>
internal sealed class PageInputs
{
    /// <summary>Bigger than any content or asset file the tool accepts (assets: 16 MiB).</summary>
    private const long MaxBytes = 16 * 1024 * 1024;

    private readonly string _root;
    private readonly DiagnosticIndex _diagnostics;
    private readonly Lazy<byte[]> _site;

    public PageInputs(string root, SiteContent content, DiagnosticIndex diagnostics)
    {
        _root = root;
        _diagnostics = diagnostics;
        var years = string.Join(",", content.Disclosures.Select(d => d.Year).Distinct().Order());
        _site = new(() => SiteKey(years));
    }

    /// <summary>The tool's informational version (includes the commit), so a new build of the tool renders afresh.</summary>
    public static string ToolVersion { get; } =
        typeof(PageInputs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The cache key of one unit-year's pages.</summary>
    public string DisclosureKey(Unit unit, Disclosure d)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_site.Value);
        var unitFolder = $"content/units/{unit.Id}";
        var files = Files(unitFolder, hash);

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
