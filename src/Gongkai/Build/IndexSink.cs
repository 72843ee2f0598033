using System.Collections.Concurrent;
using Gongkai.Index;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Build;

/// <summary>
/// The seam between rendering and the Index stage: every rendered file passes through <see cref="Add"/> (from any
/// thread) and <see cref="Finish"/> returns the index files. Today's SearchIndexBuilder needs only the paths of the
/// rendered pages, so only paths are kept; the streaming accumulator (wip-index) replaces the body of this one file:
/// <c>new SearchIndexAccumulator(content)</c>, <c>acc.Add(file)</c> for .html files, <c>acc.Finish()</c>.
/// </summary>
internal sealed class IndexSink(SiteContent content) : IFileSink
{
    private readonly ConcurrentBag<string> _paths = [];

    public void Add(OutputFile file) => _paths.Add(file.Path);

    public IReadOnlyList<OutputFile> Finish() =>
        [.. SearchIndexBuilder.Build(content, [.. _paths.Order(StringComparer.Ordinal).Select(p => new OutputFile(p, []))])];
}
