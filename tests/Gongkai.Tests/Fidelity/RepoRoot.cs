namespace Gongkai.Tests.Fidelity;

/// <summary>The repository root (the folder holding Build.sln), found by walking up from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Build.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Build.sln not found above " + AppContext.BaseDirectory);
    }
}
