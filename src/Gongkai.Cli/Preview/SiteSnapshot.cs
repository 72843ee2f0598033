using System.Collections.Frozen;
using Gongkai.Write;

namespace Gongkai.Cli.Preview;

/// <summary>One good build, held in memory and never changed: requests read it while the next build is made.</summary>
internal sealed class SiteSnapshot
{
    public SiteSnapshot(IEnumerable<OutputFile> files, string baseUrl)
        : this(files.ToFrozenDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal), baseUrl)
    {
    }

    private SiteSnapshot(IReadOnlyDictionary<string, byte[]> files, string baseUrl)
    {
        Files = files;
        BaseUrl = baseUrl;
    }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>site.yml's base_url ("/" or "/yusuan/"): the preview serves the site under it, as a host would.</summary>
    public string BaseUrl { get; }

    /// <summary>A new snapshot: this one with <paramref name="changed"/> added or replaced (this one stays as it was).</summary>
    public SiteSnapshot With(IEnumerable<OutputFile> changed)
    {
        // A plain copy, not a frozen one: freezing 60,000 entries would cost more than the edited unit's render.
        var files = new Dictionary<string, byte[]>(Files, StringComparer.Ordinal);
        foreach (var file in changed)
        {
            files[file.Path] = file.Content;
        }

        return new SiteSnapshot(files, BaseUrl);
    }
}
