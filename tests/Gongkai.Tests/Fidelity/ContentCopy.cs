using Gongkai.Tests.Support;
namespace Gongkai.Tests.Fidelity;

/// <summary>
/// A throw-away copy of site.yml and content/ in a temp folder, for mutation tests. Only the named unit's folder is copied from
/// content/units (with everything outside content/units), which keeps reloading the copy fast.
/// </summary>
internal sealed class ContentCopy : IDisposable
{
    public ContentCopy(string unit)
    {
        Root = Directory.CreateTempSubdirectory("gongkai-fidelity-").FullName;
        File.Copy(Repo.Path("site.yml"), System.IO.Path.Combine(Root, "site.yml"));
        var units = Repo.Path("content", "units") + System.IO.Path.DirectorySeparatorChar;
        var keep = Repo.Path("content", "units", unit) + System.IO.Path.DirectorySeparatorChar;
        foreach (var file in Directory.GetFiles(Repo.Path("content"), "*", SearchOption.AllDirectories))
        {
            if (file.StartsWith(units, StringComparison.Ordinal) && !file.StartsWith(keep, StringComparison.Ordinal))
            {
                continue;
            }

            var target = System.IO.Path.Combine(Root, System.IO.Path.GetRelativePath(Repo.Root, file));
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
