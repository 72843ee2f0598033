using Gongkai.Build;
using Gongkai.Index;

namespace Gongkai.Tests.Support;

/// <summary>The real content built once into a temp folder, shared by the rendering tests.</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite()
    {
        Output = Directory.CreateTempSubdirectory("gongkai-site-").FullName;
        Result = BuildPipeline.Run(new BuildOptions(Repo.Root, System.IO.Path.Combine(Output, "_site")));
        Site = System.IO.Path.Combine(Output, "_site");
    }

    public string Output { get; }

    public string Site { get; }

    public BuildResult Result { get; }

    public string IndexDir => System.IO.Path.Combine(Site, "search-index");

    internal IndexSearcher Searcher() => IndexSearcher.ForDirectory(IndexDir);

    public string Html(string relative) => File.ReadAllText(System.IO.Path.Combine(Site, relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
