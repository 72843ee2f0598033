using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Gongkai.Load;

namespace Gongkai.Cache;

/// <summary>
/// The content hashes of the files the unit keys read, remembered by what one statx says of each (device, inode,
/// size, mtime, ctime), as git's index remembers them: a file whose status is unchanged is not read again to key its
/// unit (reading and hashing some 15,000 files was a third of an incremental build's load at 1,000 unit-years). The
/// keys stay hashes of content, so a fresh clone (every status new) computes the same keys, only slower. A file
/// changed within <see cref="RacyTicks"/> before it was hashed is not remembered: a second edit in the same clock tick
/// could leave its status as it was. Kept in <c>.gongkai-cache/units/hashes.memo</c>, written only by
/// <see cref="Commit"/>; a missing, damaged or foreign memo is empty.
/// </summary>
internal sealed class FileHashMemo
{
    internal const string Header = "gongkai-file-hashes 1";

    /// <summary>Two seconds: far above any file system's timestamp granularity (ext4 and the kernel clock tick: milliseconds).</summary>
    private const long RacyTicks = 2 * TimeSpan.TicksPerSecond;

    private readonly IReadOnlyDictionary<string, Remembered> _previous;
    private readonly ConcurrentDictionary<string, Remembered> _next = new(StringComparer.Ordinal);
    private readonly long _trustBefore;
    private int _hits;

    private FileHashMemo(IReadOnlyDictionary<string, Remembered> previous, DateTime now)
    {
        _previous = previous;
        _trustBefore = now.Ticks - RacyTicks;
    }

    /// <summary>Files whose hash came from the memo in this build.</summary>
    public int Hits => _hits;

    /// <summary>An empty memo that remembers nothing (statx unavailable, or the cache folder not usable).</summary>
    public static FileHashMemo None { get; } = new(new Dictionary<string, Remembered>(), DateTime.MinValue);

    /// <summary>Reads the memo in <paramref name="file"/>; <paramref name="now"/> is the time hashes are taken from (tests pass a later one).</summary>
    public static FileHashMemo Open(string file, DateTime now)
    {
        var previous = new Dictionary<string, Remembered>(StringComparer.Ordinal);
        try
        {
            if (RepoFiles.Probe(file) == EntryKind.File)
            {
                using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(file), writable: false), Encoding.UTF8);
                if (reader.ReadString() == Header)
                {
                    var count = reader.ReadInt32();
                    for (var i = 0; i < count; i++)
                    {
                        var name = reader.ReadString();
                        var (device, inode, length, mtime, ctime) = (reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
                        var hash = reader.ReadBytes(16);
                        previous[name] = hash.Length == 16 ? new Remembered(device, inode, length, mtime, ctime, hash) : throw new EndOfStreamException();
                    }

                    if (reader.BaseStream.Position != reader.BaseStream.Length)
                    {
                        previous.Clear();
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            previous.Clear();
        }

        return new FileHashMemo(previous, now);
    }

    /// <summary>
    /// The XxHash128 of the regular file at <paramref name="path"/> (repository path <paramref name="name"/>) and its
    /// length; null when it cannot be read or is over <paramref name="maxBytes"/> (the loader refuses it too).
    /// </summary>
    public (byte[] Hash, long Length)? HashOf(string path, string name, long maxBytes)
    {
        // Status first, bytes second: a change between the two leaves a status the next build no longer finds.
        var status = NativeStat.Status(path);
        if (status is { Kind: EntryKind.File } s && s.Length <= maxBytes && _previous.TryGetValue(name, out var known) && known.Matches(s))
        {
            _next[name] = known;
            Interlocked.Increment(ref _hits);
            return (known.Hash, s.Length);
        }

        if (ReadSmall(path, maxBytes) is not { } bytes)
        {
            return null;
        }

        var hash = XxHash128.Hash(bytes);
        if (status is { Kind: EntryKind.File } seen && seen.Length == bytes.Length && seen.MtimeTicks < _trustBefore && seen.CtimeTicks < _trustBefore)
        {
            _next[name] = new Remembered(seen.Device, seen.Inode, seen.Length, seen.MtimeTicks, seen.CtimeTicks, hash);
        }

        return (hash, bytes.Length);
    }

    /// <summary>Writes what this build hashed (and only that: a removed file is forgotten); a failure only costs the next build its shortcuts.</summary>
    public void Commit(string file)
    {
        if (ReferenceEquals(this, None))
        {
            return;
        }

        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Header);
                writer.Write(_next.Count);
                foreach (var (name, r) in _next.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    writer.Write(name);
                    writer.Write(r.Device);
                    writer.Write(r.Inode);
                    writer.Write(r.Length);
                    writer.Write(r.MtimeTicks);
                    writer.Write(r.CtimeTicks);
                    writer.Write(r.Hash);
                }
            }

            var temp = $"{file}.tmp-{Environment.ProcessId}";
            File.WriteAllBytes(temp, buffer.ToArray());
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EncoderFallbackException)
        {
            // Read-only checkout or full disk: every file is simply read again next time.
        }
    }

    /// <summary>A file's bytes when the loader would read it too (at most <paramref name="maxBytes"/>); null otherwise.</summary>
    internal static byte[]? ReadSmall(string path, long maxBytes)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            if (stream.Length > maxBytes)
            {
                return null;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return stream.ReadByte() == -1 ? bytes : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A hashed file's status and content hash.</summary>
    private sealed record Remembered(ulong Device, ulong Inode, long Length, long MtimeTicks, long CtimeTicks, byte[] Hash)
    {
        public bool Matches(FileStatus s) =>
            s.Device == Device && s.Inode == Inode && s.Length == Length && s.MtimeTicks == MtimeTicks && s.CtimeTicks == CtimeTicks;
    }
}
