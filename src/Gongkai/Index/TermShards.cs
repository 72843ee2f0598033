using System.Collections.Concurrent;
using System.Text;
using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// The term dictionary, hash-partitioned into deflated shards with the postings inline, so a lookup is one
/// file and its postings come with it. The shard count is chosen from the compressed size of everything, so a
/// shard is about <see cref="TargetBytes"/> on the wire however large the site. A posting list too large to ride
/// along (over <see cref="ExternalBytes"/> compressed; only the commonest terms) gets a file of its own, which a
/// query fetches only if it fits its byte budget.
/// </summary>
internal static class TermShards
{
    public const int TargetBytes = 1536;

    public const int ExternalBytes = 2048;

    /// <param name="threads">Threads to use (-1: all).</param>
    /// <param name="memo">The last build's shards and long lists: one whose bytes are unchanged is not compressed again.</param>
    public static List<OutputFile> Write(Dictionary<string, PostingList> postings, int threads, DeflateMemo memo, out int shards)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var encoded = new ConcurrentDictionary<string, (byte[] Raw, Deflated? Deflated)>(StringComparer.Ordinal);
        Parallel.ForEach(postings, parallel, kv =>
        {
            var raw = kv.Value.Encode();

            // Small lists are never external; compressing them only to size the shards would be wasted work.
            encoded[kv.Key] = (raw, raw.Length > ExternalBytes ? memo.Compress("postings of " + kv.Key, raw) : null);
        });

        bool External(string term) => encoded[term].Deflated is { Length: > ExternalBytes };
        var terms = postings.Keys.Select(t => (Term: t, Bytes: Encoding.UTF8.GetBytes(t))).ToList();

        // How well postings compress depends on the site, so it is measured, not guessed: shards are built once at a
        // count that assumes 8:1, then at the count their compressed total asks for (if that differs).
        long raw = terms.Sum(t => t.Bytes.Length + 6 + (External(t.Term) ? 0 : encoded[t.Term].Raw.Length));
        var trial = PowerOfTwo(raw / 8 / TargetBytes);
        var files = Shards(terms, encoded, postings, External, trial, parallel, memo);
        shards = PowerOfTwo(files.Where(f => f.File.Path.StartsWith(SearchIndexBuilder.Folder + "t/", StringComparison.Ordinal)).Sum(f => (long)f.Length) / TargetBytes);
        if (shards != trial)
        {
            files = Shards(terms, encoded, postings, External, shards, parallel, memo);
        }

        return [.. files.Select(f => f.File)];
    }

    /// <summary>The smallest power of two at least <paramref name="n"/> (and at least 1).</summary>
    private static int PowerOfTwo(long n)
    {
        var p = 1;
        while (p < n)
        {
            p *= 2;
        }

        return p;
    }

    /// <summary>The files of <paramref name="count"/> shards, each with its size on disk (known without compressing a replayed one).</summary>
    private static List<(OutputFile File, int Length)> Shards(
        List<(string Term, byte[] Bytes)> terms,
        ConcurrentDictionary<string, (byte[] Raw, Deflated? Deflated)> encoded,
        Dictionary<string, PostingList> postings,
        Func<string, bool> isExternal,
        int count,
        ParallelOptions parallel,
        DeflateMemo memo)
    {
        var byShard = terms.ToLookup(t => TermHash.Shard(t.Term, count));
        var files = new (OutputFile, int)[count][];

        // Every shard is written, empty ones too, so a lookup never meets a 404.
        Parallel.For(0, count, parallel, shard =>
        {
            var writer = new ByteWriter();
            var own = new List<(OutputFile, int)>();
            var external = 0;
            foreach (var (term, bytes) in byShard[shard].OrderBy(t => t.Bytes, ByteOrder.Instance))
            {
                var (raw, deflated) = encoded[term];
                var outside = isExternal(term);
                var length = outside ? deflated!.Length : raw.Length;
                writer.VarInt(bytes.Length).Bytes(bytes).VarInt(postings[term].Count).VarInt(((long)length << 1) | (outside ? 1u : 0u));
                if (outside)
                {
                    own.Add((deflated!.File(SearchIndexBuilder.Folder + SearchIndexBuilder.PostingPath(shard, count, external++)), length));
                }
                else
                {
                    writer.Bytes(raw);
                }
            }

            var path = SearchIndexBuilder.Folder + SearchIndexBuilder.ShardPath(shard, count);
            var compressed = memo.Compress(path, writer.ToArray());
            own.Add((compressed.File(path), compressed.Length));
            files[shard] = [.. own];
        });

        return [.. files.SelectMany(f => f)];
    }
}
