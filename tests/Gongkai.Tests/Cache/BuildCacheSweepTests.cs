using Gongkai.Build;
using Gongkai.Cache;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cache;

/// <summary>Issue 14: the build cache keeps what a build can use again, not a list for every --out ever built.</summary>
public sealed class BuildCacheSweepTests
{
    /// <summary>A process id no process has (above Linux's largest pid_max, 2^22).</summary>
    private const string GonePid = "2147483646";

    private static string[] Lists(SiteCopy site) =>
        [.. Directory.GetFiles(site.Path(BuildCache.FolderName), "site-*").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void The_list_of_an_output_folder_that_was_removed_goes_at_the_next_build_and_one_still_there_stays()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root, Output: "one")).ExitCode);
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root, Output: "two")).ExitCode);
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root, Output: "three")).ExitCode);
        var three = Lists(site);
        Assert.Equal(3, three.Length);

        Directory.Delete(site.Path("one"), recursive: true);
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root, Output: "two")).ExitCode);
        var left = Lists(site);
        Assert.Equal(2, left.Length);
        Assert.Subset(three.ToHashSet(), left.ToHashSet());

        // The lists left are still used: a build into "three" replays its pages.
        var again = BuildPipeline.Run(new BuildOptions(site.Root, Output: "three"));
        Assert.True(again.Stages!.Reused > 0, "the list of an output that still exists was removed");
    }

    [Fact]
    public void A_list_of_another_format_and_temporary_files_of_a_killed_build_go_and_a_running_builds_stay()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        var folder = site.Path(BuildCache.FolderName);
        File.WriteAllText(Path.Combine(folder, "site-0000000000000000.tsv"), "gongkai-cache 2\nF\tx\t1\t1\ta.html\n");
        File.WriteAllText(Path.Combine(folder, $"site-1111111111111111.tsv.tmp-{GonePid}"), "half");
        File.WriteAllText(Path.Combine(folder, $"site-2222222222222222.tsv.tmp-{Environment.ProcessId}"), "another build's, still saving");
        File.WriteAllText(Path.Combine(folder, "units", $"x.bin.tmp-{GonePid}-7"), "half");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not ours to remove");

        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);

        Assert.False(File.Exists(Path.Combine(folder, "site-0000000000000000.tsv")));
        Assert.False(File.Exists(Path.Combine(folder, $"site-1111111111111111.tsv.tmp-{GonePid}")));
        Assert.False(File.Exists(Path.Combine(folder, "units", $"x.bin.tmp-{GonePid}-7")));
        Assert.True(File.Exists(Path.Combine(folder, $"site-2222222222222222.tsv.tmp-{Environment.ProcessId}")));
        Assert.True(File.Exists(Path.Combine(folder, "notes.txt")));
        Assert.Single(Lists(site), n => n.EndsWith(".tsv", StringComparison.Ordinal));
    }
}
