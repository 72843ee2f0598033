using System.Security.Cryptography;
using System.Text;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// Writes the index in one pass over the passages in index order (kind, then group), keeping only postings (as
/// varint gaps) and the counts map.bin needs: passage text goes into a pack as soon as it is numbered and leaves
/// memory with it. The terms of a batch of disclosures are computed in parallel, then added in order, so the
/// output does not depend on scheduling. Files come out as they are made; meta.json, last, names the hash of all.
/// </summary>
internal sealed class IndexAssembler(SiteContent content, IndexLayout layout, Func<IndexPage, bool> indexed)
{
    /// <summary>Disclosures whose terms are computed together: enough for both cores, little held at once.</summary>
    private const int Batch = 64;

    public IEnumerable<OutputFile> Files()
    {
        var postings = new Dictionary<string, PostingList>(StringComparer.Ordinal);
        var counts = new Dictionary<(DocKind, int, int), int>();
        var packer = new PassagePacker();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var doc = 0;

        OutputFile Hashed(OutputFile file)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(file.Content);
            return file;
        }

        foreach (var run in Runs())
        {
            var links = Neighbours(run.Passages, (a, b) => a.Page.Url == b.Page.Url && a.Page.Anchor == b.Page.Anchor);
            var pages = Neighbours(run.Passages, (a, b) => a.Page.Url == b.Page.Url);
            for (var i = 0; i < run.Passages.Count; i++)
            {
                var passage = run.Passages[i];
                var key = (passage.Page.Kind, passage.Page.Unit, passage.Page.Group);
                counts[key] = counts.GetValueOrDefault(key) + 1;
                foreach (var (term, weight) in run.Terms[i])
                {
                    if (!postings.TryGetValue(term, out var list))
                    {
                        postings[term] = list = new PostingList();
                    }

                    list.Add(doc, weight);
                }

                if (packer.Add(PassageJson.Write(passage, layout, links[i], pages[i]), runStart: i == 0) is { } pack)
                {
                    yield return Hashed(pack);
                }

                doc++;
            }
        }

        if (packer.Flush() is { } last)
        {
            yield return Hashed(last);
        }

        var dictionary = TermShards.Write(postings, out var shards);
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
    private IEnumerable<Run> Runs()
    {
        foreach (var run in IndexPages.SiteWide(content, layout).Where(indexed).GroupBy(p => (p.Kind, p.Unit, p.Group)))
        {
            yield return Split(run);
        }

        // The next batch's terms are computed while this one is numbered and packed (one thread, about a third of
        // the stage in the profile), so that serial part no longer leaves the other core idle; at most two batches are held.
        var batches = IndexPages.GroupKinds.SelectMany(kind => Enumerable.Range(0, (layout.Groups.Count + Batch - 1) / Batch).Select(b => (kind, b * Batch))).ToList();
        var next = batches.Count > 0 ? Task.Run(() => Batched(batches[0])) : null;
        for (var b = 0; b < batches.Count; b++)
        {
            var runs = next!.GetAwaiter().GetResult();
            var following = b + 1 < batches.Count ? batches[b + 1] : default;
            next = b + 1 < batches.Count ? Task.Run(() => Batched(following)) : null;
            foreach (var run in runs)
            {
                yield return run;
            }
        }
    }

    private Run[] Batched((DocKind Kind, int Start) batch)
    {
        var (kind, start) = batch;
        var runs = new Run[Math.Min(Batch, layout.Groups.Count - start)];
        Parallel.For(0, runs.Length, i => runs[i] = Split(IndexPages.OfGroup(kind, layout, start + i).Where(indexed)));
        return runs;
    }

    private static Run Split(IEnumerable<IndexPage> pages)
    {
        var passages = pages.SelectMany(PassageSplitter.Split).ToList();
        return new Run(passages, [.. passages.Select(SearchIndexBuilder.Terms)]);
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

    private sealed record Run(List<Passage> Passages, (string Term, int Weight)[][] Terms);
}
