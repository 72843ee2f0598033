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
}
