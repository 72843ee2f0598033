namespace Gongkai.Write;

/// <summary>
/// A path with every symbolic link along it resolved (like realpath(3), but also for paths that do not exist
/// yet), so that <c>out -> content</c> or <c>link/sub</c> is judged by where it really points.
/// </summary>
internal static class RealPath
{
    /// <summary>Links followed before giving up (as the kernel's ELOOP limit): a loop is then judged as it stands.</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies below it (both real paths).</summary>
    public static bool IsSameOrUnder(string inner, string outer)
    {
        outer = Path.TrimEndingDirectorySeparator(outer);
        inner = Path.TrimEndingDirectorySeparator(inner);
        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner == outer || inner.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string Resolve(string full, ref int links)
    {
        var rootPart = Path.GetPathRoot(full) ?? "/";
        var current = rootPart;
        var rest = full[rootPart.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < rest.Length; i++)
        {
            var next = Path.Combine(current, rest[i]);
            var target = new FileInfo(next).LinkTarget;
            if (target is null || links >= MaxLinks)
            {
                current = next;
                continue;
            }

            links++;
            var resolved = Path.GetFullPath(target, current);
            current = Resolve(resolved, ref links);
        }

        return Path.TrimEndingDirectorySeparator(current) is { Length: > 0 } trimmed ? trimmed : rootPart;
    }
}
