using Gongkai.Render.Downloads;

namespace Gongkai.Tests.Render.Downloads;

/// <summary>Issue 14: a download shared by a page's job and the site's job is computed once, or by the site alone when the page was replayed.</summary>
public sealed class SharedBytesTests
{
    private sealed record Key(string Name);

    [Fact]
    public void Kept_bytes_are_computed_once_and_the_take_hands_over_the_same_array()
    {
        var computed = 0;
        var shared = new SharedBytes<Key>(k => { Interlocked.Increment(ref computed); return [(byte)k.Name.Length]; }, keep: true);
        var key = new Key("abc");
        var kept = Enumerable.Range(0, 8).AsParallel().Select(_ => shared.Keep(key)).ToList();
        Assert.Equal(1, computed);
        Assert.All(kept, k => Assert.Same(kept[0], k));
        Assert.Same(kept[0], shared.Take(key, () => null));
        Assert.Equal(1, computed);

        // Taken means forgotten: a second take computes again.
        Assert.Equal(kept[0], shared.Take(key, () => null));
        Assert.Equal(2, computed);
    }

    [Fact]
    public void A_take_without_a_keep_computes_and_keys_are_by_reference_not_by_value()
    {
        var computed = 0;
        var shared = new SharedBytes<Key>(k => { computed++; return [(byte)computed]; }, keep: true);
        Assert.Equal([1], shared.Take(new Key("x"), () => null));
        shared.Keep(new Key("y"));
        Assert.Equal([3], shared.Take(new Key("y"), () => null));
        Assert.Equal(3, computed);
    }

    [Fact]
    public void A_take_without_a_keep_uses_the_replayed_bytes_before_computing_and_kept_bytes_before_both()
    {
        var computed = 0;
        var shared = new SharedBytes<Key>(_ => { computed++; return [9]; }, keep: true);
        byte[] replayed = [7];
        Assert.Same(replayed, shared.Take(new Key("a"), () => replayed));
        Assert.Equal(0, computed);

        var key = new Key("b");
        var kept = shared.Keep(key);
        Assert.Same(kept, shared.Take(key, () => replayed));
        Assert.Equal(1, computed);
        Assert.Equal([9], shared.Take(new Key("c"), () => null));
        Assert.Equal(2, computed);
    }

    [Fact]
    public void A_build_that_reads_staged_files_back_keeps_nothing_and_takes_the_staged_bytes()
    {
        var computed = 0;
        var shared = new SharedBytes<Key>(_ => { computed++; return [5]; }, keep: false);
        var key = new Key("staged");
        Assert.Equal([5], shared.Keep(key));
        Assert.Equal(1, computed);

        // Nothing was kept, so the take asks for the staged file and does not compute again.
        byte[] staged = [6];
        Assert.Same(staged, shared.Take(key, () => staged));
        Assert.Equal(1, computed);

        // No staged file: computed here.
        Assert.Equal([5], shared.Take(key, () => null));
        Assert.Equal(2, computed);
    }
}
