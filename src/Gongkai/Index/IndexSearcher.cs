using System.Text;
using System.Text.Json;

namespace Gongkai.Index;

/// <summary>
/// The query side of the index in C#: the same steps as templates/assets/search.js (which is what citizens run),
/// used by the tests and the benchmark to search a built index and to count the bytes a query fetches.
/// <paramref name="fetch"/> reads a file below search-index/ (null if missing).
/// </summary>
internal sealed class IndexSearcher(Func<string, byte[]?> fetch)
{
    /// <summary>External posting bytes one query may fetch; rarer terms first, the rest are checked on the text.</summary>
    public const int PostingBudget = 24 * 1024;

    /// <summary>Passages this close to one already in a window probably share its link, so they wait (search.js NEAR).</summary>
    public const int Near = 4;

    private static readonly double[] Boost = [1, 1.5, 3, 5];

    private readonly Dictionary<string, byte[]?> _cache = new(StringComparer.Ordinal);
    private Meta? _meta;
    private IndexMap? _map;

    /// <summary>Every file fetched so far with its size, in fetch order.</summary>
    public List<(string Path, int Bytes)> Fetched { get; } = [];

    public static IndexSearcher ForDirectory(string indexDir) =>
        new(path => File.Exists(Path.Combine(indexDir, path)) ? File.ReadAllBytes(Path.Combine(indexDir, path)) : null);

    public int DocCount => LoadMeta().Docs;

    public IndexMap Map => _map ??= new IndexMap(Get("map.bin") ?? throw new FileNotFoundException("map.bin"));

    public SearchResults Search(string query, SearchFilter? filter = null)
    {
        filter ??= SearchFilter.None;
        var plan = Tokenizer.Plan(query);
        if (plan.Terms.Count == 0)
        {
            return SearchResults.Empty(plan);
        }

        var meta = LoadMeta();
        var entries = new List<Entry>();
        foreach (var term in plan.Terms)
        {
            var entry = Lookup(term, meta.Shards);
            if (entry is null)
            {
                return SearchResults.Empty(plan);
            }

            entries.Add(entry);
        }

        entries.Sort((a, b) => a.Df != b.Df ? a.Df.CompareTo(b.Df) : string.CompareOrdinal(a.Term, b.Term));
        var spent = 0;
        var used = new List<(Entry Entry, List<(int Doc, int Weight)> Postings)>();
        var skipped = new List<string>();
        foreach (var entry in entries)
        {
            if (entry.Inline is not null)
            {
                used.Add((entry, PostingCodec.Decode(entry.Inline, 0, entry.Df)));
            }
            else if (used.Count == 0 || spent + entry.Length <= PostingBudget)
            {
                spent += entry.Length;
                var bytes = Get(SearchIndexBuilder.PostingPath(entry.Shard, meta.Shards, entry.Ordinal)) ?? throw new FileNotFoundException(entry.Term);
                used.Add((entry, PostingCodec.Decode(bytes, 0, entry.Df)));
            }
            else
            {
                skipped.Add(entry.Term);
            }
        }

        // Intersect from the rarest list; a passage's score sums idf × boost of its weight per term.
        var scores = new Dictionary<int, (double Score, int Titles, int Labels)>();
        for (var i = 0; i < used.Count; i++)
        {
            var (entry, postings) = used[i];
            var idf = Math.Log(1 + (meta.Docs / (double)entry.Df));
            var next = new Dictionary<int, (double, int, int)>();
            foreach (var (doc, weight) in postings)
            {
                if (i > 0 && !scores.ContainsKey(doc))
                {
                    continue;
                }

                var (score, titles, labels) = i == 0 ? (0d, 0, 0) : scores[doc];
                next[doc] = (score + (idf * Boost[weight]), titles + (weight == 3 ? 1 : 0), labels + (weight >= 2 ? 1 : 0));
            }

            scores = next;
        }

        var map = Map;
        var hits = new List<SearchHit>();
        var years = new Dictionary<int, int>();
        var regions = new Dictionary<int, int>();
        var units = new Dictionary<int, int>();
        var kinds = new Dictionary<DocKind, int>();
        foreach (var (doc, (score, titles, labels)) in scores)
        {
            Bump(years, map.Year[doc]);
            Bump(regions, map.Region(doc));
            Bump(units, map.Unit[doc]);
            kinds[map.Kind[doc]] = kinds.GetValueOrDefault(map.Kind[doc]) + 1;
            if (!filter.Accepts(map, doc))
            {
                continue;
            }

            // Title matches first: every term in the title doubles the score, every term in a label adds half.
            var factor = titles == used.Count ? 2.0 : labels == used.Count ? 1.5 : 1.0;
            hits.Add(new SearchHit(doc, Math.Round((score * factor) + DocKinds.Prior(map.Kind[doc]), 6)));
        }

        hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new SearchResults(plan, hits, skipped, years, regions, units, kinds);
    }

    /// <summary>Reads a passage's stored text.</summary>
    public DocView Doc(int doc)
    {
        var bytes = Get(SearchIndexBuilder.DocPath(doc)) ?? throw new FileNotFoundException(SearchIndexBuilder.DocPath(doc));
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        var lines = root.GetProperty("l").EnumerateArray()
            .Select(l => (l[0].GetString()!, l.GetArrayLength() > 1 ? l[1].GetString() : null))
            .ToList();
        return new DocView(
            (DocKind)root.GetProperty("k").GetInt32(),
            root.GetProperty("u").GetString()!,
            root.TryGetProperty("a", out var a) ? a.GetString() : null,
            root.GetProperty("t").GetString()!,
            root.TryGetProperty("n", out var n) ? n.GetString() : null,
            root.TryGetProperty("y", out var y) ? y.GetInt32() : null,
            lines)
        {
            Before = root.TryGetProperty("b", out var b) ? b.GetInt32() : 0,
            After = root.TryGetProperty("r", out var r) ? r.GetInt32() : 0,
        };
    }

    /// <summary>
    /// The results as the search page shows them (search.js, function showMore, without its limit of windows per
    /// click): passages fetched in windows of <paramref name="window"/>; a passage known from a fetched neighbour
    /// to share a link already shown is dropped, and one within <see cref="Near"/> of a passage already in the window
    /// waits for the next; within a window those containing the query's phrases come first; one result per link.
    /// </summary>
    public List<(string Target, DocView Doc, bool Exact)> Page(SearchResults results, int window = 10, int take = int.MaxValue)
    {
        var shown = new List<(string, DocView, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var known = new Dictionary<int, string>();
        var deferred = new List<int>();
        var cursor = 0;
        while (shown.Count < take)
        {
            var batch = new List<int>();
            var waiting = new List<int>();
            void Consider(int doc)
            {
                if (known.TryGetValue(doc, out var link) && seen.Contains(link))
                {
                    return;
                }

                if (batch.Count >= window || batch.Any(b => Math.Abs(b - doc) <= Near))
                {
                    waiting.Add(doc);
                    return;
                }

                batch.Add(doc);
            }

            deferred.ForEach(Consider);
            while (cursor < results.Hits.Count && batch.Count < window)
            {
                Consider(results.Hits[cursor++].Doc);
            }

            deferred = waiting;
            if (batch.Count == 0)
            {
                break;
            }

            var docs = batch.Select(Doc).ToList();
            foreach (var (id, doc) in batch.Zip(docs))
            {
                for (var k = id - doc.Before; k <= id + doc.After; k++)
                {
                    known[k] = doc.Target;
                }
            }

            foreach (var doc in docs.Where(d => d.Contains(results.Plan.Phrases)).Concat(docs.Where(d => !d.Contains(results.Plan.Phrases))))
            {
                if (shown.Count < take && seen.Add(doc.Target))
                {
                    shown.Add((doc.Target, doc, doc.Contains(results.Plan.Phrases)));
                }
            }
        }

        return shown;
    }

    private static void Bump(Dictionary<int, int> counts, int key)
    {
        if (key >= 0)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private Entry? Lookup(string term, int shards)
    {
        var shard = TermHash.Shard(term, shards);
        var bytes = Get(SearchIndexBuilder.ShardPath(shard, shards));
        if (bytes is null)
        {
            return null;
        }

        var wanted = Encoding.UTF8.GetBytes(term);
        var reader = new ByteReader(bytes);
        var ordinal = 0;
        while (!reader.AtEnd)
        {
            var length = reader.Int();
            var match = reader.Span(length).SequenceEqual(wanted);
            var df = reader.Int();
            var packed = reader.VarInt();
            var size = (int)(packed >> 1);
            var external = (packed & 1) == 1;
            byte[]? inline = null;
            if (!external)
            {
                inline = reader.Span(size).ToArray();
            }

            if (match)
            {
                return new Entry(term, shard, df, size, external ? ordinal : -1, inline);
            }

            if (external)
            {
                ordinal++;
            }
        }

        return null;
    }

    private Meta LoadMeta()
    {
        if (_meta is not null)
        {
            return _meta;
        }

        using var json = JsonDocument.Parse(Get("meta.json") ?? throw new FileNotFoundException("meta.json"));
        var root = json.RootElement;
        if (root.GetProperty("version").GetInt32() != SearchIndexBuilder.Version)
        {
            throw new InvalidDataException("meta.json: another index version");
        }

        return _meta = new Meta(root.GetProperty("docs").GetInt32(), root.GetProperty("shards").GetInt32());
    }

    private byte[]? Get(string path)
    {
        if (!_cache.TryGetValue(path, out var bytes))
        {
            bytes = fetch(path);
            _cache[path] = bytes;
            Fetched.Add((path, bytes?.Length ?? 0));
        }

        return bytes;
    }

    private sealed record Meta(int Docs, int Shards);

    private sealed record Entry(string Term, int Shard, int Df, int Length, int Ordinal, byte[]? Inline);
}
