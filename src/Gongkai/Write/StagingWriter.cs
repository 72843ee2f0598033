using System.Collections.Concurrent;
using Gongkai.Cache;

namespace Gongkai.Write;

/// <summary>
/// Writes each file into the staging folder as soon as it is rendered (from any thread), so the site is never held
/// in memory. A file whose bytes equal the previous site's (same hash, and that file untouched since) is hard-linked
/// instead of written. Records what it wrote for the next build's cache and which top-level names the site has.
/// </summary>
internal sealed class StagingWriter(string staging, IReadOnlyDictionary<string, FileState> previous, string? oldOutput) : IFileSink
{
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileState> _written = new(StringComparer.Ordinal);
    private int _linked;
    private int _pages;

    /// <summary>Every file written, with its state (for the next build's cache).</summary>
    public IReadOnlyDictionary<string, FileState> Written => _written;

    /// <summary>How many files were hard-linked from the previous site rather than written.</summary>
    public int Linked => _linked;

    public int Pages => _pages;

    public IReadOnlySet<string> TopLevelNames => _written.Keys.Select(p => p.Split('/')[0]).ToHashSet(StringComparer.Ordinal);

    public void Add(OutputFile file)
    {
        var target = Path.GetFullPath(Path.Combine(staging, file.Path));
        if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal) || file.Path == OutputFolder.MarkerName)
        {
            throw new InvalidOperationException($"输出路径 {file.Path} 越出了输出目录");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            // Created before it is recorded: another thread that finds it recorded can write into it at once.
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        var hash = file.KnownHash ?? FileState.HashOf(file.Content);
        FileState state;
        if (oldOutput is not null && previous.TryGetValue(file.Path, out var old) && old.Hash == hash
            && old.Matches(Path.Combine(oldOutput, file.Path)) && HardLink.TryCreate(Path.Combine(oldOutput, file.Path), target))
        {
            state = old;
            Interlocked.Increment(ref _linked);
        }
        else
        {
            // A replayed file's bytes are read here, before the target exists, so a failed read leaves no empty file.
            // CreateNew: a second file for the same path is a bug, and must never write through a hard link into the old site.
            // The mtime is read from the open handle (fstat), not by a second lookup of the path.
            var content = file.Content;
            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, content, 0);
            state = new FileState(hash, content.Length, File.GetLastWriteTimeUtc(handle).Ticks);
        }

        if (!_written.TryAdd(file.Path, state))
        {
            throw new InvalidOperationException($"两个文件写到了同一路径 {file.Path}");
        }

        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _pages);
        }
    }
}
