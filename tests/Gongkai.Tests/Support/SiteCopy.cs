namespace Gongkai.Tests.Support;

/// <summary>A throw-away copy of the real site (site.yml, content/, templates/) in a temp folder, for mutation.</summary>
internal sealed class SiteCopy : IDisposable
{
    public SiteCopy()
    {
        Root = Directory.CreateTempSubdirectory("gongkai-test-").FullName;
        File.Copy(Repo.Path("site.yml"), System.IO.Path.Combine(Root, "site.yml"));
        CopyDir(Repo.Path("content"), System.IO.Path.Combine(Root, "content"));
        CopyDir(Repo.Path("templates"), System.IO.Path.Combine(Root, "templates"));
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(Path(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(relative))!);
        File.WriteAllText(Path(relative), text);
    }

    /// <summary>Replaces the first occurrence of <paramref name="find"/>; returns the 1-based line it was on.</summary>
    public int Replace(string relative, string find, string replace)
    {
        var text = Read(relative);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{find}” not found in {relative}");
        Write(relative, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
        return 1 + text.AsSpan(0, at).Count('\n');
    }

    /// <summary>
    /// A fingerprint of every entry under a folder (path and bytes; a link by its target, a FIFO or device by its
    /// kind), to prove nothing changed. Links are never followed and special files never opened.
    /// </summary>
    public static string Fingerprint(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return "";
        }

        var parts = new List<string>();
        Walk(dir, dir, parts);
        parts.Sort(StringComparer.Ordinal);
        return string.Join("\n", parts);
    }

    private static void Walk(string root, string dir, List<string> parts)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(dir))
        {
            var relative = System.IO.Path.GetRelativePath(root, entry);
            switch (Gongkai.Load.RepoFiles.Probe(entry))
            {
                case Gongkai.Load.EntryKind.Directory:
                    parts.Add(relative + "/");
                    Walk(root, entry, parts);
                    break;
                case Gongkai.Load.EntryKind.File:
                    parts.Add(relative + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry))));
                    break;
                case Gongkai.Load.EntryKind.Symlink:
                    parts.Add(relative + " -> " + new FileInfo(entry).LinkTarget);
                    break;
                default:
                    parts.Add(relative + " (special)");
                    break;
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans temp folders.
        }
    }

    private static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
