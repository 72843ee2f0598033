using System.Text.RegularExpressions;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cli;

/// <summary>
/// The maintainer's path end to end, as a .NET tool: pack, install into a tool path from a local folder feed, init an
/// empty folder, add a unit, build. Slow (a pack and an install), so it is one test.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("gongkai-tool-").FullName;

    [Fact]
    public async Task The_packed_tool_inits_a_repository_adds_a_unit_and_builds_it()
    {
        var feed = Path.Combine(_scratch, "feed");
        var toolPath = Path.Combine(_scratch, "bin");
        var site = Path.Combine(_scratch, "site");

        // Its own artifacts path: the pack never touches the bin/obj folders the test run itself uses.
        var pack = await ToolProcess.Run(ToolProcess.Dotnet, Repo.Root, null,
            "pack", Repo.Path("src", "Gongkai.Cli", "Gongkai.Cli.csproj"), "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(_scratch, "artifacts"));
        Assert.True(pack.Exit == 0, pack.All);
        var package = Assert.Single(Directory.GetFiles(feed, "Gongkai.*.nupkg"));
        var version = Regex.Match(Path.GetFileName(package), @"^Gongkai\.(.+)\.nupkg$").Groups[1].Value;

        // Only the folder feed, and a package cache of its own: a cached Gongkai of the same version from an
        // earlier run must not be installed instead of this one.
        var config = Path.Combine(_scratch, "nuget.config");
        File.WriteAllText(config, $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>\n");
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_scratch, "packages") };
        var install = await ToolProcess.Run(ToolProcess.Dotnet, _scratch, isolated,
            "tool", "install", "Gongkai", "--tool-path", toolPath, "--configfile", config, "--version", version);
        Assert.True(install.Exit == 0, install.All);
        var gongkai = Path.Combine(toolPath, "gongkai");

        var reported = await ToolProcess.Run(gongkai, _scratch, null, "--version");
        Assert.Equal(0, reported.Exit);
        Assert.StartsWith(version, reported.Stdout.Trim(), StringComparison.Ordinal);

        var init = await ToolProcess.Run(gongkai, _scratch, null, "init", site, "--region", "demo", "--region-name", "示例地区");
        Assert.True(init.Exit == 0, init.All);
        Assert.False(Directory.Exists(Path.Combine(site, "templates")), "init must not copy the templates: the tool's defaults render");
        foreach (var file in new[] { "site.yml", "content/table-kinds.yml", "content/glossary.yml", "content/classification/functional.yml", ".vscode/settings.json", ".github/workflows/gongkai.yml", ".gitlab-ci.yml", "schemas/unit.schema.json" })
        {
            Assert.True(File.Exists(Path.Combine(site, file)), $"init did not write {file}");
        }

        var unit = await ToolProcess.Run(gongkai, site, null, "new", "unit", "demo-office", "--name", "示例办公室", "--region", "demo", "--year", "2027");
        Assert.True(unit.Exit == 0, unit.All);

        var build = await ToolProcess.Run(gongkai, site, null, "build");
        Assert.True(build.Exit == 0, build.All);
        var home = File.ReadAllText(Path.Combine(site, "_site", "index.html"));
        Assert.Contains("示例办公室", File.ReadAllText(Path.Combine(site, "_site", "units", "demo-office", "2027", "index.html")), StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"generator\" content=\"Gongkai {reported.Stdout.Trim()}\">", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "_site", "assets", "site.css")), "the embedded stylesheet was not written");

        // A second init into the same folder clashes and writes nothing.
        var before = SiteCopy.Fingerprint(site);
        var again = await ToolProcess.Run(gongkai, site, null, "init");
        Assert.Equal(1, again.Exit);
        Assert.Contains("GK0003", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, SiteCopy.Fingerprint(site));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
