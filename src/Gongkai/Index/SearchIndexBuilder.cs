using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Model;
using Gongkai.Render;
using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// The Index stage: a static full-text index under search-index/, split so one query fetches only what it needs.
/// Hand-written because none of the libraries available here handles Chinese well (no word segmentation worth
/// having, and segmentation would miss substrings); see <see cref="Tokenizer"/> for the terms, and IndexFormat.md
/// beside this file for the files. Everything is sorted and hashed, never timed, so builds are byte-identical.
/// </summary>
public static class SearchIndexBuilder
{
    public const string Folder = "search-index/";

    /// <summary>Format version, bumped with any change search.js must follow.</summary>
    public const int Version = 1;

    /// <summary>Postings up to this size sit in the dictionary shard; longer ones get a file of their own.</summary>
    internal const int InlineMax = 48;

    /// <summary>The average dictionary shard the shard count aims for.</summary>
    internal const int TargetShardBytes = 1024;

    public static IEnumerable<OutputFile> Build(SiteContent content, IReadOnlyList<OutputFile> pages)
    {
        var layout = new IndexLayout(content);
        var rendered = pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

        // Only pages the renderer wrote are indexed, so a result never links to a missing page.
        var passages = IndexPages.From(content, layout)
            .Where(p => rendered.Count == 0 || rendered.Contains(Urls.File(p.Url)))
            .SelectMany(PassageSplitter.Split)
            .ToList();

        var files = new List<OutputFile>();
        files.AddRange(Dictionary(passages, out var shards));
        var (before, after) = Neighbours(passages);
        files.AddRange(passages.Select((p, i) => new OutputFile(Folder + DocPath(i), DocJson(p, layout, before[i], after[i]))));
        files.Add(new OutputFile(Folder + "map.bin", Map(layout, passages)));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        files.Add(OutputFile.Text(Folder + "meta.json", Meta(layout, passages.Count, shards, BuildId(files))));
        return files;
    }

    /// <summary>Where passage <paramref name="doc"/>'s text lives, below the index folder (256 per folder).</summary>
    internal static string DocPath(int doc) => $"d/{doc >> 8}/{doc & 255}.json";

    internal static string ShardPath(int shard, int shards) => $"t/{TermHash.ShardName(shard, shards)}.bin";

    internal static string PostingPath(int shard, int shards, int ordinal) => $"p/{TermHash.ShardName(shard, shards)}/{ordinal}.bin";

    /// <summary>The terms of every passage, then one posting list per term, grouped into hashed shards.</summary>
    private static List<OutputFile> Dictionary(List<Passage> passages, out int shards)
    {
        var perDoc = new (string Term, int Weight)[passages.Count][];
        Parallel.For(0, passages.Count, i => perDoc[i] = Terms(passages[i]));

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var doc = 0; doc < perDoc.Length; doc++)
        {
            foreach (var (term, weight) in perDoc[doc])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((doc << 2) | weight);
            }
        }

        var encoded = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        Parallel.ForEach(postings, kv => encoded[kv.Key] = PostingCodec.Encode(kv.Value));

        var terms = postings.Keys.Select(t => (Term: t, Bytes: Encoding.UTF8.GetBytes(t))).ToList();
        long total = terms.Sum(t => t.Bytes.Length + 6 + Math.Min(encoded[t.Term].Length, InlineMax));
        shards = 1;
        while (shards * (long)TargetShardBytes < total)
        {
            shards *= 2;
        }

        var count = shards;
        var files = new List<OutputFile>();
        var byShard = terms.ToLookup(t => TermHash.Shard(t.Term, count));

        // Every shard is written, empty ones too, so a lookup never meets a 404.
        for (var shard = 0; shard < count; shard++)
        {
            var writer = new ByteWriter();
            var external = 0;
            foreach (var (term, bytes) in byShard[shard].OrderBy(t => t.Bytes, ByteOrder.Instance))
            {
                var posting = encoded[term];
                var inline = posting.Length <= InlineMax;
                writer.VarInt(bytes.Length).Bytes(bytes).VarInt(postings[term].Count).VarInt(((long)posting.Length << 1) | (inline ? 0u : 1u));
                if (inline)
                {
                    writer.Bytes(posting);
                }
                else
                {
                    files.Add(new OutputFile(Folder + PostingPath(shard, count, external++), posting));
                }
            }

            files.Add(new OutputFile(Folder + ShardPath(shard, count), writer.ToArray()));
        }

        return files;
    }

    /// <summary>A passage's distinct terms with their weights, sorted (so the build does not depend on hashing order).</summary>
    internal static (string Term, int Weight)[] Terms(Passage passage)
    {
        var stats = new Dictionary<string, (int Role, int Exact, bool Word)>(StringComparer.Ordinal);
        void Add(string text, LineRole role, bool numbersOnly)
        {
            foreach (var token in Tokenizer.Scan(text))
            {
                if (numbersOnly && (token.Type != TokenType.Word || !char.IsAsciiDigit(token.Text[0])))
                {
                    continue;
                }

                if (token.Type == TokenType.Han)
                {
                    var chars = token.Chars;
                    for (var k = 0; k < chars.Count; k++)
                    {
                        Count(stats, chars[k], role, exact: true, word: false);
                        if (k + 1 < chars.Count)
                        {
                            Count(stats, chars[k] + chars[k + 1], role, exact: true, word: false);
                        }
                    }
                }
                else
                {
                    Count(stats, token.Text, role, exact: true, word: true);
                    foreach (var prefix in Tokenizer.Prefixes(token.Text))
                    {
                        Count(stats, prefix, role, exact: false, word: true);
                    }
                }
            }
        }

        Add(passage.Page.Title, passage.First ? LineRole.Title : LineRole.Body, numbersOnly: false);
        foreach (var line in passage.Lines)
        {
            Add(line.Text, line.Role, numbersOnly: false);
            if (line.Detail is not null)
            {
                Add(line.Detail, LineRole.Body, numbersOnly: line.DetailTerms == DetailTerms.Numbers);
            }
        }

        return [.. stats
            .Select(kv => (kv.Key, kv.Value.Role > 0 ? kv.Value.Role : (kv.Value.Word ? kv.Value.Exact > 0 : kv.Value.Exact > 1) ? 1 : 0))
            .OrderBy(x => x.Key, StringComparer.Ordinal)];
    }

    private static void Count(Dictionary<string, (int Role, int Exact, bool Word)> stats, string term, LineRole role, bool exact, bool word)
    {
        var (r, e, _) = stats.GetValueOrDefault(term);
        stats[term] = (Math.Max(r, (int)role), e + (exact ? 1 : 0), word);
    }

    /// <summary>
    /// For each passage, how many passages of the same link (page and anchor) come right before and after it:
    /// once one is fetched, search.js knows its neighbours are the same result and never fetches them.
    /// </summary>
    private static (int[] Before, int[] After) Neighbours(List<Passage> passages)
    {
        var before = new int[passages.Count];
        var after = new int[passages.Count];
        for (var i = 1; i < passages.Count; i++)
        {
            before[i] = SameLink(passages[i - 1], passages[i]) ? before[i - 1] + 1 : 0;
        }

        for (var i = passages.Count - 2; i >= 0; i--)
        {
            after[i] = SameLink(passages[i], passages[i + 1]) ? after[i + 1] + 1 : 0;
        }

        return (before, after);
    }

    private static bool SameLink(Passage a, Passage b) => a.Page.Url == b.Page.Url && a.Page.Anchor == b.Page.Anchor;

    /// <summary>What a result shows: link, title, unit, year, the passage's lines (text and detail), and its neighbours of the same link.</summary>
    private static byte[] DocJson(Passage passage, IndexLayout layout, int before, int after)
    {
        var page = passage.Page;
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("k", (int)page.Kind);
            json.WriteString("u", page.Url);
            if (page.Anchor is not null)
            {
                json.WriteString("a", page.Anchor);
            }

            json.WriteString("t", page.Title);
            if (page.Unit >= 0)
            {
                json.WriteString("n", layout.Units[page.Unit].DisplayName);
            }

            if (page.Group >= 0)
            {
                json.WriteNumber("y", layout.Groups[page.Group].Year);
            }

            if (before > 0)
            {
                json.WriteNumber("b", before);
            }

            if (after > 0)
            {
                json.WriteNumber("r", after);
            }

            json.WriteStartArray("l");
            foreach (var line in passage.Lines)
            {
                json.WriteStartArray();
                json.WriteStringValue(line.Text);
                if (line.Detail is not null)
                {
                    json.WriteStringValue(line.Detail);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Which unit, year and kind every passage belongs to, for facets and ranking, without a row per passage:
    /// passages are numbered by kind, then group, so per kind a count per group (or per unit) is enough. Groups
    /// are ordered by unit, so a count of groups per unit places them. Arrays are run-length coded when shorter.
    /// </summary>
    private static byte[] Map(IndexLayout layout, List<Passage> passages)
    {
        var writer = new ByteWriter().Byte((byte)'G').Byte((byte)'K').VarInt(Version);
        var counts = passages.GroupBy(p => (p.Page.Kind, p.Page.Unit, p.Page.Group)).ToDictionary(g => g.Key, g => g.Count());
        int Count(DocKind kind, int unit, int group) => counts.GetValueOrDefault((kind, unit, group));
        int PerGroup(DocKind kind, int g) => Count(kind, layout.UnitIndex[layout.Groups[g].UnitId], g);

        WriteArray(writer, [.. layout.Units.Select(u => layout.RegionOf(u) + 1)]);
        WriteArray(writer, [.. layout.Units.Select(u => u.Disclosures.Count)]);
        WriteArray(writer, [.. layout.Groups.Select(d => layout.YearIndex(d.Year))]);
        writer.VarInt(Count(DocKind.Glossary, -1, -1));
        foreach (var kind in DocKinds.All)
        {
            WriteArray(writer, kind == DocKind.Unit
                ? [.. Enumerable.Range(0, layout.Units.Count).Select(u => Count(kind, u, -1))]
                : [.. Enumerable.Range(0, layout.Groups.Count).Select(g => PerGroup(kind, g))]);
        }

        var covered = Count(DocKind.Glossary, -1, -1) + DocKinds.All.Sum(kind => kind == DocKind.Unit
            ? Enumerable.Range(0, layout.Units.Count).Sum(u => Count(kind, u, -1))
            : Enumerable.Range(0, layout.Groups.Count).Sum(g => PerGroup(kind, g)));
        if (covered != passages.Count)
        {
            throw new InvalidOperationException($"search index: map covers {covered} of {passages.Count} passages");
        }

        return writer.ToArray();
    }

    /// <summary>An array of small numbers: length, then mode 0 (the values) or mode 1 (runs of count, value).</summary>
    private static void WriteArray(ByteWriter writer, int[] values)
    {
        var plain = new ByteWriter();
        foreach (var v in values)
        {
            plain.VarInt(v);
        }

        var runs = new ByteWriter();
        for (var i = 0; i < values.Length;)
        {
            var j = i;
            while (j < values.Length && values[j] == values[i])
            {
                j++;
            }

            runs.VarInt(j - i).VarInt(values[i]);
            i = j;
        }

        writer.VarInt(values.Length);
        if (runs.Length < plain.Length)
        {
            writer.VarInt(1).Bytes(runs.ToArray());
        }
        else
        {
            writer.VarInt(0).Bytes(plain.ToArray());
        }
    }

    private static string Meta(IndexLayout layout, int docs, int shards, string id)
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("id", id);
            json.WriteNumber("docs", docs);
            json.WriteNumber("shards", shards);
            json.WriteNumber("maxPairs", Tokenizer.MaxPairsPerRun);
            json.WriteStartArray("years");
            foreach (var year in layout.Years)
            {
                json.WriteNumberValue(year);
            }

            json.WriteEndArray();
            json.WriteStartArray("regions");
            foreach (var region in layout.Regions)
            {
                json.WriteStringValue(region.Name);
            }

            json.WriteEndArray();
            json.WriteStartArray("kinds");
            foreach (var kind in DocKinds.All)
            {
                json.WriteStringValue(DocKinds.Label(kind));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A hash of the index files: search.js adds it to every fetch, so a new build is never mixed with a cached one.</summary>
    private static string BuildId(List<OutputFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(file.Content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Chinese stays readable (and three bytes, not six) in JSON; the files are fetched as data, never inlined in HTML.</summary>
    private static readonly System.Text.Json.JsonWriterOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
