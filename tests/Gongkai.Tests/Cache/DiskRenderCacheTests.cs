using Gongkai.Cache;

namespace Gongkai.Tests.Cache;

/// <summary>Issue 14: a replayed group's files are not read back unless their bytes are needed, and a changed file is never copied.</summary>
public sealed class DiskRenderCacheTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("gongkai-replay-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void A_replayed_file_carries_its_hash_and_hands_over_the_previous_bytes_when_asked()
    {
        var (cache, bytes) = CacheWithOneFile("units/a/index.html", "<p>甲</p>"u8.ToArray());

        var files = cache.TryReplay("k");

        var file = Assert.Single(files!);
        Assert.Equal("units/a/index.html", file.Path);
        Assert.Equal(FileState.HashOf(bytes), file.KnownHash);
        Assert.Equal(bytes, file.Content);
        Assert.Equal(bytes, cache.Replayed("units/a/index.html"));
        Assert.Null(cache.Replayed("units/b/index.html"));
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public void Nothing_is_replayed_before_its_group_is()
    {
        var (cache, _) = CacheWithOneFile("data.csv", "a,b\n"u8.ToArray());
        Assert.Null(cache.Replayed("data.csv"));
        Assert.Null(cache.TryReplay("another key"));
        Assert.Null(cache.Replayed("data.csv"));
    }

    [Fact]
    public void A_file_edited_before_the_build_is_a_miss()
    {
        var (cache, _) = CacheWithOneFile("t.json", "{\"a\":1}"u8.ToArray());
        File.WriteAllText(Path.Combine(_output, "t.json"), "{\"a\":12}");
        Assert.Null(cache.TryReplay("k"));
    }

    [Fact]
    public void A_file_changed_after_its_group_was_replayed_is_never_copied_as_if_unchanged()
    {
        var (cache, bytes) = CacheWithOneFile("t.csv", "1,2\n"u8.ToArray());
        var full = Path.Combine(_output, "t.csv");
        var file = Assert.Single(cache.TryReplay("k")!);

        // Same size and mtime, other bytes: only the hash can tell, and it is checked when the bytes are read.
        var mtime = File.GetLastWriteTimeUtc(full);
        File.WriteAllBytes(full, "9,9\n"u8.ToArray());
        File.SetLastWriteTimeUtc(full, mtime);

        Assert.Throws<IOException>(() => file.Content);
        Assert.Null(cache.Replayed("t.csv"));
        Assert.Equal(bytes.Length, new FileInfo(full).Length);
    }

    private (DiskRenderCache Cache, byte[] Bytes) CacheWithOneFile(string path, byte[] bytes)
    {
        var full = Path.Combine(_output, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        var hash = FileState.HashOf(bytes);
        var state = new FileState(hash, bytes.Length, File.GetLastWriteTimeUtc(full).Ticks);
        var groups = new Dictionary<string, IReadOnlyList<(string Path, string Hash)>> { ["k"] = [(path, hash)] };
        return (new DiskRenderCache(groups, new Dictionary<string, FileState> { [path] = state }, _output), bytes);
    }
}
