namespace Gongkai.Diagnostics;

/// <summary>
/// Diagnostics looked up by file and by folder, indexed once for the whole site so per-page and per-disclosure
/// code never scans the site's list. Each lookup keeps the order of the list it was built from.
/// </summary>
internal sealed class DiagnosticIndex
{
    private readonly Dictionary<string, List<Diagnostic>> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Diagnostic>> _byFolder = new(StringComparer.Ordinal);

    public DiagnosticIndex(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(_byFile, d.Span.File, d);
            foreach (var other in d.AlsoIn.Where(f => f != d.Span.File).Distinct(StringComparer.Ordinal))
            {
                Add(_byFile, other, d); // shown on that page too; folders count it once, under its own file
            }

            // Every enclosing folder, so a disclosure's folder finds its tables/, findings.yml and the rest.
            for (var slash = d.Span.File.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = d.Span.File.IndexOf('/', slash + 1))
            {
                Add(_byFolder, d.Span.File[..slash], d);
            }
        }
    }

    /// <summary>The diagnostics whose span is in <paramref name="file"/>.</summary>
    public IReadOnlyList<Diagnostic> InFile(string? file) => file is not null && _byFile.TryGetValue(file, out var list) ? list : [];

    /// <summary>The diagnostics of every file below <paramref name="folder"/> (no trailing slash).</summary>
    public IReadOnlyList<Diagnostic> Under(string folder) => _byFolder.TryGetValue(folder, out var list) ? list : [];

    private static void Add(Dictionary<string, List<Diagnostic>> map, string key, Diagnostic d)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(d);
    }
}
