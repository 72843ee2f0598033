using System.Collections.Concurrent;
using Gongkai.Write;

namespace Gongkai.Cache;

/// <summary>
/// The preview's render cache: the previous build's files by key, in memory. Only keys used by the latest good
/// build are kept (<see cref="Commit"/>), so memory follows the current site, not its history.
/// </summary>
internal sealed class MemoryRenderCache : IRenderCache
{
    private ConcurrentDictionary<string, IReadOnlyList<OutputFile>> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, IReadOnlyList<OutputFile>> _next = new(StringComparer.Ordinal);

    /// <summary>How many groups the last build replayed instead of rendering.</summary>
    public int Hits { get; private set; }

    private int _hits;

    /// <summary>The files replayed by the build under way, by path (forgotten with it).</summary>
    private ConcurrentDictionary<string, byte[]> _replayed = new(StringComparer.Ordinal);

    /// <summary>The files rendered and stored by the build under way, by path (forgotten with it).</summary>
    private ConcurrentDictionary<string, byte[]> _stored = new(StringComparer.Ordinal);

    public IReadOnlyList<OutputFile>? TryReplay(string key)
    {
        if (!_current.TryGetValue(key, out var files))
        {
            return null;
        }

        foreach (var file in files)
        {
            _replayed[file.Path] = file.Content;
        }

        _next[key] = files;
        Interlocked.Increment(ref _hits);
        return files;
    }

    public void Store(string key, IReadOnlyList<OutputFile> files)
    {
        foreach (var file in files)
        {
            _stored[file.Path] = file.Content;
        }

        _next[key] = files;
    }

    public byte[]? Replayed(string path) => _replayed.GetValueOrDefault(path);

    public string? HashOf(string path) =>
        _replayed.TryGetValue(path, out var bytes) || _stored.TryGetValue(path, out bytes) ? FileState.HashOf(bytes) : null;

    /// <summary>The build succeeded: its groups become the cache of the next one.</summary>
    public void Commit()
    {
        _current = _next;
        Reset();
    }

    /// <summary>Forgets a failed build's groups (the previous good ones stay).</summary>
    public void Reset()
    {
        Hits = _hits;
        _hits = 0;
        _next = new(StringComparer.Ordinal);
        _replayed = new(StringComparer.Ordinal);
        _stored = new(StringComparer.Ordinal);
    }
}
