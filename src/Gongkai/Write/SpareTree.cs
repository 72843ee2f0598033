using System.IO.Enumeration;

namespace Gongkai.Write;

/// <summary>
/// The site a build swapped out, kept beside the output as <c>.NAME.spare</c> instead of being removed: the next
/// build claims it as its staging folder and updates it in place (a file still equal to the current site's is kept,
/// one that differs is replaced, one no longer produced is removed), so neither build links 63,000 files into a new
/// tree nor removes an old one (at 1,000 unit-years, 1.5 s and 2.4 s of one core on ext4). Most of its files are hard
/// links of the current site's; the writer therefore never writes into an existing file, it replaces the name. It is
/// kept closed to other users (0700): it often sits inside a web server's root, and holds pages the site has dropped.
/// </summary>
internal sealed class SpareTree
{
    private SpareTree(HashSet<string> files, HashSet<string> folders)
    {
        Files = files;
        Folders = folders;
    }

    /// <summary>Its files (and whatever else is not a folder) by path relative to it, with '/'.</summary>
    public IReadOnlySet<string> Files { get; }

    /// <summary>Its folders by path relative to it, with '/'.</summary>
    public IReadOnlySet<string> Folders { get; }

    public static string PathOf(string parent, string name) => Path.Combine(parent, $".{name}.spare");

    /// <summary>Gives <paramref name="to"/> the permission bits of <paramref name="from"/>; false when that fails.</summary>
    public static bool CopyMode(string from, string to)
    {
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(to, File.GetUnixFileMode(from));
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Only its owner may enter or list the spare (0700); false when that cannot be set.</summary>
    public static bool Close(string spare)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            File.SetUnixFileMode(spare, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }



    /// <summary>
    /// Renames the spare of <paramref name="name"/> (if any) to <paramref name="staging"/>, opens it as the current
    /// site (its permission bits) and lists it. Null when there is none, it is not a site this tool made (no marker
    /// file: then it is not touched at all), another build claimed it first, it cannot be opened, or it holds a
    /// symbolic link (a build never writes through a link): then <paramref name="staging"/>, if renamed, is left for
    /// the caller to remove.
    /// </summary>
    public static SpareTree? Claim(string parent, string name, string staging)
    {
        var spare = PathOf(parent, name);
        var info = new DirectoryInfo(spare);
        if (!info.Exists || info.LinkTarget is not null || !OutputFolder.HasMarker(spare))
        {
            return null;
        }

        try
        {
            Directory.Move(spare, staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (!CopyMode(Path.Combine(parent, name), staging))
        {
            return null;
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var linked = false;
        var entries = new FileSystemEnumerable<(string Path, bool Folder, bool Link)>(staging,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        try
        {
            foreach (var (path, folder, link) in entries)
            {
                linked |= link;
                var relative = Path.GetRelativePath(staging, path).Replace(Path.DirectorySeparatorChar, '/');
                (folder && !link ? folders : files).Add(relative);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            linked = true;
        }

        return linked ? null : new SpareTree(files, folders);
    }
}
