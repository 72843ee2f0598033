using System.Security.Cryptography;
using System.Text;
using Gongkai.Cache;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// Writes the index in one pass over the passages in index order (kind, then group), keeping only postings (as
/// varint gaps) and the counts map.bin needs: passage text goes into a pack as soon as it is numbered and leaves
/// memory with it. The terms of a batch of disclosures are computed in parallel, then added in order, so the
/// output does not depend on scheduling. Files come out as they are made; meta.json, last, names the hash of all.
/// </summary>
internal sealed class IndexAssembler(SiteContent content, IndexLayout layout, Func<string, bool> indexed)
{
    /// <summary>Where unchanged disclosures' runs are taken from (none: every run is made).</summary>
    public IndexRunSource? Cached { get; init; }

    /// <summary>
    /// Threads the stage may keep busy (-1: all). The preview's background render passes 1, so the next edit's fast
    /// path and the server's requests keep the other core (without it, the index of the background render took both).
    /// </summary>
    public int Threads { get; init; } = -1;

    /// <summary>Disclosures whose terms are computed together: enough for both cores, little held at once.</summary>
    private const int Batch = 64;

    /// <summary>Packs being compressed at once; they come out in order, so the output does not depend on scheduling.</summary>
    private const int PacksInFlight = 16;

    public IEnumerable<OutputFile> Files()
    {
        var postings = new Dictionary<string, PostingList>(StringComparer.Ordinal);
        var counts = new Dictionary<(DocKind, int, int), int>();
        var memo = Cached?.Cache.Deflated ?? DeflateMemo.None;
        var packer = new PassagePacker { Inline = Threads == 1, Memo = memo };
        var packs = new Queue<Task<OutputFile>>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var doc = 0;

        // The index's id is the hash of every file's path and content hash: a file replayed unchanged (DeflateMemo) is
        // not read for it, and the writer takes the content hash from the file instead of hashing it again.
        OutputFile Hashed(OutputFile file)
        {
            var known = file.KnownHash is null ? file with { KnownHash = FileState.HashOf(file.Content) } : file;
            hash.AppendData(Encoding.UTF8.GetBytes(known.Path + "\n" + known.KnownHash + "\n"));
            return known;
        }

        foreach (var run in Runs())
        {
            if (run.Data.Json.Length > 0)
            {
                var key = (run.Kind, run.Unit, run.Group);
                counts[key] = counts.GetValueOrDefault(key) + run.Data.Json.Length;
            }

            foreach (var term in run.Data.Postings)
            {
                if (!postings.TryGetValue(term.Term, out var list))
                {
                    postings[term.Term] = list = new PostingList();
                }

                list.Append(doc, term);
            }

            for (var i = 0; i < run.Data.Json.Length; i++)
            {
                if (packer.Add(run.Data.Json[i], runStart: i == 0) is { } pack)
                {
                    packs.Enqueue(pack);
                    if (packs.Count > PacksInFlight)
                    {
                        yield return Hashed(packs.Dequeue().GetAwaiter().GetResult());
                    }
                }
            }

            doc += run.Data.Json.Length;
        }

        if (packer.Flush() is { } last)
        {
            packs.Enqueue(last);
        }

        while (packs.TryDequeue(out var pack))
        {
            yield return Hashed(pack.GetAwaiter().GetResult());
        }

        var dictionary = TermShards.Write(postings, Threads, memo, out var shards);
        postings.Clear();
        foreach (var file in dictionary)
        {
            yield return Hashed(file);
        }

        yield return Hashed(new OutputFile(SearchIndexBuilder.Folder + "map.bin", IndexMapWriter.Write(layout, counts, doc, packer.Sizes)));
        var id = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        yield return OutputFile.Text(SearchIndexBuilder.Folder + "meta.json", IndexMeta.Json(layout, doc, shards, id));
    }

    /// <summary>Runs of passages of one kind and one disclosure (or site-wide), in index order, with their terms.</summary>
    private IEnumerable<Placed> Runs()
    {
        foreach (var run in IndexPages.SiteWide(content, layout).Where(p => indexed(p.Url)).GroupBy(p => (p.Kind, p.Unit, p.Group)))
        {
            yield return new Placed(run.Key.Kind, run.Key.Unit, run.Key.Group, Split([.. run]));
        }

        // The next batch's terms are computed while this one is numbered and packed (one thread, about a third of
        // the stage in the profile), so that serial part no longer leaves the other core idle; at most two batches are held.
        var batches = IndexPages.GroupKinds.SelectMany(kind => Enumerable.Range(0, (layout.Groups.Count + Batch - 1) / Batch).Select(b => (kind, b * Batch))).ToList();
        // With one thread there is no look-ahead: each batch is computed when it is needed, beside no other work.
        var ahead = Threads != 1;
        var next = ahead && batches.Count > 0 ? Task.Run(() => Batched(batches[0])) : null;
        for (var b = 0; b < batches.Count; b++)
        {
            var runs = ahead ? next!.GetAwaiter().GetResult() : Batched(batches[b]);
            var following = b + 1 < batches.Count ? batches[b + 1] : default;
            next = ahead && b + 1 < batches.Count ? Task.Run(() => Batched(following)) : null;
            foreach (var run in runs)
            {
                yield return run;
            }
        }
    }

    private Placed[] Batched((DocKind Kind, int Start) batch)
    {
        var (kind, start) = batch;
        var runs = new Placed[Math.Min(Batch, layout.Groups.Count - start)];
        Parallel.For(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i => runs[i] = OfGroup(kind, start + i));
        return runs;
    }

    /// <summary>
    /// One disclosure's run of <paramref name="kind"/>, from the cache when its inputs are unchanged. A run is kept only
    /// when every one of its pages was rendered, and taken only when every page it holds is rendered now: then it
    /// is the run this build would make (the same inputs give the same pages).
    /// </summary>
    private Placed OfGroup(DocKind kind, int g)
    {
        var d = layout.Groups[g];
        var u = layout.UnitIndex[d.UnitId];
        var key = Cached is { } cached ? cached.Key(kind, d) : null;
        if (key is not null && Cached!.Cache.TryGet(key) is { } hit && hit.Files.All(indexed))
        {
            return new Placed(kind, u, g, hit);
        }

        var pages = IndexPages.OfGroup(kind, layout, g).ToList();
        var kept = pages.Where(p => indexed(p.Url)).ToList();
        var run = Split(kept);
        if (key is not null && kept.Count == pages.Count)
        {
            Cached!.Cache.Store(key, run);
        }

        return new Placed(kind, u, g, run);
    }

    private IndexRun Split(List<IndexPage> pages)
    {
        var passages = pages.SelectMany(PassageSplitter.Split).ToList();
        var links = Neighbours(passages, (a, b) => a.Page.Url == b.Page.Url && a.Page.Anchor == b.Page.Anchor);
        var same = Neighbours(passages, (a, b) => a.Page.Url == b.Page.Url);
        var json = new byte[passages.Count][];
        for (var i = 0; i < passages.Count; i++)
        {
            json[i] = PassageJson.Write(passages[i], layout, links[i], same[i]);
        }

        return IndexRun.Of(json, [.. passages.Select(SearchIndexBuilder.Terms)], [.. pages.Select(p => p.Url).Distinct()]);
    }

    /// <summary>For each passage, how many passages right before and after it are the same (link, or page).</summary>
    private static (int Before, int After)[] Neighbours(List<Passage> passages, Func<Passage, Passage, bool> same)
    {
        var result = new (int Before, int After)[passages.Count];
        for (var i = 1; i < passages.Count; i++)
        {
            result[i].Before = same(passages[i - 1], passages[i]) ? result[i - 1].Before + 1 : 0;
        }

        for (var i = passages.Count - 2; i >= 0; i--)
        {
            result[i].After = same(passages[i], passages[i + 1]) ? result[i + 1].After + 1 : 0;
        }

        return result;
    }

    /// <summary>A run with its place in the index (counts in map.bin are by kind, unit and group).</summary>
    private sealed record Placed(DocKind Kind, int Unit, int Group, IndexRun Data);
}
