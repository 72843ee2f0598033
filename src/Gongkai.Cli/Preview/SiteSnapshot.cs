using System.Collections.Frozen;
using Gongkai.Write;

namespace Gongkai.Cli.Preview;

/// <summary>One good build, held in memory and never changed: requests read it while the next build is made.</summary>
internal sealed class SiteSnapshot(IEnumerable<OutputFile> files, string baseUrl)
{
    public FrozenDictionary<string, byte[]> Files { get; } = files.ToFrozenDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    /// <summary>site.yml's base_url ("/" or "/yusuan/"): the preview serves the site under it, as a host would.</summary>
    public string BaseUrl { get; } = baseUrl;
}
