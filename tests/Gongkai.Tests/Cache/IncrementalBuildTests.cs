using System.Text.RegularExpressions;
using Gongkai.Build;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cache;

/// <summary>
/// An incremental build (build cache on, into the same output) equals a clean full build byte for byte, after each
/// step of a seeded random series of edits, additions and deletions of units, years, tables, prose and templates.
/// </summary>
public sealed partial class IncrementalBuildTests
{
    [Fact]
    public void EveryIncrementalBuildEqualsACleanBuild()
    {
        using var site = new SiteCopy();
        var incremental = site.Path("_site");
        var random = new Random(14);
        var added = new List<string>();
        var reused = 0;
        var linked = 0;
        var unparsed = 0;
        var runs = 0;

        var first = BuildPipeline.Run(new BuildOptions(site.Root));
        Assert.Equal(0, first.ExitCode);
        for (var step = 0; step < 10; step++)
        {
            var before = SiteCopy.Fingerprint(incremental);
            var done = Mutate(site, random, step, added, out var undo);
            var result = BuildPipeline.Run(new BuildOptions(site.Root));
            if (undo is not null)
            {
                // A build that fails leaves the previous site untouched; the mutation is then undone.
                Assert.Equal(1, result.ExitCode);
                Assert.Equal(before, SiteCopy.Fingerprint(incremental));
                undo();
                result = BuildPipeline.Run(new BuildOptions(site.Root));
            }

            Assert.True(result.ExitCode == 0, $"step {step} ({done}): {string.Join("\n", result.Diagnostics.Where(d => d.IsBlocking))}");
            reused += result.Stages!.Reused;
            linked += result.Stages.Linked;
            unparsed += result.Stages.UnitsReused;
            runs += result.Stages.RunsReused;

            var clean = site.Path($"clean-{step}");
            var cleanResult = BuildPipeline.Run(new BuildOptions(site.Root, clean, NoCache: true));
            Assert.Equal(0, cleanResult.ExitCode);
            Assert.Equal(cleanResult.Diagnostics.Select(d => $"{d} {d.AcknowledgedNote}"), result.Diagnostics.Select(d => $"{d} {d.AcknowledgedNote}"));
            Assert.True(SiteCopy.Fingerprint(clean) == SiteCopy.Fingerprint(incremental), $"step {step} ({done}): incremental build differs from a clean build");
            Directory.Delete(clean, recursive: true);
        }

        // The cache was used, not just bypassed: unit-years were replayed and unchanged files linked.
        Assert.True(reused > 0, "no unit-year was replayed from the cache");
        Assert.True(linked > 0, "no unchanged file was hard-linked");
        Assert.True(unparsed > 0, "no unit's model was read from the cache");
        Assert.True(runs > 0, "no index run was read from the cache");
    }

    [Fact]
    public void AnUnchangedPageKeepsItsFileAndAnEditedOneIsRewritten()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        var other = site.Path("_site/units/urumqi-tech-transfer-center/2024/index.html");
        var edited = site.Path("_site/units/changji-science-bureau/2025/tables/three-public/index.html");
        var otherTime = File.GetLastWriteTimeUtc(other);
        var editedText = File.ReadAllText(edited);
        Thread.Sleep(20); // mtime granularity: a rewritten file must be able to get a later time

        site.Replace("content/units/changji-science-bureau/2025/disclosure.yml", "\npublisher: ", "\npublisher: （增量）");
        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(otherTime, File.GetLastWriteTimeUtc(other));
        Assert.Contains("（增量）", File.ReadAllText(edited), StringComparison.Ordinal);
        Assert.DoesNotContain("（增量）", editedText, StringComparison.Ordinal);
        Assert.True(result.Stages!.Reused >= 1);
    }

    /// <summary>
    /// An amount's published text (its decimals) edited: the code page and region page that show it are rendered
    /// again, while the site-wide pages that do not are replayed; the result equals a clean build.
    /// </summary>
    [Theory]
    [InlineData("content/units/changji-science-bureau/2025/tables/general-budget.yml", "code: \"2060404\", name: 科技成果转化与扩散, total: 14.00, project: 14.00", "total: 14.0, project: 14.0", "codes/functional/2060404/index.html")]
    [InlineData("content/units/urumqi-sti-info-center/2026/tables/expenditure-summary.yml", "code: \"215\", name: 资源勘探工业信息等支出, total: 4.80, project: 4.80", "total: 4.8, project: 4.8", "regions/urumqi/2026/index.html")]
    public void AnEditedAmountIsRenderedOnTheSiteWidePagesThatShowIt(string table, string row, string amounts, string page)
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        var before = File.ReadAllBytes(site.Path("_site/" + page));

        site.Replace(table, row, row[..row.IndexOf("total: ", StringComparison.Ordinal)] + amounts);
        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.Equal(0, result.ExitCode);
        Assert.NotEqual(before, File.ReadAllBytes(site.Path("_site/" + page)));
        var unitYears = Directory.GetDirectories(site.Path("content/units")).Sum(u => Directory.GetDirectories(u).Length);
        Assert.True(result.Stages!.Reused > unitYears, $"{result.Stages.Reused} groups replayed: no site-wide page group was");
        var clean = site.Path("clean");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root, clean, NoCache: true)).ExitCode);
        Assert.True(SiteCopy.Fingerprint(clean) == SiteCopy.Fingerprint(site.Path("_site")), "incremental build differs from a clean build");
    }

    [Fact]
    public void ACorruptCacheIsIgnored()
    {
        using var site = new SiteCopy();
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(site.Root)).ExitCode);
        var expected = SiteCopy.Fingerprint(site.Path("_site"));
        var cache = Directory.GetFiles(site.Path(Gongkai.Cache.BuildCache.FolderName));
        Assert.NotEmpty(cache);
        foreach (var file in cache)
        {
            File.WriteAllText(file, $"{Gongkai.Cache.BuildCache.Header}\nF\tnot a hash\n\0\0garbage\tG\n");
        }

        var result = BuildPipeline.Run(new BuildOptions(site.Root));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.Stages!.Reused);
        Assert.Equal(expected, SiteCopy.Fingerprint(site.Path("_site")));
    }

    private static readonly string[] RealUnits = ["changji-science-bureau", "urumqi-sti-info-center", "urumqi-tech-transfer-center"];

    /// <summary>One random change; returns what it did. <paramref name="undo"/> is set when the build must fail until it is called.</summary>
    private static string Mutate(SiteCopy site, Random random, int step, List<string> added, out Action? undo)
    {
        undo = null;
        var units = Directory.GetDirectories(site.Path("content/units")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var unit = units[random.Next(units.Count)]!;
        var year = Directory.GetDirectories(site.Path($"content/units/{unit}")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!;
        var folder = $"content/units/{unit}/{year}";
        switch (random.Next(8))
        {
            case 0:
            {
                site.Replace($"{folder}/disclosure.yml", "\npublisher: ", $"\npublisher: 第{step}次");
                return $"publisher of {folder}";
            }

            case 1:
            {
                var tables = Directory.GetFiles(site.Path($"{folder}/tables")).Order(StringComparer.Ordinal).ToList();
                var table = Path.GetRelativePath(site.Root, tables[random.Next(tables.Count)]);
                site.Replace(table, "\ntitle: ", $"\ntitle: 修订{step}");
                return $"title of {table}";
            }

            case 2:
            {
                // A real unit copied under a new id (a leaf: no other unit names it as parent).
                var from = RealUnits[random.Next(RealUnits.Length)];
                var id = $"copy-{step}";
                CopyUnit(site, from, id);
                added.Add(id);
                return $"unit {id} added";
            }

            case 3 when added.Count > 0:
            {
                var id = added[random.Next(added.Count)];
                added.Remove(id);
                Directory.Delete(site.Path($"content/units/{id}"), recursive: true);
                return $"unit {id} deleted";
            }

            case 4:
            {
                var template = random.Next(2) == 0 ? "templates/table.hbs" : "templates/partials/findings.hbs";
                File.AppendAllText(site.Path(template), $"<!-- step {step} -->\n");
                return $"template {template}";
            }

            case 5:
            {
                File.AppendAllText(site.Path($"{folder}/explanations.md"), $"\n\n第{step}次补充说明。\n");
                return $"explanations of {folder}";
            }

            case 6:
            {
                // An amount's decimals: shown on the code pages (表3, 表5) and, for a 类 row of 表3, on the region page.
                var table = $"{folder}/tables/{(random.Next(2) == 0 ? "general-budget" : "expenditure-summary")}.yml";
                var match = Amount().Matches(site.Read(table)).ElementAtOrDefault(random.Next(8));
                if (match is null)
                {
                    return $"no amount to edit in {table}";
                }

                site.Replace(table, match.Value, match.Groups["short"].Value + ",");
                return $"amount {match.Value} in {table}";
            }

            default:
            {
                // A required table deleted: the build fails and must leave the site as it was.
                var table = $"{folder}/tables/three-public.yml";
                var text = site.Read(table);
                File.Delete(site.Path(table));
                undo = () => site.Write(table, text);
                return $"deleted {table}";
            }
        }
    }

    private static void CopyUnit(SiteCopy site, string from, string id)
    {
        foreach (var file in Directory.GetFiles(site.Path($"content/units/{from}"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Path($"content/units/{from}"), file);
            var text = File.ReadAllText(file);
            text = UnitLine().Replace(text, $"unit: {id}");
            site.Write($"content/units/{id}/{relative}", text);
        }
    }

    /// <summary>A coded row's amount with a trailing zero ("total: 4.80,"), the same value without it in "short".</summary>
    [GeneratedRegex(@"(?<short>code: ""[0-9]+"", name: [^,]+, total: [0-9]+\.[0-9]+?)0,")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^unit:.*$", RegexOptions.Multiline)]
    private static partial Regex UnitLine();
}
