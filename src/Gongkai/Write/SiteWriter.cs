namespace Gongkai.Write;

/// <summary>
/// The Write stage for a list of files already in memory (tests, benchmarks): see <see cref="StagedSite"/>, which
/// the build uses to stream pages into the staging folder as they are rendered. The site root gets the marker file
/// that lets the next build replace it; a folder without it is never replaced (see <see cref="OutputFolder"/>).
/// </summary>
public static class SiteWriter
{
    public static void Write(string output, IReadOnlyList<OutputFile> files)
    {
        // Defence in depth: the pipeline reports this as a diagnostic before it gets here.
        if (OutputFolder.CheckReplaceable(output, files) is { } refusal)
        {
            throw new InvalidOperationException(refusal.Message);
        }

        using var site = StagedSite.Begin(output, new Dictionary<string, Cache.FileState>());
        foreach (var file in files.Where(f => f.Path != OutputFolder.MarkerName))
        {
            site.Writer.Add(file);
        }

        if (site.Commit() is { } late)
        {
            throw new InvalidOperationException(late.Message);
        }
    }
}
