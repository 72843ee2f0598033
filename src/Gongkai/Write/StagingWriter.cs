using System.Collections.Concurrent;
using Gongkai.Cache;

namespace Gongkai.Write;

/// <summary>
/// Writes each file into the staging folder as soon as it is rendered (from any thread), so the site is never held
/// in memory. A file whose bytes equal the previous site's (same hash, and that file untouched since) is hard-linked
/// instead of written. Records what it wrote for the next build's cache and which top-level names the site has.
/// When the staging folder is the spare tree (<see cref="SpareTree"/>), a file it holds that is already the previous
/// site's file (the same inode) is kept; any other is unlinked before its name is linked or written, so nothing is
/// ever written into an existing file (it may be a hard link of the current site's); <see cref="Prune"/> then removes
/// what this build did not produce.
/// </summary>
internal sealed class StagingWriter(string staging, IReadOnlyDictionary<string, FileState> previous, string? oldOutput, SpareTree? spare = null) : IFileSink
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
            CreateFolder(folder);
            _folders.TryAdd(folder, 0);
        }

        var hash = file.KnownHash ?? FileState.HashOf(file.Content);
        var oldPath = oldOutput is null ? null : Path.Combine(oldOutput, file.Path);
        var linkable = oldPath is not null && previous.TryGetValue(file.Path, out var old) && old.Hash == hash ? old : null;

        // One status of the old file serves both questions below: is it still what the last build wrote, and is the
        // spare's file that very file (statx where there is one, else FileInfo).
        var oldStatus = linkable is null ? null : Load.NativeStat.Status(oldPath!);
        var unchanged = linkable is not null && (oldStatus is { } s ? linkable.Matches(s) : linkable.Matches(oldPath!));
        var inSpare = spare is not null && spare.Files.Contains(file.Path);
        FileState state;
        if (spare is not null && spare.Folders.Contains(file.Path))
        {
            // A folder of the spare where this build has a file: the spare is ours and holds no links (SpareTree.Claim).
            Directory.Delete(target, recursive: true);
        }

        if (inSpare && unchanged && oldStatus is { } current && Load.NativeStat.Status(target) is { } here && here.IsSameFile(current))
        {
            // The spare's file is the current site's unchanged file: nothing to do.
            state = linkable!;
            Interlocked.Increment(ref _linked);
        }
        else
        {
            if (inSpare)
            {
                File.Delete(target);
            }

            if (unchanged && HardLink.TryCreate(oldPath!, target))
            {
                state = linkable!;
                Interlocked.Increment(ref _linked);
            }
            else if (file.SpoolPath is { } spooled)
            {
                // Written to the spool as it was made (too big to hold): moved into place, never read (Spool). Move
                // refuses an existing target, as CreateNew does below.
                File.Move(spooled, target);
                var moved = new FileInfo(target);
                state = new FileState(hash, moved.Length, moved.LastWriteTimeUtc.Ticks);
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

    /// <summary>
    /// Removes what the spare held that this build did not produce: files, and folders no produced file is in. Called
    /// once every file is added, before the swap (the marker file is the commit's to replace).
    /// </summary>
    public void Prune()
    {
        if (spare is null)
        {
            return;
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in _folders.Keys)
        {
            for (var f = Path.GetRelativePath(staging, folder).Replace(Path.DirectorySeparatorChar, '/'); f != "." && kept.Add(f); f = Parent(f))
            {
            }
        }

        // Outermost first: a removed folder takes everything below it.
        foreach (var folder in spare.Folders.Where(f => !kept.Contains(f) && !_written.ContainsKey(f)).Order(StringComparer.Ordinal))
        {
            if (Parent(folder) is "." || kept.Contains(Parent(folder)))
            {
                Directory.Delete(Path.Combine(staging, folder), recursive: true);
            }
        }

        // A spare file where this build made a folder was removed by CreateFolder already.
        foreach (var path in spare.Files.Where(p => !_written.ContainsKey(p) && !kept.Contains(p) && p != OutputFolder.MarkerName))
        {
            if (Parent(path) is "." || kept.Contains(Parent(path)))
            {
                File.Delete(Path.Combine(staging, path));
            }
        }
    }

    private static string Parent(string relative) => relative.LastIndexOf('/') is var at and >= 0 ? relative[..at] : ".";

    /// <summary>Creates a folder; a spare may hold a file where this build has a folder, which is removed first.</summary>
    private void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException) when (spare is not null)
        {
            for (var f = folder; f.Length > staging.Length; f = Path.GetDirectoryName(f)!)
            {
                if (Load.NativeStat.Status(f) is { Kind: not (Load.EntryKind.Directory or Load.EntryKind.Missing) })
                {
                    File.Delete(f);
                }
            }

            Directory.CreateDirectory(folder);
        }
    }
}
