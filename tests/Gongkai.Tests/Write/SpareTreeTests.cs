using Gongkai.Build;
using Gongkai.Load;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Write;

/// <summary>
/// The tree a build swaps out is kept beside the output as <c>._site.spare</c> and updated in place by the next build:
/// its unchanged files stay hard links of the site's, what differs is replaced by name (never written into), what is
/// no longer produced goes, and a spare that holds a link is not used at all.
/// </summary>
public sealed class SpareTreeTests
{
    private const string Staffing = "content/units/changji-science-bureau/2025/disclosure.yml";

    [Fact]
    public void TheThirdBuildUpdatesTheSpareInPlaceAndEqualsACleanBuild()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        Assert.False(Directory.Exists(site.Path("._site.spare")), "a first build has no tree to keep");

        site.Replace(Staffing, "\npublisher: ", "\npublisher: （一）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        Assert.True(Directory.Exists(site.Path("._site.spare")), "the swapped-out tree was not kept");

        // A file the spare has and this build no longer produces, and one in a folder it no longer has.
        File.WriteAllText(site.Path("._site.spare/units/changji-science-bureau/gone.html"), "x");
        Directory.CreateDirectory(site.Path("._site.spare/gone-folder/deeper"));
        File.WriteAllText(site.Path("._site.spare/gone-folder/deeper/a.html"), "x");
        site.Replace(Staffing, "\npublisher: （一）", "\npublisher: （二）");
        var third = BuildPipeline.Run(new BuildOptions(site.Root));
        Assert.Equal(0, third.ExitCode);

        var clean = site.Path("clean");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root, clean, NoCache: true)).ExitCode);
        Assert.True(SiteCopy.Fingerprint(clean) == SiteCopy.Fingerprint(site.Path("_site")), "the build on the spare differs from a clean build");
        Assert.False(File.Exists(site.Path("_site/units/changji-science-bureau/gone.html")));
        Assert.False(Directory.Exists(site.Path("_site/gone-folder")));

        // An unchanged file is one inode in the site and in its spare; the edited page is not.
        var unchanged = "units/urumqi-tech-transfer-center/2024/index.html";
        Assert.True(Status($"_site/{unchanged}").IsSameFile(Status($"._site.spare/{unchanged}")), "an unchanged file was copied, not kept");
        var edited = "units/changji-science-bureau/2025/tables/three-public/index.html";
        Assert.False(Status($"_site/{edited}").IsSameFile(Status($"._site.spare/{edited}")));
        Assert.Contains("（二）", File.ReadAllText(site.Path($"_site/{edited}")), StringComparison.Ordinal);
        Assert.Contains("（一）", File.ReadAllText(site.Path($"._site.spare/{edited}")), StringComparison.Ordinal);

        FileStatus Status(string relative) => NativeStat.Status(site.Path(relative)) ?? throw new PlatformNotSupportedException();
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void TheSpareIsClosedToOtherUsersAndTheSiteMadeFromItKeepsTheSitesPermissions()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        var open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(site.Path("_site"), open);
        site.Replace(Staffing, "\npublisher: ", "\npublisher: （一）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        // A web server whose root holds the output must not serve the dropped pages a spare still has.
        var closed = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Assert.Equal(closed, File.GetUnixFileMode(site.Path("._site.spare")));

        site.Replace(Staffing, "\npublisher: （一）", "\npublisher: （二）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        Assert.Equal(open, File.GetUnixFileMode(site.Path("_site")));
        Assert.Equal(closed, File.GetUnixFileMode(site.Path("._site.spare")));

        // A failed build that claimed the spare closes it again when it puts it back.
        File.AppendAllText(site.Path("templates/table.hbs"), "{{#each}}");
        Assert.NotEqual(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        Assert.Equal(closed, File.GetUnixFileMode(site.Path("._site.spare")));
        Assert.Equal(open, File.GetUnixFileMode(site.Path("_site")));
    }

    [Fact]
    public void AFolderWithTheSparesNameThatNoBuildMadeIsNeverTouched()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        // Someone's own folder that happens to bear the name, with a file a build also produces.
        var foreign = site.Path("._site.spare");
        Directory.CreateDirectory(Path.Combine(foreign, "glossary"));
        File.WriteAllText(Path.Combine(foreign, "glossary", "index.html"), "mine");
        File.WriteAllText(Path.Combine(foreign, "notes.txt"), "mine too");
        var before = SiteCopy.Fingerprint(foreign);
        site.Replace(Staffing, "\npublisher: ", "\npublisher: （一）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        site.Replace(Staffing, "\npublisher: （一）", "\npublisher: （二）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        Assert.Equal(before, SiteCopy.Fingerprint(foreign));
        Assert.Contains("（二）", File.ReadAllText(site.Path("_site/units/changji-science-bureau/2025/tables/three-public/index.html")), StringComparison.Ordinal);
        Assert.Equal([foreign], Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void ASpareThatHoldsALinkIsNotUsedAndWhatTheLinkNamesIsUntouched()
    {
        using var site = new SiteCopy();
        var outside = Directory.CreateDirectory(site.Path("elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outside, "index.html"), "victim");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        site.Replace(Staffing, "\npublisher: ", "\npublisher: （一）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        // units/ of the spare replaced by a link to a folder outside: writing through it would write there.
        Directory.Delete(site.Path("._site.spare/units"), recursive: true);
        Directory.CreateSymbolicLink(site.Path("._site.spare/units"), outside);
        site.Replace(Staffing, "\npublisher: （一）", "\npublisher: （二）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(outside).Select(Path.GetFileName));
        Assert.Equal("victim", File.ReadAllText(Path.Combine(outside, "index.html")));
        Assert.Contains("（二）", File.ReadAllText(site.Path("_site/units/changji-science-bureau/2025/tables/three-public/index.html")), StringComparison.Ordinal);
        Assert.Null(new DirectoryInfo(site.Path("._site.spare/units")).LinkTarget);
    }

    [Fact]
    public void AFileOfTheSpareHardLinkedElsewhereIsReplacedNotWrittenInto()
    {
        using var site = new SiteCopy();
        var outside = Directory.CreateDirectory(site.Path("elsewhere")).FullName;
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        site.Replace(Staffing, "\npublisher: ", "\npublisher: （一）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        // The spare's copy of the page the next build changes is made a second name of a file outside.
        var precious = Path.Combine(outside, "precious.txt");
        File.WriteAllText(precious, "precious");
        var page = site.Path("._site.spare/units/changji-science-bureau/2025/tables/three-public/index.html");
        File.Delete(page);
        Assert.True(Gongkai.Write.HardLink.TryCreate(precious, page));
        site.Replace(Staffing, "\npublisher: （一）", "\npublisher: （二）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        Assert.Equal("precious", File.ReadAllText(precious));
        Assert.Contains("（二）", File.ReadAllText(site.Path("_site/units/changji-science-bureau/2025/tables/three-public/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedWriteOnTheSparePutsItBackAndLeavesTheSiteAsItWas()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        site.Replace(Staffing, "\npublisher: ", "\npublisher: （一）");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        var before = SiteCopy.Fingerprint(site.Path("_site"));

        // A template error is found while rendering, after the spare was claimed as the staging folder.
        File.AppendAllText(site.Path("templates/table.hbs"), "{{#each}}");
        site.Replace(Staffing, "\npublisher: （一）", "\npublisher: （二）");
        Assert.Equal(1, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        Assert.Equal(before, SiteCopy.Fingerprint(site.Path("_site")));
        Assert.Equal(["._site.spare", "_site"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName)
            .Where(n => n!.Contains("_site", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
