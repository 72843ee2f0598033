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

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
}
