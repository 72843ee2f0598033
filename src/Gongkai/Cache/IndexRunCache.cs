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
    internal const string Header = "gongkai-index-run 2";

    private readonly string _folder;
    private readonly bool _usable;
    private readonly ConcurrentDictionary<string, byte[]?> _used = new(StringComparer.Ordinal);
    private int _hits;

    private IndexRunCache(string folder, bool usable)
    {
        _folder = folder;
        _usable = usable;
    }

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
            foreach (var path in Directory.EnumerateFiles(_folder))
            {
                if (!_used.ContainsKey(Path.GetFileName(path)) && RepoFiles.Probe(path) == EntryKind.File)
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
            // A run's passages share most of their terms (a table's rows, its codes): each term is written once, in a
            // table, and a passage names its terms by position, so an entry is smaller and reads back fewer strings.
            var table = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (term, _) in run.Terms.SelectMany(t => t))
            {
                table.TryAdd(term, table.Count);
            }

            writer.Write7BitEncodedInt(table.Count);
            foreach (var term in table.Keys)
            {
                writer.Write(term);
            }

            writer.Write7BitEncodedInt(run.Json.Length);
            for (var i = 0; i < run.Json.Length; i++)
            {
                writer.Write7BitEncodedInt(run.Json[i].Length);
                writer.Write(run.Json[i]);
                writer.Write7BitEncodedInt(run.Terms[i].Length);
                foreach (var (term, weight) in run.Terms[i])
                {
                    writer.Write7BitEncodedInt(table[term]);
                    writer.Write7BitEncodedInt(weight);
                }
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

            var table = new string[Count(reader, stream)];
            for (var t = 0; t < table.Length; t++)
            {
                table[t] = reader.ReadString();
            }

            var json = new byte[Count(reader, stream)][];
            var terms = new (string Term, int Weight)[json.Length][];
            for (var i = 0; i < json.Length; i++)
            {
                json[i] = reader.ReadBytes(Count(reader, stream));
                terms[i] = new (string, int)[Count(reader, stream)];
                for (var t = 0; t < terms[i].Length; t++)
                {
                    terms[i][t] = (reader.Read7BitEncodedInt() is var at && (uint)at < (uint)table.Length ? table[at] : throw new InvalidDataException("term beyond the table"), reader.Read7BitEncodedInt());
                }
            }

            var files = new string[Count(reader, stream)];
            for (var f = 0; f < files.Length; f++)
            {
                files[f] = reader.ReadString();
            }

            return stream.Position == stream.Length ? new IndexRun(json, terms, files) : null;
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
