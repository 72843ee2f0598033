using System.Runtime.InteropServices;

namespace Gongkai.Write;

/// <summary>
/// link(2): an unchanged file of the previous site becomes a second name of the same inode in the staging folder,
/// so it is not rewritten and keeps its mtime (rsync sees no change). .NET has no API for hard links.
/// </summary>
internal static class HardLink
{
    /// <summary>False when links are not possible here (another file system, not Linux); the caller then writes the bytes.</summary>
    public static bool TryCreate(string existing, string link)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport (not LibraryImport: no unsafe code in this project), glibc's soname as in Load/NativeStat.
    [DllImport("libc.so.6", EntryPoint = "link", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}
