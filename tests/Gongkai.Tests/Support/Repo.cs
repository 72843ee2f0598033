namespace Gongkai.Tests.Support;

/// <summary>Locates the repository (the folder holding Build.sln) from the test binaries.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Build.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Build.sln not found above the test binaries");
    }
}
