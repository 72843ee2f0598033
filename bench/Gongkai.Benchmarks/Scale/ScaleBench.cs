using System.Globalization;
using System.Text;

namespace Gongkai.Benchmarks.Scale;

/// <summary>
/// The scale benchmark (bench/scale-bench.sh): per size, a generated site of N unit-years and Hugo's equivalent
/// page set, built one after the other in the same run (the machine's load affects both alike), each in a child
/// process under /usr/bin/time. Prints and writes a Markdown table.
/// </summary>
internal static class ScaleBench
{
    public static int Run(string[] args, string repo)
    {
        var options = ScaleOptions.Parse(args, repo);
        var work = options.Work ?? Directory.CreateTempSubdirectory("gongkai-scale-").FullName;
        Console.Error.WriteLine($"work folder: {work}");
        var self = typeof(ScaleBench).Assembly.Location;
        var dotnet = Environment.ProcessPath!;
        var cli = Path.Combine(repo, "src", "Gongkai.Cli", "bin", "Release", "net10.0", "Gongkai.Cli.dll");
        var rows = new List<string>();
        foreach (var n in options.Sizes)
        {
            var site = Path.Combine(work, $"gk{n}");
            var hugo = Path.Combine(work, $"hugo{n}");
            if (!Directory.Exists(site))
            {
                Console.Error.WriteLine($"[{n}] generating {n} unit-years …");
                SiteGenerator.Generate(repo, site, n);
            }

            if (!Directory.Exists(hugo))
            {
                HugoSite.Generate(hugo, n);
            }

            // A clean full build: no previous site, no cache.
            DeleteIfThere(Path.Combine(site, "_site"));
            DeleteIfThere(Path.Combine(site, Gongkai.Cache.BuildCache.FolderName));
            Console.Error.WriteLine($"[{n}] gongkai …");
            var ours = ChildRun.Run(Path.Combine(site, "_site"), "search-index", dotnet, self, "stage-run", site, Path.Combine(site, "_site"));
            Console.Error.WriteLine($"[{n}] hugo …");
            var theirs = ChildRun.Run(Path.Combine(hugo, "public"), "-", "/usr/bin/hugo", "--quiet", "-s", hugo, "-d", Path.Combine(hugo, "public"));

            // One edited number, then `build` again on the same output with the cache the full build left; then the
            // same for one edited table amount (it also changes the site's data downloads).
            Console.Error.WriteLine($"[{n}] incremental …");
            var incremental = Incremental(OneEdit.Staffing(site, 86420), site, dotnet, self);
            Console.Error.WriteLine($"[{n}] incremental, one amount …");
            var amount = Incremental(OneEdit.Amount(site), site, dotnet, self);

            (double First, double Second)? preview = null;
            if (options.Preview)
            {
                Console.Error.WriteLine($"[{n}] preview …");
                preview = PreviewLatency.Measure(cli, site, 18000 + (n % 1000));
            }

            var row = Row(n, ours, theirs, incremental, amount, preview);
            Console.WriteLine(row);
            rows.Add(row);
            DeleteIfThere(Path.Combine(site, "_site"));
            DeleteIfThere(Path.Combine(hugo, "public"));
        }

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"## {options.Label}{(options.Label.Length > 0 ? " — " : "")}{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores\n\n")
            .Append(Header)
            .AppendJoin("\n", rows)
            .Append('\n')
            .ToString();
        Console.WriteLine(text);
        // Each run adds its section, so before/after tables of several runs stay side by side.
        if (File.Exists(options.Results))
        {
            File.AppendAllText(options.Results, "\n" + text);
        }
        else
        {
            File.WriteAllText(options.Results, Intro + text);
        }
        return 0;
    }

    private const string Intro = """
        # Scale benchmark / 规模基准

        Produced by `bench/scale-bench.sh [--sizes 250,1000]`: generated sites (the five real units copied under new
        ids, one year each), built in a child process (Release) under `/usr/bin/time -v`, interleaved with Hugo's
        equivalent page set (N × 13 pages, each a 25-row table through one layout with header, breadcrumbs and a
        caption) in the same run. Stages, measured inside the build: load / validate / render (pages are written to the
        staging folder as they are rendered, so this includes writing them) / index (building and writing it) / finish
        (swap and build cache; before issue 14 the fifth column was "write"). "incremental": wall time of `build` after one
        edited number (a staffing count) on the same output with the cache of the full build, with the unit-years replayed
        from the cache and the files hard-linked unchanged. "incremental, one amount": the same after one table amount of
        that unit-year is published with one more decimal place (76.4 → 76.40; a column since 2026-12-03), which
        also changes the code pages, the site's data downloads and the search index. "preview": from saving that edit to `serve` returning the page
        with the new number (polled over HTTP): the first edit / a second edit 2 s later, while the whole site is still
        being rendered again in the background.


        """;

    private const string Header =
        "| unit-years | Gongkai wall | load / validate / render / index / finish (s) | peak RSS | output files | output bytes | index files | files per unit-year | Hugo pages | Hugo wall | Hugo RSS | Gongkai/Hugo | incremental (stages; reused unit-years, linked files) | incremental, one amount (stages) | preview |\n" +
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|\n";

    private static string Row(int n, Measured ours, Measured hugo, Measured incremental, Measured amount, (double First, double Second)? preview) => string.Create(CultureInfo.InvariantCulture,
        $"| {n:N0} | {ours.Wall:F1} s | {Stages(ours)} | {Mb(ours.PeakRssKb)} | {ours.Files:N0} | {ours.Bytes / 1e6:F1} MB | {ours.IndexFiles:N0} | {ours.Files / (double)n:F1} ({ours.IndexFiles / (double)n:F1} index) | {n * HugoSite.PagesPerUnitYear:N0} | {hugo.Wall:F1} s | {Mb(hugo.PeakRssKb)} | {ours.Wall / hugo.Wall:F2} | {incremental.Wall:F2} s ({Stages(incremental)}; {Counts(incremental)}) | {amount.Wall:F2} s ({Stages(amount)}) | {(preview is { } ms ? $"{ms.First:F0} ms / {ms.Second:F0} ms" : "—")} |");

    private static string Stages(Measured m) => string.Join(" / ", m.Stages.Take(5).Select(s => s.ToString("F1", CultureInfo.InvariantCulture)));

    private static string Counts(Measured m) => m.Stages.Count >= 7 ? string.Create(CultureInfo.InvariantCulture, $"{m.Stages[5]:N0} reused, {m.Stages[6]:N0} linked{(m.Stages.Count >= 8 ? $", {m.Stages[7]:N0} units unparsed" : "")}{(m.Stages.Count >= 9 ? $", {m.Stages[8]:N0} index runs reused" : "")}{(m.Stages.Count >= 10 ? $", {m.Stages[9]:N0} files not read" : "")}") : "";

    /// <summary>Applies <paramref name="edit"/>, builds again and checks the page shows it; the edit is undone after.</summary>
    private static Measured Incremental(OneEdit edit, string site, string dotnet, string self)
    {
        using (edit)
        {
            edit.Apply();
            var measured = ChildRun.Run(Path.Combine(site, "_site"), "search-index", dotnet, self, "stage-run", site, Path.Combine(site, "_site"));
            if (!File.ReadAllText(Path.Combine(site, "_site", edit.Page, "index.html")).Contains(edit.Marker, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the incremental build does not show the edited number ({edit.Marker} on {edit.Page})");
            }

            return measured;
        }
    }

    private static void DeleteIfThere(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Mb(long kb) => kb >= 1_000_000 ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1e6:F2} GB") : string.Create(CultureInfo.InvariantCulture, $"{kb / 1e3:F0} MB");
}
