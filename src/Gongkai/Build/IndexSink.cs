using Gongkai.Index;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Build;

/// <summary>
/// The seam between rendering and the Index stage: every rendered file passes through <see cref="Add"/> (from any
/// thread) and <see cref="Finish"/> returns the index files. The accumulator keeps only the paths of rendered pages
/// (the index text comes from the model), so memory does not grow with the pages' bytes.
/// </summary>
internal sealed class IndexSink(SiteContent content, IndexRunSource? runs = null) : IFileSink
{
    private readonly SearchIndexAccumulator _index = new(content) { Cached = runs };

    public void Add(OutputFile file)
    {
        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            _index.Add(file);
        }
    }

    public IReadOnlyList<OutputFile> Finish() => [.. _index.Finish()];
}
