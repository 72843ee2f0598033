namespace Gongkai.Write;

/// <summary>
/// Removes a whole tree of our own (a swapped-out site, a stale staging folder). Unlinking is bound by file-system
/// latency, not CPU: a 60,000-file site takes about three times as long one file at a time as with its subtrees
/// removed side by side. Links are removed, never followed: the subtrees are found level by level without entering
/// a linked folder (a recursive enumeration may follow a link to a folder), and Directory.Delete does not follow them.
/// </summary>
internal static class TreeRemoval
{
    private const int Depth = 3;

    public static void Remove(string root)
    {
        var level = new List<DirectoryInfo> { new(root) };
        for (var depth = 0; depth < Depth; depth++)
        {
            level = [.. level.SelectMany(d => d.EnumerateDirectories()).Where(d => d.LinkTarget is null)];
        }

        Parallel.ForEach(level, new ParallelOptions { MaxDegreeOfParallelism = 8 }, dir =>
        {
            try
            {
                Directory.Delete(dir.FullName, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the final pass below.
            }
        });
        Directory.Delete(root, recursive: true);
    }
}
