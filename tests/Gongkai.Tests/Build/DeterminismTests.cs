using Gongkai.Build;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Build;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var temp = Directory.CreateTempSubdirectory("gongkai-det-").FullName;
        try
        {
            var a = BuildPipeline.Run(new BuildOptions(Repo.Root, Path.Combine(temp, "a")));
            var b = BuildPipeline.Run(new BuildOptions(Repo.Root, Path.Combine(temp, "b")));
            Assert.Equal(0, a.ExitCode);
            Assert.Equal(a.FilesWritten, b.FilesWritten);
            var fingerprint = SiteCopy.Fingerprint(Path.Combine(temp, "a"));
            Assert.True(fingerprint.Split('\n').Length > 100);
            Assert.Equal(fingerprint, SiteCopy.Fingerprint(Path.Combine(temp, "b")));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public void A_build_changes_no_source_file()
    {
        using var site = new SiteCopy();
        var before = SiteCopy.Fingerprint(Path.Combine(site.Root, "content")) + SiteCopy.Fingerprint(Path.Combine(site.Root, "templates"));
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        Assert.Equal(before, SiteCopy.Fingerprint(Path.Combine(site.Root, "content")) + SiteCopy.Fingerprint(Path.Combine(site.Root, "templates")));
    }
}
