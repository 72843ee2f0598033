using System.Diagnostics;
using Gongkai.Load;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Load;

/// <summary>
/// Issue 9, class 8: links and special files wherever the tool reads. Each case edits a throw-away copy of the real
/// site after a good build, then builds again through the real command line: the build must refuse with GK1017 at
/// the linked path, finish promptly, print no byte of the linked file, and leave sources and the previous site as
/// they were.
/// </summary>
public sealed class HostileFilesTests
{
    private const string Year = "content/units/changji-hitech-zone/2025";

    /// <summary>A line of /etc/passwd that appears in no content: if it is printed, the file was read.</summary>
    private const string PasswdMarker = "root:x:0:0:";

    public static TheoryData<string, string> Cases => new()
    {
        { "a table file linked to /etc/passwd", $"{Year}/tables/three-public.yml" },
        { "a dangling link as a table file", $"{Year}/tables/three-public.yml" },
        { "a unit folder linked to a copy outside the repository", "content/units/urumqi-sti-info-center" },
        { "a year folder linked to a copy outside the repository", "content/units/urumqi-sti-info-center/2026" },
        { "the tables folder linked elsewhere", $"{Year}/tables" },
        { "content/ itself linked to a copy outside the repository", "content" },
        { "unit.yml linked to /dev/zero", "content/units/changji-hitech-zone/unit.yml" },
        { "explanations.md as a FIFO", $"{Year}/explanations.md" },
        { "explanations.md linked to /etc/passwd", $"{Year}/explanations.md" },
        { "site.yml linked to /etc/passwd", "site.yml" },
        { "the site glossary linked to /etc/passwd", "content/glossary.yml" },
        { "a file in templates/assets linked to /etc/passwd", "templates/assets/passwd.txt" },
        { "a folder in templates/assets linked to /etc", "templates/assets/etc" },
        { "templates/home.hbs linked to /etc/passwd", "templates/home.hbs" },
        { "a partial linked to /etc/passwd", "templates/partials/unit-list.hbs" },
        { "a FIFO in templates/assets", "templates/assets/pipe.css" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_link_or_special_file_is_refused_with_GK1017_and_nothing_is_read_or_changed(string name, string path)
    {
        using var site = new SiteCopy();
        using var outside = new SiteCopy(); // a folder outside the copy, to link to
        var good = await CliRun.Start(TimeSpan.FromSeconds(120), "build", "--root", site.Root);
        Assert.Equal(0, good.Exit);
        Plant(site, outside, name, path);
        var before = SiteCopy.Fingerprint(site.Root); // sources and the previous site under _site/

        var build = await CliRun.Start(TimeSpan.FromSeconds(120), "build", "--root", site.Root);
        var check = await CliRun.Start(TimeSpan.FromSeconds(120), "check", "--root", site.Root);

        Assert.Equal(1, build.Exit);
        Assert.Equal(1, check.Exit);
        Assert.True(build.Reports($"{path}:1:1: error", "GK1017"), build.All);
        Assert.True(check.Reports($"{path}:1:1: error", "GK1017"), check.All);
        Assert.DoesNotContain(PasswdMarker, build.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", build.All, StringComparison.Ordinal); // no stack trace
        Assert.Equal(before, SiteCopy.Fingerprint(site.Root));
    }

    [Fact]
    public async Task A_missing_explanations_file_is_an_error_not_an_empty_page()
    {
        using var site = new SiteCopy();
        File.Delete(site.Path($"{Year}/explanations.md"));

        var check = await CliRun.Start(TimeSpan.FromSeconds(120), "check", "--root", site.Root);

        Assert.Equal(1, check.Exit);
        Assert.True(check.Reports($"{Year}:1:1: error", "GK1014"), check.All);
    }

    [Fact]
    public async Task An_empty_explanations_file_is_an_error()
    {
        using var site = new SiteCopy();
        site.Write($"{Year}/explanations.md", "\n  \n");

        var check = await CliRun.Start(TimeSpan.FromSeconds(120), "check", "--root", site.Root);

        Assert.Equal(1, check.Exit);
        Assert.True(check.Reports($"{Year}/explanations.md:1:1: error", "GK1003"), check.All);
    }

    [Fact]
    public void Probe_tells_files_folders_links_and_fifos_apart_without_following_links()
    {
        var dir = Directory.CreateTempSubdirectory("gongkai-probe-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "file"), "x");
            File.CreateSymbolicLink(Path.Combine(dir, "link"), "/etc/passwd");
            File.CreateSymbolicLink(Path.Combine(dir, "dangling"), "/nonexistent/gongkai");
            Directory.CreateSymbolicLink(Path.Combine(dir, "dirlink"), "/etc");
            MakeFifo(Path.Combine(dir, "fifo"));

            Assert.Equal(EntryKind.File, RepoFiles.Probe(Path.Combine(dir, "file")));
            Assert.Equal(EntryKind.Directory, RepoFiles.Probe(dir));
            Assert.Equal(EntryKind.Symlink, RepoFiles.Probe(Path.Combine(dir, "link")));
            Assert.Equal(EntryKind.Symlink, RepoFiles.Probe(Path.Combine(dir, "dangling")));
            Assert.Equal(EntryKind.Symlink, RepoFiles.Probe(Path.Combine(dir, "dirlink")));
            Assert.Equal(EntryKind.Special, RepoFiles.Probe(Path.Combine(dir, "fifo")));
            Assert.Equal(EntryKind.Special, RepoFiles.Probe("/dev/zero"));
            Assert.Equal(EntryKind.Missing, RepoFiles.Probe(Path.Combine(dir, "absent")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Plant(SiteCopy site, SiteCopy outside, string name, string path)
    {
        var full = site.Path(path);
        var target = name switch
        {
            _ when name.Contains("/etc/passwd", StringComparison.Ordinal) => "/etc/passwd",
            _ when name.Contains("/dev/zero", StringComparison.Ordinal) => "/dev/zero",
            _ when name.Contains("dangling", StringComparison.Ordinal) => "/nonexistent/gongkai-target.yml",
            _ when name.Contains("to /etc", StringComparison.Ordinal) => "/etc",
            _ => outside.Path(path),
        };
        if (File.Exists(full))
        {
            File.Delete(full);
        }
        else if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }

        if (name.Contains("FIFO", StringComparison.Ordinal))
        {
            MakeFifo(full);
        }
        else if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(full, target);
        }
        else
        {
            File.CreateSymbolicLink(full, target);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
