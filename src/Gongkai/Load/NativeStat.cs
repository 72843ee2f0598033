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

    /// <summary>The kind of <paramref name="fullPath"/>, or null when statx is not available here.</summary>
    public static EntryKind? Probe(string fullPath)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, fullPath, AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if (result != 0)
        {
            return EntryKind.Missing;
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => EntryKind.File,
            0x4000 => EntryKind.Directory,
            0xA000 => EntryKind.Symlink,
            _ => EntryKind.Special,
        };
    }

    // DllImport rather than LibraryImport: the generated marshaller needs unsafe code, which the project does not allow.
    // "libc.so.6" (glibc's soname) rather than "libc": "libc.so" is a linker script that only libc6-dev installs.
    [DllImport("libc.so.6", EntryPoint = "statx", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
