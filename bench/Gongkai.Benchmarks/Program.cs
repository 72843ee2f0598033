using System.Diagnostics;
using Gongkai.Benchmarks;
using Gongkai.BrowserTests.Support;
using Gongkai.Build;
using Gongkai.Index;
using Gongkai.Render;
using Microsoft.Playwright;

// The search benchmark: builds the five-unit site and a generated one, indexes both with our Index stage and with
// Pagefind, then runs the same queries in headless Chromium and prints build time, index size, bytes per query
// and recall side by side. Usage: bench/search-bench.sh [--units 1000] [--pagefind 1.6.0] [--work DIR] [--keep]
// Other modes: "scale" (bench/scale-bench.sh), "stage-run ROOT OUT" (one timed build, its child process) and
// "generate N ROOT" (a generated site of N unit-years to profile by hand) and "fast-path ROOT" (the preview's
// one-unit update, timed in process) and "preview ROOT" (the scale benchmark's preview latency alone).
if (args is ["generate", var generateUnits, var generateRoot])
{
    Gongkai.Benchmarks.SiteGenerator.Generate(FindRepo(), generateRoot, int.Parse(generateUnits, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["stage-run", var stageRoot, var stageOut])
{
    return Gongkai.Benchmarks.Scale.StageRun.Run(stageRoot, stageOut);
}

if (args is ["fast-path", var fastRoot])
{
    return Gongkai.Benchmarks.Scale.FastPathProbe.Run(fastRoot);
}

if (args is ["preview", var previewRoot])
{
    // The scale benchmark's preview latency alone, on an existing site (to repeat it without the full builds).
    var cli = Path.Combine(FindRepo(), "src", "Gongkai.Cli", "bin", "Release", "net10.0", "Gongkai.Cli.dll");
    var latency = Gongkai.Benchmarks.Scale.PreviewLatency.Measure(cli, Path.GetFullPath(previewRoot), 18999);
    Console.WriteLine(latency is var (first, second) ? $"{first:F0} ms / {second:F0} ms" : "no new number seen");
    return latency is null ? 1 : 0;
}

if (args is ["index-probe", var probeUnits, var probeWork])
{
    return IndexProbe.Run(int.Parse(probeUnits, System.Globalization.CultureInfo.InvariantCulture), probeWork, FindRepo());
}

if (args is ["scale", ..])
{
    return Gongkai.Benchmarks.Scale.ScaleBench.Run(args[1..], FindRepo());
}

var options = Options.Parse(args);
var repo = FindRepo();
var work = options.Work ?? Directory.CreateTempSubdirectory("gongkai-bench-").FullName;
Console.Error.WriteLine($"work folder: {work}");
var pagefind = new PagefindRunner(Path.Combine(work, "npm"), options.PagefindVersion);
pagefind.Install();

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
var reports = new List<string>();
foreach (var (name, units) in new[] { ("五个单位（真实内容）", 0), ($"{options.Units} 个单位（生成）", options.Units) })
{
    var root = Path.Combine(work, units == 0 ? "five" : $"gen{units}");
    if (units == 0)
    {
        SiteGenerator.CopyReal(repo, root);
    }
    else
    {
        Console.Error.WriteLine($"generating {units} units …");
        SiteGenerator.Generate(repo, root, units);
    }

    reports.Add(await Measure(name, root));
}

Console.WriteLine(string.Join("\n", reports));
if (!options.Keep && options.Work is null)
{
    Directory.Delete(work, recursive: true);
}

return 0;

async Task<string> Measure(string name, string root)
{
    var site = Path.Combine(root, "_site");
    Console.Error.WriteLine($"[{name}] loading and rendering …");
    var (content, diagnostics) = BuildPipeline.Check(root);
    if (diagnostics.Any(d => d.IsBlocking))
    {
        throw new InvalidOperationException($"{root} does not validate: {diagnostics.First(d => d.IsBlocking).Message}");
    }

    var files = SiteRenderer.Render(content, diagnostics, root);
    var times = new List<double>();
    List<Gongkai.Write.OutputFile> index = [];
    for (var run = 0; run < 3; run++)
    {
        var clock = Stopwatch.StartNew();
        index = [.. SearchIndexBuilder.Build(content, files)];
        times.Add(clock.Elapsed.TotalSeconds);
    }

    var buildTime = times.Order().ElementAt(1);
    Console.Error.WriteLine($"[{name}] writing {files.Count + index.Count} files …");
    Gongkai.Write.SiteWriter.Write(site, [.. files, .. index]);
    var ours = IndexStats.Of(Path.Combine(site, "search-index"));

    Console.Error.WriteLine($"[{name}] pagefind …");
    var (pfWall, pfReported) = pagefind.Index(site);
    var pfDir = Path.Combine(site, "pagefind");
    static bool IsUi(string f) => Path.GetFileName(f).Contains("-ui", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("pagefind-highlight", StringComparison.Ordinal);
    static bool IsRuntime(string f) => f.EndsWith(".js", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("wasm.", StringComparison.Ordinal);
    var pfData = IndexStats.Of(pfDir, f => !IsUi(f) && !IsRuntime(f));
    var pfRuntime = IndexStats.Of(pfDir, f => !IsUi(f) && IsRuntime(f) && !f.EndsWith("pagefind-worker.js", StringComparison.Ordinal));
    var fragments = PagefindRunner.FragmentUrls(site);

    Console.Error.WriteLine($"[{name}] ground truth …");
    var truth = GroundTruth.Read(site);
    await using var host = await StaticSite.StartAsync(site);
    var meter = new BrowserMeter(browser, host, site);
    var measures = new List<QueryMeasure>();
    foreach (var query in BenchQueries.All)
    {
        Console.Error.WriteLine($"[{name}] {query}");
        var expected = truth.Matching(query);
        var (bytes, gzip, requests, _) = await meter.OursAsync(query);
        var ourPages = meter.OurPages(query);
        var (data, runtime, pfRequests, ids, _) = await meter.PagefindAsync(query);
        var pfPages = ids.Select(id => fragments.GetValueOrDefault(id, "?")).ToHashSet(StringComparer.Ordinal);
        measures.Add(new QueryMeasure(
            query, expected.Count,
            bytes, gzip, requests, ourPages.Count, Recall(expected, ourPages), Misses(expected, ourPages),
            data, runtime, pfRequests, pfPages.Count, Recall(expected, pfPages), Misses(expected, pfPages)));
    }

    return Report.Site(name, content.Units.Count, files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), truth.Pages, buildTime, ours, pfWall, pfReported, pfData, pfRuntime, pagefind.Version, measures);
}

static double? Recall(HashSet<string> expected, HashSet<string> found) =>
    expected.Count == 0 ? null : expected.Count(found.Contains) / (double)expected.Count;

static List<string> Misses(HashSet<string> expected, HashSet<string> found) =>
    [.. expected.Where(e => !found.Contains(e)).Order(StringComparer.Ordinal)];

static string FindRepo()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Build.sln")))
            {
                return dir.FullName;
            }
        }
    }

    throw new InvalidOperationException("run from inside the repository (Build.sln not found)");
}
