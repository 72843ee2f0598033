using Gongkai.Build;
using Gongkai.Cache;
using Gongkai.Tests.Support;
using Gongkai.Write;

namespace Gongkai.Tests.Write;

/// <summary>Issue 14: the site-wide downloads are written to disk as they are made, not held, and are the same bytes.</summary>
public sealed class SpoolTests
{
    [Fact]
    public void A_spooled_file_that_seeks_back_while_written_is_hashed_as_written_and_moved_into_the_site()
    {
        var parent = Directory.CreateTempSubdirectory("gongkai-spool-").FullName;
        try
        {
            var output = Path.Combine(parent, "_site");
            byte[] expected = [.. Enumerable.Range(0, 200_000).Select(i => (byte)(i % 251))];
            expected[0] = 42;
            using (var site = StagedSite.Begin(output, new Dictionary<string, FileState>()))
            {
                // Like a zip writer: the first byte is filled in last.
                var file = site.Spool.Write("data/big.bin", s =>
                {
                    s.WriteByte(0);
                    s.Write(expected.AsSpan(1));
                    s.Position = 0;
                    s.WriteByte(42);
                });
                Assert.Equal(FileState.HashOf(expected), file.KnownHash);
                Assert.Equal(expected.Length, file.Length);
                site.Writer.Add(file);
                Assert.Null(site.Commit());
                Assert.Equal(FileState.HashOf(expected), site.Writer.Written["data/big.bin"].Hash);
            }

            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(output, "data", "big.bin")));
            // Nothing but the site is left beside it: the spool folder went with the build.
            Assert.Equal([output], Directory.GetFileSystemEntries(parent));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_spool_in_memory_holds_the_same_bytes_and_reads_nothing_back()
    {
        var file = Spool.Memory.Write("data/x.bin", s => s.Write([1, 2, 3]));
        Assert.Equal([1, 2, 3], file.Content);
        Assert.Null(file.SpoolPath);
        Assert.Null(Spool.Memory.Staged("data/x.bin"));
        Assert.False(Spool.Memory.OnDisk);
    }

    [Theory]
    [InlineData("data/budget-lines.csv")]
    [InlineData("data/gongkai-data.zip")]
    [InlineData("data/index.html")]
    public void A_site_wide_download_built_through_the_spool_is_the_file_a_render_in_memory_makes(string path)
    {
        using var site = new SiteCopy();
        var (_, _, files) = BuildPipeline.Render(site.Root, strict: false, cache: null);
        var held = Assert.Single(files!, f => f.Path == path).Content;

        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root) { NoCache = true }).ExitCode);
        Assert.Equal(held, File.ReadAllBytes(site.Path("_site/" + path)));
        // And again with the build cache, which stages the disclosures' files as links of the previous site's.
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        Assert.Equal(held, File.ReadAllBytes(site.Path("_site/" + path)));
    }

    [Fact]
    public void The_site_lines_file_has_the_header_once_and_every_disclosures_lines_after_it()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root) { NoCache = true }).ExitCode);
        var perDisclosure = Directory.GetFiles(site.Path("_site"), "budget-lines.csv", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("/data/budget-lines.csv", StringComparison.Ordinal))
            .Select(File.ReadAllLines).ToList();
        Assert.NotEmpty(perDisclosure);
        var whole = File.ReadAllLines(site.Path("_site/data/budget-lines.csv"));
        Assert.Equal(perDisclosure[0][0], whole[0]);
        Assert.Equal(perDisclosure.Sum(lines => lines.Length - 1), whole.Length - 1);
        Assert.Equal(perDisclosure.SelectMany(lines => lines.Skip(1)).Order(StringComparer.Ordinal), whole.Skip(1).Order(StringComparer.Ordinal));
    }
}
