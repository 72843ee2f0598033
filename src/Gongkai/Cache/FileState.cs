namespace Gongkai.Cache;

/// <summary>What the cache remembers of one output file: its content hash, and its size and mtime to notice a hand edit.</summary>
internal sealed record FileState(string Hash, long Length, long MtimeTicks)
{
    /// <summary>True when the file at <paramref name="fullPath"/> is still the regular file this state describes.</summary>
    public bool Matches(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists && info.LinkTarget is null && info.Length == Length && info.LastWriteTimeUtc.Ticks == MtimeTicks;
    }

    /// <summary>True when <paramref name="status"/> (one statx of the path) is the regular file this state describes.</summary>
    public bool Matches(Load.FileStatus status) =>
        status.Kind == Load.EntryKind.File && status.Length == Length && status.MtimeTicks == MtimeTicks;

    /// <summary>
    /// Change detection only (is this output file the one the last build wrote?), never a security check: anyone who can
    /// edit the cache can edit the site. XxHash128 is many times faster than SHA-256 over the site's 1 GB of files.
    /// </summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexString(System.IO.Hashing.XxHash128.Hash(bytes));

    /// <summary>The same hash as <see cref="HashOf(ReadOnlySpan{byte})"/>, of a stream read to its end (a file too big to hold).</summary>
    public static string HashOf(Stream stream)
    {
        var hash = new System.IO.Hashing.XxHash128();
        hash.Append(stream);
        return Convert.ToHexString(hash.GetCurrentHash());
    }
}
