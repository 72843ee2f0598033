using Gongkai.Build;
using Gongkai.Cache;
using Gongkai.Index;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cache;

/// <summary>
/// Issue 14: a build takes the index runs (passages, JSON, terms) of every unchanged disclosure from
/// .gongkai-cache/index/, and its search-index/ is byte for byte the one a build without the cache writes.
/// </summary>
public sealed class IndexRunCacheTests : IDisposable
{
    private const string Explanations = "content/units/changji-science-bureau/2025/explanations.md";
    private const string Folder = BuildCache.FolderName + "/index";

    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>One run per kind of a disclosure's pages for every disclosure of the site.</summary>
    private int Runs => Directory.GetDirectories(_site.Path("content/units")).Sum(u => Directory.GetFiles(u, "disclosure.yml", SearchOption.AllDirectories).Length) * IndexPages.GroupKinds.Count;

    [Fact]
    public void A_second_build_takes_every_disclosures_runs_from_the_cache_and_writes_the_same_index()
    {
        var first = Build();
        var second = Build();

        Assert.Equal(0, first.Stages!.RunsReused);
        Assert.Equal(Runs, second.Stages!.RunsReused);
        Assert.Equal(Runs, Directory.GetFiles(_site.Path(Folder), "*.bin").Length);
        Assert.Equal(CleanIndex(), Index());
    }

    [Fact]
    public void An_edited_unit_has_its_runs_made_again_and_every_other_unit_keeps_its_own()
    {
        Build();
        File.AppendAllText(_site.Path(Explanations), "\n本单位无其他需要说明的事项。\n");

        var result = Build();

        // A unit's pages depend on all its years (the overview links them), so each of its disclosures is made again.
        var years = Directory.GetFiles(_site.Path("content/units/changji-science-bureau"), "disclosure.yml", SearchOption.AllDirectories).Length;
        Assert.Equal(Runs - (years * IndexPages.GroupKinds.Count), result.Stages!.RunsReused);
        Assert.Equal(CleanIndex(), Index());

        // Entries of the runs no longer made are removed: one per run, as before.
        Assert.Equal(Runs, Directory.GetFiles(_site.Path(Folder), "*.bin").Length);
    }

    [Fact]
    public void Damaged_entries_are_ignored_and_written_again()
    {
        Build();
        var entries = Directory.GetFiles(_site.Path(Folder), "*.bin");
        for (var i = 0; i < entries.Length; i++)
        {
            var bytes = File.ReadAllBytes(entries[i]);

            // Cut short, a count made huge, or a term's position past the table: each must read as a miss.
            File.WriteAllBytes(entries[i], (i % 3) switch
            {
                0 => bytes[..(bytes.Length / 2)],
                1 => [.. bytes.Take(30), 0xFF, 0xFF, 0xFF, 0xFF, 0x07, .. bytes.Skip(35)],
                _ => [.. bytes[..^8], 0xFF, 0xFF, 0xFF, 0x7F, .. bytes[^4..]],
            });
        }

        var damaged = Build();
        var again = Build();

        Assert.Equal(0, damaged.ExitCode);
        Assert.True(damaged.Stages!.RunsReused < Runs / 2, $"{damaged.Stages.RunsReused} damaged runs were taken");
        Assert.Equal(Runs, again.Stages!.RunsReused);
        Assert.Equal(CleanIndex(), Index());
    }

    [Fact]
    public void A_build_that_fails_writes_no_entry()
    {
        // A folder that is not a site of ours: the build is refused when it would replace it.
        _site.Write("not-ours/keep.txt", "别删");

        var result = BuildPipeline.Run(new BuildOptions(_site.Root, "not-ours"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(Directory.Exists(_site.Path(Folder)));
    }

    [Fact]
    public void A_stored_run_is_written_only_by_the_commit()
    {
        var cache = IndexRunCache.Open(_site.Root);
        cache.Store("index Table\nkey", IndexRun.Of([[(byte)'{', (byte)'}'], [(byte)'[', (byte)']']], [[("预算", 1)], [("决算", 1), ("预算", 2)]], ["units/a/2025/"]));

        Assert.False(Directory.Exists(_site.Path(BuildCache.FolderName)));
        cache.Commit();
        var read = IndexRunCache.Open(_site.Root).TryGet("index Table\nkey");

        Assert.NotNull(read);
        // Gaps are varints of (passage - previous passage) << 2 | weight, from passage 0 of the run.
        var budget = read.Postings.Single(p => p.Term == "预算");
        Assert.Equal((2, 1), (budget.Count, budget.Last));
        Assert.Equal([(0 << 2) | 1, (1 << 2) | 2], budget.Gaps);
        var final = read.Postings.Single(p => p.Term == "决算");
        Assert.Equal((1, 1), (final.Count, final.Last));
        Assert.Equal([(1 << 2) | 1], final.Gaps);
        Assert.Equal("{}"u8.ToArray(), read.Json[0]);
        Assert.Equal("[]"u8.ToArray(), read.Json[1]);
        Assert.Equal(["units/a/2025/"], read.Files);
        Assert.Null(IndexRunCache.Open(_site.Root).TryGet("index Table\nanother key"));
    }

    [Fact]
    public void An_entry_that_cannot_be_written_is_skipped_and_the_commit_goes_on()
    {
        const string key = "index Table\nblocked";
        var name = Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(System.Text.Encoding.UTF8.GetBytes(key))) + ".bin";
        Directory.CreateDirectory(_site.Path($"{Folder}/{name}"));
        var cache = IndexRunCache.Open(_site.Root);
        cache.Store(key, IndexRun.Of([[(byte)'{', (byte)'}']], [[("预算", 1)]], ["units/a/2025/"]));
        cache.Store("index Table\nfree", IndexRun.Of([[(byte)'{', (byte)'}']], [[("决算", 2)]], ["units/b/2025/"]));

        cache.Commit();

        Assert.Null(IndexRunCache.Open(_site.Root).TryGet(key));
        Assert.NotNull(IndexRunCache.Open(_site.Root).TryGet("index Table\nfree"));
        Assert.Empty(Directory.GetFiles(_site.Path(Folder), "*.tmp-*"));
    }

    [Fact]
    public void A_linked_index_folder_is_neither_read_nor_written()
    {
        var elsewhere = Directory.CreateTempSubdirectory("gongkai-elsewhere-").FullName;
        try
        {
            Directory.CreateDirectory(_site.Path(BuildCache.FolderName));
            Directory.CreateSymbolicLink(_site.Path(Folder), elsewhere);

            Build();
            var second = Build();

            Assert.Equal(0, second.Stages!.RunsReused);
            Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
            Assert.Equal(CleanIndex(), Index());
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    private BuildResult Build()
    {
        var result = BuildPipeline.Run(new BuildOptions(_site.Root));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsBlocking)));
        return result;
    }

    private string Index() => SiteCopy.Fingerprint(_site.Path("_site/" + SearchIndexBuilder.Folder));

    private string CleanIndex()
    {
        var clean = _site.Path("clean");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(_site.Root, clean, NoCache: true)).ExitCode);
        try
        {
            return SiteCopy.Fingerprint(Path.Combine(clean, SearchIndexBuilder.Folder));
        }
        finally
        {
            Directory.Delete(clean, recursive: true);
        }
    }
}
