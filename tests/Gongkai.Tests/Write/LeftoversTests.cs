using System.Diagnostics;
using Gongkai.Tests.Support;
using Gongkai.Write;

namespace Gongkai.Tests.Write;

/// <summary>What a build killed with kill -9 leaves beside the output, and what the next build removes.</summary>
public sealed class LeftoversTests
{
    private const string Guid32 = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_later_write_removes_stale_folders_of_dead_processes_and_keeps_everything_else()
    {
        var parent = Directory.CreateTempSubdirectory("gongkai-left-").FullName;
        try
        {
            var dead = DeadPid();
            string[] stale = [$"._site.tmp-{dead}-{Guid32}", $"._site.old-{dead}-{Guid32}"];
            string[] kept =
            [
                $"._site.tmp-{Environment.ProcessId}-{Guid32}", // a build still running (this process)
                $"._site.tmp-1-{Guid32}",                       // pid 1 is always alive
                $"._other.tmp-{dead}-{Guid32}",                 // another output's folder
                $"._site.tmp-{dead}-not-a-guid",                // not the tool's naming pattern
                $"._site.bak-{dead}-{Guid32}",
                "_site.tmp-keep",
            ];
            foreach (var name in stale.Concat(kept))
            {
                Directory.CreateDirectory(Path.Combine(parent, name, "assets"));
                File.WriteAllText(Path.Combine(parent, name, "assets", "site.css"), "x");
            }

            var outside = Directory.CreateTempSubdirectory("gongkai-left-target-").FullName;
            File.WriteAllText(Path.Combine(outside, "keep.txt"), "keep");
            var linked = $"._site.tmp-{dead}-{Guid32.Replace('0', 'f')}";
            Directory.CreateSymbolicLink(Path.Combine(parent, linked), outside);

            SiteWriter.Write(Path.Combine(parent, "_site"), [OutputFile.Text("index.html", "new")]);

            var left = Directory.GetFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal([.. kept.Append("_site").Append(linked).Order(StringComparer.Ordinal)], left);
            Assert.Equal("keep", File.ReadAllText(Path.Combine(outside, "keep.txt")));
            Directory.Delete(outside, recursive: true);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_build_killed_with_sigkill_leaves_a_folder_that_the_next_build_removes()
    {
        using var site = new SiteCopy();
        var dll = typeof(Gongkai.Cli.GongkaiCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, "build", "--root", site.Root]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var staging = "";
        var deadline = Stopwatch.StartNew();
        using (var process = Process.Start(start)!)
        {
            // Kill it while it writes: as soon as its staging folder appears.
            while (deadline.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
            {
                staging = Directory.GetDirectories(site.Root, "._site.tmp-*").FirstOrDefault() ?? "";
                if (staging.Length > 0)
                {
                    process.Kill();
                    break;
                }

                Thread.Sleep(5);
            }

            process.WaitForExit();
        }

        Assert.True(staging.Length > 0, "the build finished before its staging folder was seen");
        Assert.True(Directory.Exists(staging));

        Assert.Equal(0, Gongkai.Build.BuildPipeline.Run(new Gongkai.Build.BuildOptions(site.Root)).ExitCode);

        Assert.False(Directory.Exists(staging));
        Assert.Equal(["_site"], Directory.GetDirectories(site.Root, "*_site*").Select(Path.GetFileName));
    }

    /// <summary>The pid of a process that has exited (pids are reused only after wrapping around).</summary>
    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
