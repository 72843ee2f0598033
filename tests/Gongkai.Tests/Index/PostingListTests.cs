using Gongkai.Index;

namespace Gongkai.Tests.Index;

/// <summary>
/// A posting list encodes to what <see cref="PostingCodec"/> makes of its entries, whichever form (sparse or dense)
/// wins, and decodes back to its passages.
/// </summary>
public sealed class PostingListTests
{
    /// <summary>Lists by (seed, how many passages, the largest gap between two, the first passage).</summary>
    public static TheoryData<int, int, int, int> Lists => new()
    {
        { 1, 1, 1, 0 },
        { 2, 1, 1, 70_000 },
        { 3, 40, 900, 5 },
        { 4, 500, 2, 0 },
        { 5, 500, 1, 123_457 },
        { 6, 3, 1, 8 },
        { 7, 2_000, 30, 17 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_encodes_as_the_codec_encodes_its_entries_and_decodes_to_its_passages(int seed, int count, int maxGap, int first)
    {
        var random = new Random(seed);
        var list = new PostingList();
        var docs = new List<int>();
        var doc = first;
        for (var i = 0; i < count; i++)
        {
            var weight = random.Next(4);
            list.Add(doc, weight);
            docs.Add(doc);
            doc += 1 + random.Next(maxGap);
        }

        var encoded = list.Encode();
        Assert.Equal(PostingCodec.Encode(list.Entries()), encoded);
        Assert.Equal(docs, PostingCodec.Decode(encoded, 0, count).Select(p => p.Doc));
    }

    [Theory]
    [InlineData(11, 3, 40)]
    [InlineData(12, 20, 5)]
    [InlineData(13, 1, 300)]
    public void Runs_appended_at_their_offsets_encode_as_the_same_passages_added_one_by_one(int seed, int runs, int passagesPerRun)
    {
        // Random passages over a few terms, split into runs; the whole index adds them one by one, the runs append.
        var random = new Random(seed);
        string[] vocabulary = ["预算", "支出", "2060599", "三公", "科技"];
        var one = vocabulary.ToDictionary(t => t, _ => new PostingList());
        var appended = vocabulary.ToDictionary(t => t, _ => new PostingList());
        var offset = 0;
        for (var r = 0; r < runs; r++)
        {
            var passages = Enumerable.Range(0, passagesPerRun)
                .Select(_ => vocabulary.Where(_ => random.Next(3) == 0).Select(t => (t, random.Next(4))).ToArray()).ToArray();
            for (var p = 0; p < passages.Length; p++)
            {
                foreach (var (term, weight) in passages[p])
                {
                    one[term].Add(offset + p, weight);
                }
            }

            foreach (var run in TermRun.Of(passages))
            {
                Assert.Equal(passages.Count(p => p.Any(t => t.Item1 == run.Term)), run.Count);
                appended[run.Term].Append(offset, run);
            }

            offset += passages.Length;
        }

        foreach (var term in vocabulary)
        {
            Assert.Equal(one[term].Count, appended[term].Count);
            Assert.Equal(one[term].Entries(), appended[term].Entries());
            Assert.Equal(one[term].Encode(), appended[term].Encode());
        }
    }
}
