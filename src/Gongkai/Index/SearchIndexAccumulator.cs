using System.Collections.Concurrent;
using Gongkai.Model;
using Gongkai.Render;
using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// The Index stage as a stream: <see cref="Add"/> is called (from any thread) for each page as it is rendered, and
/// <see cref="Finish()"/> writes the index. The index text comes from the content model, not from the HTML (so
/// navigation and layout never match), which means a page needs to be remembered only by its path: only pages the
/// renderer wrote are indexed, so a result never links to a missing page. Add order never changes the output.
/// </summary>
public sealed class SearchIndexAccumulator(SiteContent content)
{
    private readonly ConcurrentDictionary<string, byte> _rendered = new(StringComparer.Ordinal);

    /// <summary>Where unchanged disclosures' runs are taken from, and their keys (the build; the preview and tests make every run).</summary>
    internal IndexRunSource? Cached { get; init; }

    /// <summary>Threads the index may keep busy (-1: all; the preview's background render: 1).</summary>
    internal int Threads { get; init; } = -1;

    public void Add(OutputFile page) => _rendered.TryAdd(page.Path, 0);

    /// <summary>The files of search-index/, made as they are enumerated (enumerate once, and write them as they come).</summary>
    public IEnumerable<OutputFile> Finish() => Finish(indexAll: false);

    /// <summary>With <paramref name="indexAll"/>, every page of the content is indexed, rendered or not (tests, benchmark).</summary>
    internal IEnumerable<OutputFile> Finish(bool indexAll)
    {
        var layout = new IndexLayout(content);
        var rendered = _rendered.Keys.ToHashSet(StringComparer.Ordinal);

        // No page added at all (a caller that renders nothing, as some tests do) indexes everything, as before.
        indexAll |= rendered.Count == 0;
        return new IndexAssembler(content, layout, url => indexAll || rendered.Contains(Urls.File(url))) { Cached = Cached, Threads = Threads }.Files();
    }
}
