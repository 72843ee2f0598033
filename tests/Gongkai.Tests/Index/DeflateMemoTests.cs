using Gongkai.Cache;
using Gongkai.Index;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Index;

/// <summary>
/// The deflate memo: an index file whose raw bytes equal last build's is not compressed again but replayed by the
/// hash of what it deflated to (compressed only when its bytes are asked for), and its file on disk survives only
/// whole and from this version of the tool.
/// </summary>
public sealed class DeflateMemoTests : IDisposable
{
    private static readonly byte[] Raw = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("[{\"t\":\"一般公共预算支出\"},", 200)));

    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-deflate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Without_a_memory_every_input_is_compressed_and_remembered()
    {
        var memo = DeflateMemo.None;
        var file = memo.Compress("search-index/d/0/0.bin", Raw).File("search-index/d/0/0.bin");

        var expected = Deflate.Compress(Raw);
        Assert.Equal(expected, file.Content);
        Assert.Equal(FileState.HashOf(expected), file.KnownHash);
        Assert.Equal(0, memo.Hits);
        Assert.Equal(new DeflateMemoEntry(FileState.HashOf(Raw), FileState.HashOf(expected), expected.Length), memo.Remembered["search-index/d/0/0.bin"]);
    }

    [Fact]
    public void An_input_unchanged_since_the_last_build_is_replayed_by_hash_and_compressed_only_when_read()
    {
        var last = DeflateMemo.None;
        last.Compress("k", Raw);
        var memo = new DeflateMemo(last.Remembered);

        var same = memo.Unchanged("k", [.. Raw], out _);
        Assert.NotNull(same);
        Assert.Equal(1, memo.Hits);
        var file = same.File("search-index/d/0/0.bin");
        var expected = Deflate.Compress(Raw);
        Assert.Equal(FileState.HashOf(expected), file.KnownHash);
        Assert.Equal(expected.Length, same.Length);
        Assert.Equal(expected, file.Content);
        Assert.Equal(last.Remembered["k"], memo.Remembered["k"]);
    }

    [Fact]
    public void A_changed_input_or_another_key_is_compressed_again()
    {
        var last = DeflateMemo.None;
        last.Compress("k", Raw);
        var memo = new DeflateMemo(last.Remembered);
        var changed = Raw.Append((byte)']').ToArray();

        Assert.Null(memo.Unchanged("k", changed, out _));
        Assert.Null(memo.Unchanged("other", Raw, out _));
        Assert.Equal(Deflate.Compress(changed), memo.Compress("k", changed).Bytes);
        Assert.Equal(0, memo.Hits);
        Assert.Equal(FileState.HashOf(changed), memo.Remembered["k"].RawHash);
    }

    [Fact]
    public void The_memo_file_reads_back_what_was_written_and_skips_keys_it_cannot_store()
    {
        var memo = DeflateMemo.None;
        memo.Compress("search-index/t/0a.bin", Raw);
        memo.Compress("postings of 预算", [1, 2, 3]);
        memo.Compress("bad\tkey", [4]);
        var path = Path.Combine(_dir, DeflateMemoFile.Name);
        File.WriteAllBytes(path, DeflateMemoFile.Encode(memo.Remembered));

        var read = DeflateMemoFile.Read(path);
        Assert.Equal(["postings of 预算", "search-index/t/0a.bin"], read.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(memo.Remembered["search-index/t/0a.bin"], read["search-index/t/0a.bin"]);
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("header")]
    [InlineData("count")]
    [InlineData("length")]
    public void A_memo_file_cut_short_of_another_version_or_damaged_reads_as_empty(string damage)
    {
        var memo = DeflateMemo.None;
        memo.Compress("a", Raw);
        memo.Compress("b", [1, 2, 3]);
        var path = Path.Combine(_dir, DeflateMemoFile.Name);
        var lines = System.Text.Encoding.UTF8.GetString(DeflateMemoFile.Encode(memo.Remembered)).Split('\n').ToList();
        switch (damage)
        {
            case "cut":
                lines.RemoveAt(lines.Count - 2);
                break;
            case "header":
                lines[0] = lines[0].Replace("gongkai-deflated 1", "gongkai-deflated 0", StringComparison.Ordinal);
                break;
            case "count":
                lines.RemoveAt(1);
                break;
            default:
                lines[1] = string.Join('\t', lines[1].Split('\t').Select((p, i) => i == 2 ? "-5" : p));
                break;
        }

        File.WriteAllText(path, string.Join('\n', lines));
        Assert.Empty(DeflateMemoFile.Read(path));
    }

    [Fact]
    public void An_incremental_build_replays_unchanged_index_files_and_equals_a_clean_build()
    {
        using var copy = new SiteCopy();
        Assert.Equal(0, Gongkai.Build.BuildPipeline.Run(new Gongkai.Build.BuildOptions(copy.Root)).ExitCode);
        var memoFile = copy.Path(".gongkai-cache/index/" + DeflateMemoFile.Name);
        var first = DeflateMemoFile.Read(memoFile);
        var packs = Directory.GetFiles(copy.Path("_site/search-index/d"), "*.bin", SearchOption.AllDirectories);
        Assert.All(packs, p => Assert.Contains("search-index/" + Path.GetRelativePath(copy.Path("_site/search-index"), p).Replace('\\', '/'), first.Keys));

        // Seed 000's 在职人数 (2025 changji-hitech-innovation-center): one passage changes, the other packs do not.
        copy.Replace("content/units/changji-hitech-innovation-center/2025/disclosure.yml", "actual: 16", "actual: 17");
        var before = packs.ToDictionary(p => p, p => File.ReadAllBytes(p));
        Assert.Equal(0, Gongkai.Build.BuildPipeline.Run(new Gongkai.Build.BuildOptions(copy.Root)).ExitCode);
        var changed = packs.Count(p => !File.ReadAllBytes(p).AsSpan().SequenceEqual(before[p]));
        Assert.InRange(changed, 1, packs.Length / 4);

        var clean = Path.Combine(copy.Root, "_clean");
        Assert.Equal(0, Gongkai.Build.BuildPipeline.Run(new Gongkai.Build.BuildOptions(copy.Root, "_clean") { NoCache = true }).ExitCode);
        Assert.Equal(SiteCopy.Fingerprint(clean + "/search-index"), SiteCopy.Fingerprint(copy.Path("_site/search-index")));
    }
}
