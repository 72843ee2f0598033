using Gongkai.Build;
using Gongkai.Tests.Support;
using Gongkai.Write;

namespace Gongkai.Tests.Write;

public sealed class AtomicSwapTests
{
    [Fact]
    public void A_failing_build_leaves_the_previous_site_untouched()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        var before = SiteCopy.Fingerprint(site.Path("_site"));

        site.Replace("content/units/urumqi-sti-info-center/2026/tables/expenditure-summary.yml", "total: 364.68, basic: 364.68 }", "total: 364.60, basic: 364.68 }");
        var failed = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(before, SiteCopy.Fingerprint(site.Path("_site")));
        Assert.Single(Directory.GetFileSystemEntries(site.Root), e => Path.GetFileName(e).Contains("_site", StringComparison.Ordinal));
    }

    [Fact]
    public void A_write_that_fails_halfway_keeps_the_old_output_and_leaves_no_temporary_folder()
    {
        var parent = Directory.CreateTempSubdirectory("gongkai-swap-").FullName;
        try
        {
            var output = Path.Combine(parent, "_site");
            SiteWriter.Write(output, [OutputFile.Text("index.html", "old")]);
            var before = SiteCopy.Fingerprint(output);

            var bad = new List<OutputFile> { OutputFile.Text("a.html", "new"), OutputFile.Text("../escape.html", "x") };
            Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(output, bad));

            Assert.Equal(before, SiteCopy.Fingerprint(output));
            Assert.Equal([output], Directory.GetFileSystemEntries(parent));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_successful_write_replaces_the_whole_output()
    {
        var parent = Directory.CreateTempSubdirectory("gongkai-swap-").FullName;
        try
        {
            var output = Path.Combine(parent, "_site");
            SiteWriter.Write(output, [OutputFile.Text("stale.html", "old")]);
            SiteWriter.Write(output, [OutputFile.Text("index.html", "new")]);
            Assert.False(File.Exists(Path.Combine(output, "stale.html")));
            Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
