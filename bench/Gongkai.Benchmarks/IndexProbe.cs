using System.Diagnostics;
using Gongkai.Build;
using Gongkai.Index;

namespace Gongkai.Benchmarks;

/// <summary>
/// "index-probe N WORK": the index alone, without a browser or Pagefind, for tuning its layout. Generates N units
/// into WORK (once), indexes them, writes only search-index/, and prints index files per unit-year and the bytes
/// the C# twin of search.js fetches to show the first ten results of each benchmark query.
/// </summary>
internal static class IndexProbe
{
    public static int Run(int units, string work, string repo)
    {
        var root = Path.Combine(work, $"gen{units}");
        if (!File.Exists(Path.Combine(root, "site.yml")))
        {
            SiteGenerator.Generate(repo, root, units);
        }

        var (content, _) = BuildPipeline.Check(root);
        var clock = Stopwatch.StartNew();
        var index = new List<Gongkai.Write.OutputFile>();
        var passages = 0.0;
        foreach (var file in SearchIndexBuilder.Build(content, Array.Empty<Gongkai.Write.OutputFile>()))
        {
            if (passages == 0 && !file.Path.StartsWith(SearchIndexBuilder.Folder + "d/", StringComparison.Ordinal))
            {
                passages = clock.Elapsed.TotalSeconds;
            }

            index.Add(file);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"passages and packs {passages:0.0} s, dictionary and map {seconds - passages:0.0} s");
        var dir = Path.Combine(root, "_index");
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Gongkai.Write.SiteWriter.Write(dir, index);
        var unitYears = content.Disclosures.Count();
        Console.WriteLine($"unit-years {unitYears}: {index.Count} index files ({index.Count / (double)unitYears:0.00} per unit-year), {index.Sum(f => (long)f.Content.Length) / 1e6:0.0} MB, {seconds:0.0} s");
        var sizes = new List<long>();
        foreach (var query in BenchQueries.All)
        {
            var searcher = IndexSearcher.ForDirectory(Path.Combine(dir, "search-index"));
            var results = searcher.Search(query);
            var shown = searcher.Page(results, take: 10);
            var bytes = searcher.Fetched.Sum(f => (long)f.Bytes);
            sizes.Add(bytes);
            Console.WriteLine($"{query}\t{results.Hits.Count} hits\t{shown.Count} shown\t{searcher.Fetched.Count} files\t{bytes / 1000.0:0.0} kB");
        }

        Console.WriteLine($"bytes per query: mean {sizes.Average() / 1000:0.0} kB, max {sizes.Max() / 1000.0:0.0} kB");
        return 0;
    }
}
