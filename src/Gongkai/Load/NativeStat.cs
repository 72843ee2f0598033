using System.Runtime.InteropServices;

namespace Gongkai.Load;

/// <summary>
/// The file type of a path without following links. .NET reports a FIFO or a device as an ordinary file
/// (FileAttributes.Normal, length 0) and opening one blocks or never ends, so on Linux we ask the kernel with
/// statx(2), whose struct layout is the same on every architecture (unlike struct stat).
/// </summary>
internal static class NativeStat
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, u32 gid → u16 mode

    private const uint StatxBasic = 0x7ff; // STATX_BASIC_STATS: type, mode, nlink, uid, gid, times, ino, size, blocks
    private const int InodeOffset = 32;
    private const int SizeOffset = 40;
    private const int CtimeOffset = 96; // struct statx_timestamp { s64 tv_sec; u32 tv_nsec; s32 pad; }
    private const int MtimeOffset = 112;
    private const int DevMajorOffset = 136;
    private const int DevMinorOffset = 140;

    /// <summary>The kind of <paramref name="fullPath"/>, or null when statx is not available here.</summary>
    public static EntryKind? Probe(string fullPath) =>
        Call(fullPath, StatxType) is { } buffer ? (buffer.Length == 0 ? EntryKind.Missing : KindOf(buffer)) : null;

    /// <summary>
    /// Kind, size, mtime (as <see cref="FileSystemInfo.LastWriteTimeUtc"/> ticks), ctime and identity (device, inode) of
    /// <paramref name="fullPath"/> without following links, from one statx; null when statx is not available here.
    /// </summary>
    public static FileStatus? Status(string fullPath)
    {
        if (Call(fullPath, StatxBasic) is not { } buffer)
        {
            return null;
        }

        if (buffer.Length == 0)
        {
            return new FileStatus(EntryKind.Missing, 0, 0, 0, 0);
        }

        long Ticks(int offset) => DateTime.UnixEpoch.Ticks + (BitConverter.ToInt64(buffer, offset) * TimeSpan.TicksPerSecond) + (BitConverter.ToUInt32(buffer, offset + 8) / 100);
        var device = ((ulong)BitConverter.ToUInt32(buffer, DevMajorOffset) << 32) | BitConverter.ToUInt32(buffer, DevMinorOffset);
        return new FileStatus(KindOf(buffer), BitConverter.ToInt64(buffer, SizeOffset), Ticks(MtimeOffset), device, BitConverter.ToUInt64(buffer, InodeOffset), Ticks(CtimeOffset));
    }

    /// <summary>The statx buffer of <paramref name="fullPath"/>; empty when the path cannot be stat'ed (missing), null when statx is not available.</summary>
    private static byte[]? Call(string fullPath, uint mask)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            return Statx(AtFdCwd, fullPath, AtSymlinkNoFollow, mask, buffer) == 0 ? buffer : [];
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static EntryKind KindOf(byte[] buffer) => (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
    {
        0x8000 => EntryKind.File,
        0x4000 => EntryKind.Directory,
        0xA000 => EntryKind.Symlink,
        _ => EntryKind.Special,
    };

    // DllImport rather than LibraryImport: the generated marshaller needs unsafe code, which the project does not allow.
    // "libc.so.6" (glibc's soname) rather than "libc": "libc.so" is a linker script that only libc6-dev installs.
    [DllImport("libc.so.6", EntryPoint = "statx", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
