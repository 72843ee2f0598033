using System.Collections.Concurrent;
using Gongkai.Write;

namespace Gongkai.Cache;

/// <summary>
/// The build's render cache: a key names the output paths and hashes it produced last time; a hit replays those
/// files of the current site when each is still the regular file the last build wrote (size and mtime, as make and
/// rsync judge it), so nothing but the previous output has to be kept. Their bytes are not read back: the staging
/// writer hard-links them (reading 1 GB back cost most of an incremental build's render stage at 1,000
/// unit-years). Any doubt is a miss: the group is rendered again.
/// </summary>
internal sealed class DiskRenderCache(IReadOnlyDictionary<string, IReadOnlyList<(string Path, string Hash)>> groups,
    IReadOnlyDictionary<string, FileState> files, string output) : IRenderCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Path, string Hash)>> _next = new(StringComparer.Ordinal);
    /// <summary>The paths replayed this build, with their hash (strings <c>groups</c> already holds).</summary>
    private readonly ConcurrentDictionary<string, string> _replayed = new(StringComparer.Ordinal);
    /// <summary>The paths rendered and stored this build, with their hash.</summary>
    private readonly ConcurrentDictionary<string, string> _stored = new(StringComparer.Ordinal);
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

            replayed.Add(OutputFile.Replayed(path, hash, () => Read(full, hash)));
        }

        foreach (var (path, hash) in entries)
        {
            _replayed[path] = hash;
        }

        _next[key] = entries;
        Interlocked.Increment(ref _hits);
        return replayed;
    }

    /// <summary>
    /// The bytes of a replayed file, read only when it cannot be hard-linked or a site-wide download repeats it. The file was the one the last build wrote
    /// (hash, size and mtime) when the group was replayed; one changed since then is an error, not a silent copy.
    /// </summary>
    private static byte[] Read(string full, string hash)
    {
        var bytes = File.ReadAllBytes(full);
        return FileState.HashOf(bytes) == hash
            ? bytes
            : throw new IOException($"上一次生成的文件 {full} 在生成过程中被改动；请重新运行 build（或加 --no-cache）");
    }

    public byte[]? Replayed(string path)
    {
        try
        {
            return _replayed.TryGetValue(path, out var hash) ? Read(Path.Combine(output, path), hash) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Changed or gone since it was replayed: the caller makes the bytes itself.
            return null;
        }
    }

    public void Store(string key, IReadOnlyList<OutputFile> produced)
    {
        IReadOnlyList<(string Path, string Hash)> entries = [.. produced.Select(f => (f.Path, f.KnownHash ?? FileState.HashOf(f.Content)))];
        foreach (var (path, hash) in entries)
        {
            _stored[path] = hash;
        }

        _next[key] = entries;
    }

    public string? HashOf(string path) => _replayed.TryGetValue(path, out var hash) || _stored.TryGetValue(path, out hash) ? hash : null;
}
