using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// The Index stage: a static full-text index under search-index/, split so one query fetches only what it needs and
/// packed so a host receives few files.
/// Hand-written because none of the libraries available here handles Chinese well (no word segmentation worth
/// having, and segmentation would miss substrings); see <see cref="Tokenizer"/> for the terms, and IndexFormat.md
/// beside this file for the files. Everything is sorted and hashed, never timed, so builds are byte-identical.
/// </summary>
public static class SearchIndexBuilder
{
    public const string Folder = "search-index/";

    /// <summary>Format version, bumped with any change search.js must follow.</summary>
    public const int Version = 2;

    /// <summary>A counter that has held more terms than this is not reused (see <see cref="Terms"/>).</summary>
    private const int MaxReusedTerms = 512;

    /// <summary>Terms are counted in parallel; each thread reuses its counter (see <see cref="TermCounter.Clear"/>).</summary>
    [ThreadStatic]
    private static TermCounter? t_counter;

    /// <summary>Every page rendered is added, then the index is made: the one-call form of <see cref="SearchIndexAccumulator"/>.</summary>
    public static IEnumerable<OutputFile> Build(SiteContent content, IReadOnlyList<OutputFile> pages)
    {
        var accumulator = new SearchIndexAccumulator(content);
        foreach (var page in pages)
        {
            accumulator.Add(page);
        }

        return accumulator.Finish();
    }

    /// <summary>Where pack <paramref name="pack"/> of passages lives, below the index folder (256 per folder).</summary>
    internal static string PackPath(int pack) => $"d/{pack >> 8}/{pack & 255}.bin";

    internal static string ShardPath(int shard, int shards) => $"t/{TermHash.ShardName(shard, shards)}.bin";

    internal static string PostingPath(int shard, int shards, int ordinal) => $"p/{TermHash.ShardName(shard, shards)}/{ordinal}.bin";

    /// <summary>A passage's distinct terms with their weights, sorted (so the build does not depend on hashing order).</summary>
    internal static (string Term, int Weight)[] Terms(Passage passage)
    {
        var counter = t_counter ??= new TermCounter();
        counter.Clear();
        counter.Add(passage.Page.Title, passage.First ? LineRole.Title : LineRole.Body, numbersOnly: false);
        foreach (var line in passage.Lines)
        {
            counter.Add(line.Text, line.Role, numbersOnly: false);
            if (line.Detail is not null)
            {
                counter.Add(line.Detail, LineRole.Body, numbersOnly: line.DetailTerms == DetailTerms.Numbers);
            }
        }

        var result = counter.Result();
        if (counter.Distinct > MaxReusedTerms)
        {
            // Clear zeroes the whole table, so a table grown by a large passage would make every small one after it pay
            // for its size (at 4,096 that was still 8 thread-s of the stage in the profile).
            t_counter = null;
        }

        return result;
    }
}
