namespace Gongkai.BrowserTests.Support;

/// <summary>
/// axe-core and vnu-jar, installed from npm into tests/Gongkai.BrowserTests/Audit/node_modules (`npm ci` there; .ci/run does
/// it). Missing tools skip the audits locally and fail them under CI, like a missing Chromium.
/// </summary>
internal static class AuditTools
{
    public static string Folder { get; } = Path.Combine(SiteFixture.RepoRoot, "tests", "Gongkai.BrowserTests", "Audit", "node_modules");

    public static string AxeScript { get; } = Path.Combine(Folder, "axe-core", "axe.min.js");

    public static string VnuJar { get; } = Path.Combine(Folder, "vnu-jar", "build", "dist", "vnu.jar");

    public static string? Java { get; } = FindJava();

    public static bool AxeMissing => !File.Exists(AxeScript);

    public static bool VnuMissing => !File.Exists(VnuJar) || Java is null;

    private static string? FindJava()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "java"))
            .FirstOrDefault(File.Exists);
    }
}
