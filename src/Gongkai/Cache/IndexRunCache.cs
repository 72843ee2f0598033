using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Gongkai.Index;
using Gongkai.Load;

namespace Gongkai.Cache;

/// <summary>
/// The index's runs of the last build, one file per run in <c>.gongkai-cache/index/</c>, named by the hash of its key.
/// Splitting pages into passages, counting their terms and writing their JSON was most of the Index stage of an
/// incremental build (every disclosure, edited or not); a hit takes them from the file instead. As the unit cache,
/// it only ever saves work: an entry that is missing, damaged or under another key is a miss, nothing is written
/// before the build commits, and a linked cache folder is neither read nor written.
/// </summary>
internal sealed class IndexRunCache : IIndexRunCache
{
    internal const string Header = "gongkai-index-run 3";

    private readonly string _folder;
    private readonly bool _usable;
    private readonly ConcurrentDictionary<string, byte[]?> _used = new(StringComparer.Ordinal);
    private readonly Lazy<DeflateMemo> _deflated;
    private int _hits;

    private IndexRunCache(string folder, bool usable)
    {
        _folder = folder;
        _usable = usable;
        _deflated = new(() => usable ? new DeflateMemo(DeflateMemoFile.Read(Path.Combine(folder, DeflateMemoFile.Name))) : DeflateMemo.None);
    }

    public DeflateMemo Deflated => _deflated.Value;

    /// <summary>Runs read from the cache in this build.</summary>
    public int Hits => _hits;

    public static IndexRunCache Open(string root)
    {
        var parent = Path.Combine(root, BuildCache.FolderName);
        var folder = Path.Combine(parent, "index");
        return new IndexRunCache(folder, Usable(parent, folder));
    }

    public IndexRun? TryGet(string key)
    {
        if (!_usable)
        {
            return null;
        }

        var name = FileName(key);
        var run = TryRead(Path.Combine(_folder, name), key);
        if (run is not null)
        {
            _used[name] = null;
            Interlocked.Increment(ref _hits);
        }

        return run;
    }

    public void Store(string key, IndexRun run)
    {
        if (_usable)
        {
            _used[FileName(key)] = Encode(key, run);
        }
    }

    /// <summary>After the site is swapped in: writes the runs made this build and removes every entry it did not use.</summary>
    public void Commit()
    {
        if (!_usable || !Usable(Path.GetDirectoryName(_folder)!, _folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(_folder);
            Parallel.ForEach(_used.Where(e => e.Value is not null), entry => TryWrite(Path.Combine(_folder, entry.Key), entry.Value!));
            if (_deflated.IsValueCreated)
            {
                TryWrite(Path.Combine(_folder, DeflateMemoFile.Name), DeflateMemoFile.Encode(_deflated.Value.Remembered));
            }

            foreach (var path in Directory.EnumerateFiles(_folder))
            {
                var name = Path.GetFileName(path);
                if (!_used.ContainsKey(name) && (name != DeflateMemoFile.Name || !_deflated.IsValueCreated) && RepoFiles.Probe(path) == EntryKind.File)
                {
                    File.Delete(path);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Read-only checkout or a full disk: the runs are simply made again next time.
        }

        _used.Clear();
    }

    /// <summary>Writes one entry by rename; a failure (read-only checkout, full disk) only means the run is made again next time.</summary>
    private static void TryWrite(string file, byte[] bytes)
    {
        var temp = $"{file}.tmp-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Left behind: the next commit removes it with the other entries it did not use.
            }
        }
    }

    private static bool Usable(string parent, string folder) =>
        RepoFiles.Probe(parent) is EntryKind.Directory or EntryKind.Missing && RepoFiles.Probe(folder) is EntryKind.Directory or EntryKind.Missing;

    private static string FileName(string key) => Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(key))) + ".bin";

    private static byte[] Encode(string key, IndexRun run)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Header);
            writer.Write(key);
            // The run's postings by term (TermRun): each term once, with its gaps as the index appends them.
            writer.Write7BitEncodedInt(run.Postings.Length);
            foreach (var term in run.Postings)
            {
                writer.Write(term.Term);
                writer.Write7BitEncodedInt(term.Count);
                writer.Write7BitEncodedInt(term.Last);
                writer.Write7BitEncodedInt(term.Gaps.Length);
                writer.Write(term.Gaps);
            }

            writer.Write7BitEncodedInt(run.Json.Length);
            foreach (var json in run.Json)
            {
                writer.Write7BitEncodedInt(json.Length);
                writer.Write(json);
            }

            writer.Write7BitEncodedInt(run.Files.Length);
            foreach (var file in run.Files)
            {
                writer.Write(file);
            }
        }

        return buffer.ToArray();
    }

    private static IndexRun? TryRead(string file, string key)
    {
        try
        {
            if (RepoFiles.Probe(file) != EntryKind.File)
            {
                return null;
            }

            using var stream = new MemoryStream(File.ReadAllBytes(file), writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Header || reader.ReadString() != key)
            {
                return null;
            }

            var postings = new TermRun[Count(reader, stream)];
            for (var t = 0; t < postings.Length; t++)
            {
                var term = reader.ReadString();
                var count = reader.Read7BitEncodedInt();
                var last = reader.Read7BitEncodedInt();
                postings[t] = new TermRun(term, count, last, reader.ReadBytes(Count(reader, stream)));
                if (count <= 0 || postings[t].Gaps.Length < count)
                {
                    throw new InvalidDataException("a term run shorter than its count");
                }
            }

            var json = new byte[Count(reader, stream)][];
            for (var i = 0; i < json.Length; i++)
            {
                json[i] = reader.ReadBytes(Count(reader, stream));
            }

            if (postings.Any(p => p.Last < 0 || p.Last >= json.Length))
            {
                throw new InvalidDataException("a term run beyond the run's passages");
            }

            var files = new string[Count(reader, stream)];
            for (var f = 0; f < files.Length; f++)
            {
                files[f] = reader.ReadString();
            }

            return stream.Position == stream.Length ? new IndexRun(json, postings, files) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or OverflowException or FormatException)
        {
            return null;
        }
    }

    /// <summary>A count that the rest of the entry can hold (a damaged one must not allocate gigabytes).</summary>
    private static int Count(BinaryReader reader, Stream stream)
    {
        var n = reader.Read7BitEncodedInt();
        return n >= 0 && n <= stream.Length - stream.Position ? n : throw new InvalidDataException("count beyond the entry");
    }
}
