using System.IO.Hashing;
using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;

namespace Gongkai.Cache;

/// <summary>
/// Each unit's loaded model and load diagnostics, kept in <c>.gongkai-cache/units/&lt;id&gt;.bin</c> under a key of
/// everything its load reads: the tool's version, content/table-kinds.yml, and every entry below the unit's folder
/// (folder names, file names and content hashes, <see cref="FileHashMemo"/>). A build then parses only the units whose files changed. Whether a seed text
/// exists is looked up again on every read. A unit whose folder holds a link or a special file, a file the loader
/// would refuse, or more diagnostics than a file may keep is always loaded from its files, so every diagnostic is
/// reported as a full load reports it. The entry also keeps what the checks of the unit's disclosures found, under a
/// second key of the site files the rules read (site.yml, the files directly in content/, content/classification/):
/// every rule reads one unit's disclosures and those files only (see <see cref="Validate.Validator"/>). Missing,
/// corrupt or stale entries are ignored and rewritten; deleting the folder is always safe. New entries are written,
/// and removed units' entries deleted, only by <see cref="Commit"/> once the site is built, so a build that fails
/// changes nothing in the repository.
/// </summary>
internal sealed class UnitModelCache : Validate.ICheckCache, IUnitTrees
{
    internal const string Header = "gongkai-unit-model 2";

    /// <summary>The memo of file hashes beside the entries (not a *.bin: Commit removes those no unit has).</summary>
    private const string MemoName = "hashes.memo";

    private readonly string _root;
    private readonly string _folder;
    private readonly string? _siteKey;
    private readonly string? _checksKey;
    private readonly FileHashMemo _memo;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, UnitTree> _trees = new(StringComparer.Ordinal);
    private int _hits;
    private int _checkHits;

    private UnitModelCache(string root, string folder, string? siteKey, string? checksKey, FileHashMemo memo)
    {
        _memo = memo;
        _root = root;
        _folder = folder;
        _siteKey = siteKey;
        _checksKey = checksKey;
    }

    /// <summary>Units read from the cache in this build.</summary>
    public int Hits => _hits;

    /// <summary>Units whose checks' findings were taken from the cache in this build.</summary>
    public int CheckHits => _checkHits;

    /// <summary>Files whose content hash came from the memo of their status (<see cref="FileHashMemo"/>) in this build.</summary>
    public int FilesUnread => _memo.Hits;

    /// <summary>The cache of the site at <paramref name="root"/>; one that only loads when the cache folder is not a real folder.</summary>
    public static UnitModelCache Open(string root) => Open(root, DateTime.UtcNow);

    /// <summary>As <see cref="Open(string)"/>, hashing files as of <paramref name="now"/> (tests pass a later time, so files they just wrote are remembered).</summary>
    internal static UnitModelCache Open(string root, DateTime now)
    {
        var parent = Path.Combine(root, BuildCache.FolderName);
        var folder = Path.Combine(parent, "units");
        var usable = RepoFiles.Probe(parent) is EntryKind.Directory or EntryKind.Missing && RepoFiles.Probe(folder) is EntryKind.Directory or EntryKind.Missing;
        var kinds = RepoFiles.Probe(Path.Combine(root, TableKindLoader.FileName)) == EntryKind.File
            ? RepoFiles.ReadBytes(Path.Combine(root, TableKindLoader.FileName), TableKindLoader.FileName, YamlFile.MaxBytes, new DiagnosticBag())
            : null;
        string? siteKey = null;
        if (usable && kinds is not null)
        {
            var hash = new XxHash128();
            hash.Append(Encoding.UTF8.GetBytes($"{Header}\ntool {PageInputs.ToolVersion}\nkinds {kinds.Length}\n"));
            hash.Append(kinds);
            siteKey = Convert.ToHexString(hash.GetCurrentHash());
        }

        var memo = usable ? FileHashMemo.Open(Path.Combine(folder, MemoName), now) : FileHashMemo.None;
        return new UnitModelCache(root, folder, siteKey, siteKey is null ? null : ChecksKey(root, siteKey, memo), memo);
    }

    /// <summary>The key of the site files the rules read besides a unit's own; null when one of them cannot be read as a plain file.</summary>
    private static string? ChecksKey(string root, string siteKey, FileHashMemo memo)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes($"{siteKey}\nchecks\n"));
        foreach (var file in new[] { "site.yml" }.Concat(Directory.Exists(Path.Combine(root, "content")) ? Directory.EnumerateFiles(Path.Combine(root, "content")).Select(f => $"content/{Path.GetFileName(f)}").Order(StringComparer.Ordinal) : []))
        {
            var kind = RepoFiles.Probe(Path.Combine(root, file));
            if (kind == EntryKind.Missing)
            {
                hash.Append(Encoding.UTF8.GetBytes($"f {file} -1\n"));
            }
            else if (kind != EntryKind.File || !AppendFile(Path.Combine(root, file), file, hash, memo))
            {
                return null;
            }
        }

        var classification = Path.Combine(root, "content", "classification");
        return RepoFiles.Probe(classification) is not (EntryKind.Directory or EntryKind.Missing)
            || (RepoFiles.Probe(classification) == EntryKind.Directory && !Walk(classification, "content/classification/", hash, memo))
            ? null
            : Convert.ToHexString(hash.GetCurrentHash());
    }

    /// <summary>Loads the unit in <paramref name="unitDir"/> as <see cref="UnitLoader"/> does, from the cache when its files are unchanged.</summary>
    public Unit? Load(string unitDir, IReadOnlyDictionary<string, TableKind> kinds, DiagnosticBag diagnostics)
    {
        var id = Path.GetFileName(unitDir);
        var tree = _siteKey is not null && Ids.IsValid(id) ? UnitKey(unitDir, $"content/units/{id}") : null;
        if (tree is null)
        {
            return UnitLoader.Load(_root, unitDir, kinds, diagnostics);
        }

        _trees[id] = tree;
        var key = tree.Key;

        var file = Path.Combine(_folder, $"{id}.bin");
        if (TryRead(file, key, kinds) is { } hit)
        {
            Interlocked.Increment(ref _hits);
            _entries[id] = new Entry(file, key, hit.Unit, hit.Load) { ChecksKey = hit.ChecksKey, Checks = hit.Checks };
            diagnostics.AddRange(hit.Load);

            return hit.Unit;
        }

        var own = new DiagnosticBag();
        var unit = UnitLoader.Load(_root, unitDir, kinds, own);
        if (own.Dropped)
        {
            // The per-file limit's summary counts what the whole build dropped; such a unit is loaded into the build's own bag.
            return UnitLoader.Load(_root, unitDir, kinds, diagnostics);
        }

        // Added in the order the loader reported them, as a load into the build's bag would add them.
        var found = own.Items();
        diagnostics.AddRange(found);

        _entries[id] = new Entry(file, key, unit, found) { Dirty = true };
        return unit;
    }

    public UnitTree? Tree(string unitId) => _trees.GetValueOrDefault(unitId);

    public IReadOnlyList<Diagnostic>? Checked(string unitId)
    {
        if (_checksKey is not null && _entries.TryGetValue(unitId, out var entry) && entry.Checks is { } checks && entry.ChecksKey == _checksKey)
        {
            Interlocked.Increment(ref _checkHits);
            return checks;
        }

        return null;
    }

    public void Store(string unitId, IReadOnlyList<Diagnostic> found)
    {
        if (_checksKey is not null && _entries.TryGetValue(unitId, out var entry))
        {
            _entries[unitId] = entry with { ChecksKey = _checksKey, Checks = found, Dirty = true };
        }
    }

    /// <summary>
    /// Writes the entries of the units parsed in this build and deletes those of units no longer in
    /// <paramref name="unitIds"/>; called after the site was swapped in. A failure only costs the next build its shortcuts.
    /// </summary>
    public void Commit(IReadOnlyCollection<string> unitIds)
    {
        Parallel.ForEach(_entries.Values.Where(e => e.Dirty), TryWrite);
        _entries.Clear();
        if (RepoFiles.Probe(_folder) != EntryKind.Directory)
        {
            return;
        }

        if (RepoFiles.Probe(Path.GetDirectoryName(_folder)!) == EntryKind.Directory)
        {
            _memo.Commit(Path.Combine(_folder, MemoName));
        }

        var keep = unitIds.Select(id => $"{id}.bin").ToHashSet(StringComparer.Ordinal);
        try
        {
            foreach (var path in Directory.EnumerateFiles(_folder, "*.bin"))
            {
                if (!keep.Contains(Path.GetFileName(path)) && RepoFiles.Probe(path) == EntryKind.File)
                {
                    File.Delete(path);
                }
            }

            // A build killed while writing an entry or the memo left its temporary file.
            Write.Leftovers.RemoveStaleTempFiles(_folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale entry is never read (its key no longer matches a unit); it only takes space.
        }
    }

    /// <summary>
    /// The unit's key: the site key, then every entry below its folder in ordinal order (directories by name,
    /// regular files by name, length and bytes); null when any entry is a link, a special file or unreadable.
    /// </summary>
    private UnitTree? UnitKey(string unitDir, string folder)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes($"{_siteKey}\nunit {folder}\n"));
        var files = new List<string>();
        return Walk(unitDir, folder + "/", hash, _memo, files) ? new UnitTree(Convert.ToHexString(hash.GetCurrentHash()), files) : null;
    }

    private static bool Walk(string dir, string prefix, XxHash128 hash, FileHashMemo memo, List<string>? files = null)
    {
        IEnumerable<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        foreach (var path in entries)
        {
            var name = prefix + Path.GetFileName(path);
            switch (RepoFiles.Probe(path))
            {
                case EntryKind.Directory:
                    hash.Append(Encoding.UTF8.GetBytes($"d {name}\n"));
                    if (!Walk(path, name + "/", hash, memo, files))
                    {
                        return false;
                    }

                    break;
                case EntryKind.File:
                    if (!AppendFile(path, name, hash, memo))
                    {
                        return false;
                    }

                    files?.Add(name);
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Appends a regular file's name, length and content hash; false when the loader would not read it either.</summary>
    private static bool AppendFile(string path, string name, XxHash128 hash, FileHashMemo memo)
    {
        if (memo.HashOf(path, name, YamlFile.MaxBytes) is not { } file)
        {
            return false;
        }

        hash.Append(Encoding.UTF8.GetBytes($"f {name} {file.Length}\n"));
        hash.Append(file.Hash);
        return true;
    }

    private UnitRecord? TryRead(string file, string key, IReadOnlyDictionary<string, TableKind> kinds)
    {
        try
        {
            if (RepoFiles.Probe(file) != EntryKind.File)
            {
                return null;
            }

            using var stream = new MemoryStream(File.ReadAllBytes(file), writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Header || reader.ReadString() != key)
            {
                return null;
            }

            var read = new ModelReader(stream, kinds, _root).Read();
            return stream.Position == stream.Length ? read : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or OverflowException or FormatException)
        {
            return null;
        }
    }

    private void TryWrite(Entry entry)
    {
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Header);
                writer.Write(entry.Key);
            }

            new ModelWriter(buffer).Write(entry.Unit, entry.Load, entry.ChecksKey, entry.Checks);
            var file = entry.File;

            // Never write through a link: both folders are ours only if they are real folders (or absent).
            if (RepoFiles.Probe(Path.GetDirectoryName(_folder)!) is not (EntryKind.Directory or EntryKind.Missing)
                || RepoFiles.Probe(_folder) is not (EntryKind.Directory or EntryKind.Missing))
            {
                return;
            }

            Directory.CreateDirectory(_folder);

            var temp = $"{file}.tmp-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}";
            File.WriteAllBytes(temp, buffer.ToArray());
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EncoderFallbackException)
        {
            // Read-only checkout, full disk, or a string UTF-8 cannot carry: this unit is simply loaded again next time.
        }
    }

    /// <summary>A unit of this build: where its entry goes, its key, what it loaded to and, once known, what its checks found.</summary>
    private sealed record Entry(string File, string Key, Unit? Unit, IReadOnlyList<Diagnostic> Load)
    {
        public string? ChecksKey { get; init; }

        public IReadOnlyList<Diagnostic>? Checks { get; init; }

        /// <summary>True when the entry on disk is missing or older than this one.</summary>
        public bool Dirty { get; init; }
    }
}
