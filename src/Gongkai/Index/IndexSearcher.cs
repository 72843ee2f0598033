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
    private readonly Dictionary<int, List<DocView>> _packs = [];
    private readonly Dictionary<int, byte[]> _shards = [];
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
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var term in plan.Terms)
        {
            if (Lookup(term, meta.Shards) is not { } entry)
            {
                return SearchResults.Empty(plan);
            }

            entries[term] = entry;
        }

        // Rarest first; every part's rarest list is always fetched (else nothing could tell which passages match
        // it), the others while external posting bytes stay within the budget; the rest are checked on the text.
        static int Rarity(Entry a, Entry b) => a.Df != b.Df ? a.Df.CompareTo(b.Df) : string.CompareOrdinal(a.Term, b.Term);
        var ordered = entries.Values.ToList();
        ordered.Sort(Rarity);
        var required = plan.Parts.Select(part => part.Select(t => entries[t]).Min(Comparer<Entry>.Create(Rarity))!).ToHashSet();
        var spent = required.Where(e => e.Inline is null).Sum(e => e.Length);
        var lists = new Dictionary<string, List<(int Doc, int Weight)>>(StringComparer.Ordinal);
        var skipped = new List<string>();
        foreach (var entry in ordered)
        {
            if (entry.Inline is not null)
            {
                lists[entry.Term] = PostingCodec.Decode(entry.Inline, 0, entry.Df);
            }
            else if (required.Contains(entry) || spent + entry.Length <= PostingBudget)
            {
                spent += required.Contains(entry) ? 0 : entry.Length;
                var bytes = Get(SearchIndexBuilder.PostingPath(entry.Shard, meta.Shards, entry.Ordinal)) ?? throw new FileNotFoundException(entry.Term);
                lists[entry.Term] = PostingCodec.Decode(Deflate.Decompress(bytes), 0, entry.Df);
            }
            else
            {
                skipped.Add(entry.Term);
            }
        }

        var map = Map;
        var parts = plan.Parts.Select(part => Score(meta, ordered.Where(e => part.Contains(e.Term) && lists.ContainsKey(e.Term)).Select(e => (e, lists[e.Term])).ToList())).ToList();
        var scores = parts.Count == 1 ? parts[0].ToDictionary(kv => kv.Key, kv => (kv.Value, true)) : Combine(parts, map);

        var hits = new List<SearchHit>();
        var years = new Dictionary<int, int>();
        var regions = new Dictionary<int, int>();
        var units = new Dictionary<int, int>();
        var kinds = new Dictionary<DocKind, int>();
        foreach (var (doc, (score, all)) in scores)
        {
            Bump(years, map.Year[doc]);
            Bump(regions, map.Region(doc));
            Bump(units, map.Unit[doc]);
            kinds[map.Kind[doc]] = kinds.GetValueOrDefault(map.Kind[doc]) + 1;
            if (filter.Accepts(map, doc))
            {
                hits.Add(new SearchHit(doc, Math.Round(score + DocKinds.Prior(map.Kind[doc]), 6), all));
            }
        }

        // Passages holding every part come first, then by score.
        hits.Sort((a, b) => a.All != b.All ? b.All.CompareTo(a.All) : a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var partDocs = parts.Count > 1 ? parts.Select(p => (IReadOnlySet<int>)p.Keys.ToHashSet()).ToList() : null;
        return new SearchResults(plan, hits, skipped, years, regions, units, kinds, partDocs);
    }

    /// <summary>
    /// The passages holding every list of one part, scored: idf × boost of its weight per term, doubled when every
    /// term is in the title, × 1.5 when every term is in a row or indicator label.
    /// </summary>
    private static Dictionary<int, double> Score(Meta meta, List<(Entry Entry, List<(int Doc, int Weight)> Postings)> used)
    {
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

        return scores.ToDictionary(kv => kv.Key, kv => kv.Value.Score * (kv.Value.Titles == used.Count ? 2.0 : kv.Value.Labels == used.Count ? 1.5 : 1.0));
    }

    /// <summary>
    /// A query of several parts: the parts may be on different passages of one page, and a page's passages are
    /// consecutive within one kind of one disclosure. So every passage matching some part is a candidate if its
    /// kind and disclosure have passages matching every part; whether its own page does is checked when it is shown
    /// (<see cref="Page"/>). A candidate scores the sum of its parts; one holding every part comes first.
    /// </summary>
    private static Dictionary<int, (double Score, bool All)> Combine(List<Dictionary<int, double>> parts, IndexMap map)
    {
        long Bucket(int doc) => ((long)map.Kind[doc] << 32) | (uint)(map.Group[doc] + 1);
        var buckets = parts.Select(p => p.Keys.Select(Bucket).ToHashSet()).Aggregate((a, b) => { a.IntersectWith(b); return a; });
        var result = new Dictionary<int, (double Score, bool All)>();
        foreach (var part in parts)
        {
            foreach (var (doc, score) in part.Where(kv => buckets.Contains(Bucket(kv.Key))))
            {
                var (sum, _) = result.GetValueOrDefault(doc);
                result[doc] = (sum + score, parts.All(p => p.ContainsKey(doc)));
            }
        }

        return result;
    }

    /// <summary>Reads a passage's stored text (its pack, fetched once).</summary>
    public DocView Doc(int doc)
    {
        var pack = Map.PackOf(doc);
        if (!_packs.TryGetValue(pack, out var docs))
        {
            var bytes = Get(SearchIndexBuilder.PackPath(pack)) ?? throw new FileNotFoundException(SearchIndexBuilder.PackPath(pack));
            using var json = JsonDocument.Parse(Deflate.Decompress(bytes));
            _packs[pack] = docs = [.. json.RootElement.EnumerateArray().Select(Read)];
        }

        return docs[doc - Map.PackStarts[pack]];
    }

    private static DocView Read(JsonElement root)
    {
        var lines = root.GetProperty("l").EnumerateArray()
            .Select(l => (l[0].GetString()!, l.GetArrayLength() > 1 ? l[1].GetString() : null))
            .ToList();
        int Count(string name) => root.TryGetProperty(name, out var v) ? v.GetInt32() : 0;

        // pb/pr are written only where the page's run differs from the link's (b/r).
        var paged = root.TryGetProperty("pb", out _) || root.TryGetProperty("pr", out _);
        return new DocView(
            (DocKind)root.GetProperty("k").GetInt32(),
            root.GetProperty("u").GetString()!,
            root.TryGetProperty("a", out var a) ? a.GetString() : null,
            root.GetProperty("t").GetString()!,
            root.TryGetProperty("n", out var n) ? n.GetString() : null,
            root.TryGetProperty("y", out var y) ? y.GetInt32() : null,
            lines)
        {
            Before = Count("b"),
            After = Count("r"),
            PageBefore = Count(paged ? "pb" : "b"),
            PageAfter = Count(paged ? "pr" : "r"),
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

            var docs = new List<DocView>();
            foreach (var id in batch)
            {
                var doc = Doc(id);
                for (var k = id - doc.Before; k <= id + doc.After; k++)
                {
                    known[k] = doc.Target;
                }

                // A passage of a query of several parts is shown only if its page holds every part.
                if (results.PartDocs is not { } parts || parts.All(p => Enumerable.Range(id - doc.PageBefore, doc.PageBefore + doc.PageAfter + 1).Any(p.Contains)))
                {
                    docs.Add(doc);
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

        if (!_shards.TryGetValue(shard, out var raw))
        {
            _shards[shard] = raw = Deflate.Decompress(bytes);
        }

        var wanted = Encoding.UTF8.GetBytes(term);
        var reader = new ByteReader(raw);
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
