namespace Gongkai.Load;

/// <summary>What one statx(2) says of a path (not following links): its kind, size, mtime and ctime ticks (UTC) and identity.</summary>
internal readonly record struct FileStatus(EntryKind Kind, long Length, long MtimeTicks, ulong Device, ulong Inode, long CtimeTicks = 0)
{
    /// <summary>True when both name the same file: one inode of one file system (hard links of each other).</summary>
    public bool IsSameFile(FileStatus other) => Kind == EntryKind.File && other.Kind == EntryKind.File && Device == other.Device && Inode == other.Inode;
}
