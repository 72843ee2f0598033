using Gongkai.Cache;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Tests.Support;
using Gongkai.Validate;

namespace Gongkai.Tests.Cache;

/// <summary>
/// Issue 14: a build parses only the units whose files changed; every other unit comes from
/// .gongkai-cache/units/ with the diagnostics its files load to, and the result equals a load without the cache.
/// </summary>
public sealed class UnitModelCacheTests : IDisposable
{
    private const string ThreePublic = "content/units/changji-science-bureau/2025/tables/three-public.yml";

    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_second_load_reads_every_unit_from_the_cache_and_reports_what_a_plain_load_reports()
    {
        // A load diagnostic to carry (the real content loads without any): an entry the year folder may not hold.
        _site.Write("content/units/changji-science-bureau/2025/notes.txt", "备注");
        var units = Directory.GetDirectories(_site.Path("content/units")).Length;
        var (_, first, firstHits) = LoadCached();
        var (content, second, secondHits) = LoadCached();

        Assert.Equal(0, firstHits);
        Assert.Equal(units, secondHits);
        Assert.Equal(units, Directory.GetFiles(_site.Path(".gongkai-cache/units"), "*.bin").Length);
        var (plain, plainDiagnostics) = LoadPlain();
        Assert.Equal(plainDiagnostics, first);
        Assert.Equal(plainDiagnostics, second);
        Assert.Equal(plain.Units.Select(u => u.Id), content.Units.Select(u => u.Id));
        Assert.Contains(plainDiagnostics, d => d.Contains("notes.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_amount_is_parsed_again_and_the_other_units_are_not()
    {
        LoadCached();
        _site.Replace(ThreePublic, "公务接待费, level: 0, total: 0.48, general: 0.48", "公务接待费, level: 0, total: 0.49, general: 0.49");

        var (content, diagnostics, hits) = LoadCached();

        Assert.Equal(Directory.GetDirectories(_site.Path("content/units")).Length - 1, hits);
        var row = content.Units.Single(u => u.Id == "changji-science-bureau").Disclosures[0].Tables.Single(t => t.Id == "three-public").AllRows.Single(r => r.Name == "公务接待费");
        Assert.Equal(0.49m, row["total"]!.Value);
        Assert.Equal(LoadPlain().Diagnostics, diagnostics);
    }

    [Fact]
    public void A_new_empty_year_folder_is_seen_although_no_file_changed()
    {
        LoadCached();
        Directory.CreateDirectory(_site.Path("content/units/changji-science-bureau/2027"));

        var (_, diagnostics, _) = LoadCached();

        Assert.Contains(diagnostics, d => d.StartsWith($"content/units/changji-science-bureau/2027:1:1: error {DiagnosticCodes.MissingFile}", StringComparison.Ordinal));
        Assert.Equal(LoadPlain().Diagnostics, diagnostics);
    }

    [Fact]
    public void A_unit_holding_a_link_is_never_taken_from_the_cache()
    {
        LoadCached();
        File.CreateSymbolicLink(_site.Path("content/units/changji-science-bureau/2025/tables/linked.yml"), _site.Path(ThreePublic));

        var (_, first, firstHits) = LoadCached();
        var (_, second, secondHits) = LoadCached();

        var units = Directory.GetDirectories(_site.Path("content/units")).Length;
        Assert.Equal(units - 1, firstHits);
        Assert.Equal(units - 1, secondHits);
        Assert.Contains(second, d => d.StartsWith($"content/units/changji-science-bureau/2025/tables/linked.yml:1:1: error {DiagnosticCodes.NotRegularFile}", StringComparison.Ordinal));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_damaged_entry_is_ignored_and_written_again()
    {
        LoadCached();
        var entry = _site.Path(".gongkai-cache/units/changji-science-bureau.bin");
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);
        var other = _site.Path(".gongkai-cache/units/changji-hitech-zone.bin");
        File.WriteAllBytes(other, [.. File.ReadAllBytes(other).Take(40), .. Enumerable.Repeat((byte)0xFF, 64)]);

        var (_, diagnostics, hits) = LoadCached();

        Assert.Equal(Directory.GetDirectories(_site.Path("content/units")).Length - 2, hits);
        Assert.Equal(LoadPlain().Diagnostics, diagnostics);
        Assert.Equal(bytes, File.ReadAllBytes(entry));
    }

    [Fact]
    public void Nothing_is_written_before_the_build_commits()
    {
        var cache = UnitModelCache.Open(_site.Root);
        ContentLoader.Load(_site.Root, new DiagnosticBag(), cache);

        Assert.False(Directory.Exists(_site.Path(BuildCache.FolderName)));
    }

    [Fact]
    public void A_change_to_the_table_kinds_loads_every_unit_again()
    {
        LoadCached();
        File.AppendAllText(_site.Path(TableKindLoader.FileName), "\n# 注释\n");

        var (_, _, hits) = LoadCached();

        Assert.Equal(0, hits);
    }

    [Fact]
    public void Whether_the_seed_text_exists_is_looked_up_on_every_load()
    {
        var (before, _, _) = LoadCached();
        var disclosure = before.Units.Single(u => u.Id == "changji-science-bureau").Disclosures[0];
        Assert.False(disclosure.SeedPresent);
        Directory.CreateDirectory(_site.Path("seeds"));
        File.Copy(Repo.Path($"seeds/{disclosure.Seed}"), _site.Path($"seeds/{disclosure.Seed}"));

        var (after, _, hits) = LoadCached();

        Assert.Equal(Directory.GetDirectories(_site.Path("content/units")).Length, hits);
        Assert.True(after.Units.Single(u => u.Id == "changji-science-bureau").Disclosures[0].SeedPresent);
    }

    [Fact]
    public void The_entry_of_a_removed_unit_is_deleted()
    {
        LoadCached();
        Directory.Delete(_site.Path("content/units/changji-hitech-zone"), recursive: true);

        LoadCached();

        Assert.False(File.Exists(_site.Path(".gongkai-cache/units/changji-hitech-zone.bin")));
        Assert.True(File.Exists(_site.Path(".gongkai-cache/units/changji-science-bureau.bin")));
    }

    [Fact]
    public void A_linked_cache_folder_is_neither_read_nor_written()
    {
        var elsewhere = Directory.CreateTempSubdirectory("gongkai-elsewhere-").FullName;
        try
        {
            Directory.CreateSymbolicLink(_site.Path(BuildCache.FolderName), elsewhere);

            var (_, diagnostics, hits) = LoadCached();
            LoadCached();

            Assert.Equal(0, hits);
            Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
            Assert.Equal(LoadPlain().Diagnostics, diagnostics);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void A_second_build_takes_every_unit_s_findings_from_the_cache_and_reports_what_a_plain_check_reports()
    {
        var units = Directory.GetDirectories(_site.Path("content/units")).Length;
        var (first, _, firstChecks) = LoadAndCheck();
        var (second, hits, checks) = LoadAndCheck();

        Assert.Equal(0, firstChecks);
        Assert.Equal(units, hits);
        Assert.Equal(units, checks);
        var plain = CheckPlain();
        Assert.Equal(plain, first);
        Assert.Equal(plain, second);

        // The real content's findings, acknowledged ones included: the comparison has something to compare.
        Assert.Contains(plain, d => d.Contains(" GK2", StringComparison.Ordinal) && d.EndsWith("| acknowledged", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_amount_is_checked_again_and_its_new_finding_reported()
    {
        LoadAndCheck();
        _site.Replace(ThreePublic, "公务接待费, level: 0, total: 0.48, general: 0.48", "公务接待费, level: 0, total: 0.58, general: 0.58");

        var (found, _, checks) = LoadAndCheck();

        Assert.Equal(Directory.GetDirectories(_site.Path("content/units")).Length - 1, checks);
        Assert.Equal(CheckPlain(), found);
        Assert.Contains(found, d => d.StartsWith(ThreePublic, StringComparison.Ordinal) && d.Contains("error", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_to_the_catalogue_checks_every_unit_again_without_parsing_it_again()
    {
        LoadAndCheck();
        File.AppendAllText(_site.Path("content/classification/functional.yml"), "\n# 注释\n");

        var (found, hits, checks) = LoadAndCheck();

        Assert.Equal(Directory.GetDirectories(_site.Path("content/units")).Length, hits);
        Assert.Equal(0, checks);
        Assert.Equal(CheckPlain(), found);
    }

    [Fact]
    public void The_folder_the_load_read_is_handed_to_the_page_keys_with_every_file_and_a_key_that_follows_the_bytes()
    {
        const string unit = "changji-science-bureau";
        var cache = UnitModelCache.Open(_site.Root);
        ContentLoader.Load(_site.Root, new DiagnosticBag(), cache);
        var tree = cache.Tree(unit)!;

        var expected = RepoFiles.Tree(_site.Path($"content/units/{unit}"), $"content/units/{unit}", new DiagnosticBag()).Select(f => $"content/units/{unit}/{f}");
        Assert.Equal(expected, tree.Files);
        Assert.Contains(ThreePublic, tree.Files);

        _site.Replace(ThreePublic, "total: 0.48", "total: 0.49");
        var again = UnitModelCache.Open(_site.Root);
        ContentLoader.Load(_site.Root, new DiagnosticBag(), again);
        Assert.NotEqual(tree.Key, again.Tree(unit)!.Key);
        Assert.Equal(cache.Tree("changji-hitech-zone")!.Key, again.Tree("changji-hitech-zone")!.Key);
    }

    private (IReadOnlyList<string> Diagnostics, int Hits, int CheckHits) LoadAndCheck()
    {
        var cache = UnitModelCache.Open(_site.Root);
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(_site.Root, bag, cache);
        Validator.Run(content, [.. content.Disclosures], bag, cache);
        cache.Commit([.. content.Units.Select(u => u.Id)]);
        return (Describe(bag), cache.Hits, cache.CheckHits);
    }

    private IReadOnlyList<string> CheckPlain()
    {
        var bag = new DiagnosticBag();
        Validator.Run(ContentLoader.Load(_site.Root, bag), bag);
        return Describe(bag);
    }

    private (SiteContent Content, IReadOnlyList<string> Diagnostics, int Hits) LoadCached()
    {
        var cache = UnitModelCache.Open(_site.Root);
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(_site.Root, bag, cache);
        cache.Commit([.. content.Units.Select(u => u.Id)]);
        return (content, Describe(bag), cache.Hits);
    }

    private (SiteContent Content, IReadOnlyList<string> Diagnostics) LoadPlain()
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(_site.Root, bag);
        return (content, Describe(bag));
    }

    private static IReadOnlyList<string> Describe(DiagnosticBag bag) =>
        [.. bag.Sorted().Select(d => $"{d} | {d.Table} | {string.Join(',', d.Row)} | {d.Column} | {d.Quote} | {d.Figure} | {string.Join(',', d.AlsoIn)} | {(d.AcknowledgedNote is null ? "" : "acknowledged")}")];
}
