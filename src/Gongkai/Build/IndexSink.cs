using Gongkai.Index;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Build;

/// <summary>
/// The seam between rendering and the Index stage: every rendered file passes through <see cref="Add"/> (from any
/// thread) and <see cref="Files()"/> yields the index files. The accumulator keeps only the paths of rendered pages
/// (the index text comes from the model), so memory does not grow with the pages' bytes.
/// </summary>
internal sealed class IndexSink(SiteContent content, IndexRunSource? runs = null, int threads = -1) : IFileSink
{
    private readonly SearchIndexAccumulator _index = new(content) { Cached = runs, Threads = threads };

    public void Add(OutputFile file)
    {
        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            _index.Add(file);
        }
    }

    /// <summary>The index files as they are made (one thread may enumerate them; see <see cref="StreamedWrite"/>).</summary>
    public IEnumerable<OutputFile> Files() => _index.Finish();

    /// <summary>The index files as they are made; before each, waits while <paramref name="open"/> is reset (the preview's fast path runs).</summary>
    public IEnumerable<OutputFile> Files(ManualResetEventSlim open)
    {
        foreach (var file in _index.Finish())
        {
            open.Wait();
            yield return file;
        }
    }
}
