namespace Gongkai.Tests.Fidelity;

/// <summary>A throw-away copy of site.yml and content/ in a temp folder, for mutation tests.</summary>
internal sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        Root = Directory.CreateTempSubdirectory("gongkai-fidelity-").FullName;
        File.Copy(RepoRoot.Combine("site.yml"), System.IO.Path.Combine(Root, "site.yml"));
        foreach (var file in Directory.GetFiles(RepoRoot.Combine("content"), "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Root, System.IO.Path.GetRelativePath(RepoRoot.Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
