using System.Collections.Concurrent;
using Gongkai.Write;

namespace Gongkai.Cache;

/// <summary>
/// The build's render cache: a key names the output paths and hashes it produced last time; a hit reads those
/// files back from the current site (checked against their hash, size and mtime), so nothing but the previous
/// output has to be kept. Any doubt is a miss: the group is rendered again.
/// </summary>
internal sealed class DiskRenderCache(IReadOnlyDictionary<string, IReadOnlyList<(string Path, string Hash)>> groups,
    IReadOnlyDictionary<string, FileState> files, string output) : IRenderCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Path, string Hash)>> _next = new(StringComparer.Ordinal);
    private int _hits;

    /// <summary>The groups of this build, for the next one.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Path, string Hash)>> Next => _next;

    public int Hits => _hits;

    public IReadOnlyList<OutputFile>? TryReplay(string key)
    {
        if (!groups.TryGetValue(key, out var entries))
        {
            return null;
        }

        var replayed = new List<OutputFile>(entries.Count);
        foreach (var (path, hash) in entries)
        {
            var full = Path.Combine(output, path);
            if (!files.TryGetValue(path, out var state) || state.Hash != hash || !state.Matches(full))
            {
                return null;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(full);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (FileState.HashOf(bytes) != hash)
            {
                return null;
            }

            replayed.Add(new OutputFile(path, bytes) { KnownHash = hash });
        }

        _next[key] = entries;
        Interlocked.Increment(ref _hits);
        return replayed;
    }

    public void Store(string key, IReadOnlyList<OutputFile> produced) =>
        _next[key] = [.. produced.Select(f => (f.Path, FileState.HashOf(f.Content)))];
}
