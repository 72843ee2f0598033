using Gongkai.Build;
using Gongkai.Index;

namespace Gongkai.Tests.Index;

/// <summary>The real content built once into a temp folder, with a searcher over its index (shared by the index tests).</summary>
public sealed class IndexedSite : IDisposable
{
    public IndexedSite()
    {
        Output = Directory.CreateTempSubdirectory("gongkai-index-").FullName;
        Site = Path.Combine(Output, "_site");
        Result = BuildPipeline.Run(new BuildOptions(RepoRoot, Site));
        if (Result.ExitCode != 0)
        {
            throw new InvalidOperationException("the real content does not build");
        }
    }

    public static string RepoRoot { get; } = FindRoot();

    public string Output { get; }

    public string Site { get; }

    public BuildResult Result { get; }

    public string IndexDir => Path.Combine(Site, "search-index");

    internal IndexSearcher Searcher() => IndexSearcher.ForDirectory(IndexDir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Build.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Build.sln not found above the test binaries");
    }
}
