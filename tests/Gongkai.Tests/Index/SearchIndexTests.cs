using Gongkai.Tests.Support;
using System.Text.RegularExpressions;
using Gongkai.Build;
using Gongkai.Index;

namespace Gongkai.Tests.Index;

public sealed partial class SearchIndexTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    /// <summary>Every passage of the index with its id.</summary>
    private List<(int Id, DocView Doc)> AllDocs()
    {
        var searcher = site.Searcher();
        return [.. Enumerable.Range(0, searcher.DocCount).Select(i => (i, searcher.Doc(i)))];
    }

    [Fact]
    public void Every_indexed_page_is_found_by_a_phrase_from_it()
    {
        var docs = AllDocs();
        var failures = new List<string>();
        foreach (var page in docs.GroupBy(d => d.Doc.Target))
        {
            var (phrase, _) = page.Select(d => (Phrase: Phrase(d.Doc), d.Id)).OrderByDescending(p => p.Phrase.Length).First();
            var searcher = site.Searcher();
            var results = searcher.Search(phrase);
            var targets = searcher.Page(results).Select(r => r.Target).ToHashSet(StringComparer.Ordinal);
            if (!targets.Contains(page.Key))
            {
                failures.Add($"{page.Key} ← “{phrase}”");
            }
        }

        Assert.True(failures.Count == 0, "not found:\n" + string.Join("\n", failures));
        Assert.True(docs.Select(d => d.Doc.Target).Distinct().Count() > 100);
    }

    [Fact]
    public void Every_passage_is_found_by_its_own_longest_phrase()
    {
        var searcher = site.Searcher();
        foreach (var (id, doc) in AllDocs())
        {
            var phrase = Phrase(doc);
            Assert.Contains(searcher.Search(phrase).Hits, h => h.Doc == id);
        }
    }

    [Fact]
    public void Every_content_page_of_the_site_is_indexed()
    {
        var indexed = AllDocs().Select(d => d.Doc.Url).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(site.Site, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Site, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(p => (p.StartsWith("units/", StringComparison.Ordinal) || p == "glossary/") && p != "units/" && !p.EndsWith("/tables/", StringComparison.Ordinal)) // lists of links, not content
            .ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Contains(p, indexed));
    }

    [Fact]
    public void Every_anchor_in_the_index_exists_on_its_page()
    {
        foreach (var doc in AllDocs().Select(d => d.Doc).Where(d => d.Anchor is not null).DistinctBy(d => d.Target))
        {
            var html = File.ReadAllText(Path.Combine(site.Site, doc.Url, "index.html"));
            Assert.True(html.Contains($"id=\"{doc.Anchor}\"", StringComparison.Ordinal), $"{doc.Target} has no element with that id");
        }
    }

    [Fact]
    public void The_map_agrees_with_every_passage()
    {
        var searcher = site.Searcher();
        var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.IndexDir, "meta.json"))).RootElement;
        var years = meta.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        foreach (var (id, doc) in AllDocs())
        {
            Assert.Equal(doc.Kind, searcher.Map.Kind[id]);
            Assert.Equal(doc.Year, searcher.Map.Year[id] < 0 ? null : years[searcher.Map.Year[id]]);
            Assert.Equal(doc.Unit is null, searcher.Map.Unit[id] < 0);
        }
    }

    [Fact]
    public void The_index_is_byte_identical_across_builds()
    {
        var again = Path.Combine(site.Output, "again");
        var result = BuildPipeline.Run(new BuildOptions(Repo.Root, again));
        Assert.Equal(0, result.ExitCode);
        var first = Files(site.IndexDir);
        var second = Files(Path.Combine(again, "search-index"));
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between builds");
        }
    }

    [Fact]
    public void A_table_row_is_found_by_its_amount_with_the_amount_shown()
    {
        var searcher = site.Searcher();
        var shown = searcher.Page(searcher.Search("250.00"));
        var row = shown.Select(s => s.Doc).First(d => d.Url == "units/urumqi-sti-info-center/2026/tables/general-budget-project/");
        Assert.Contains(row.Lines, l => l.Text.Contains("红山科技创新券奖补资金", StringComparison.Ordinal) && l.Detail!.Contains("250.00", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_finds_its_rows_and_a_shorter_code_finds_the_rows_below_it()
    {
        var searcher = site.Searcher();
        var exact = searcher.Page(searcher.Search("2080505")).Select(s => s.Target).ToList();
        Assert.Contains("units/changji-hitech-innovation-center/2025/tables/expenditure-summary/", exact);
        var prefix = searcher.Page(searcher.Search("20805")).Select(s => s.Target).ToList();
        Assert.Contains("units/changji-hitech-innovation-center/2025/tables/expenditure-summary/", prefix);
        Assert.True(prefix.Count >= exact.Count);
    }

    [Fact]
    public void A_glossary_term_ranks_its_definition_first()
    {
        var searcher = site.Searcher();
        var first = searcher.Page(searcher.Search("委托业务费"), take: 1).Single();
        Assert.Equal(DocKind.Glossary, first.Doc.Kind);
        Assert.Equal("委托业务费", first.Doc.Title);
    }

    [Fact]
    public void A_unit_name_ranks_the_unit_page_first()
    {
        var searcher = site.Searcher();
        var first = searcher.Page(searcher.Search("乌鲁木齐科技信息服务中心"), take: 1).Single();
        Assert.Equal("units/urumqi-sti-info-center/", first.Target);
    }

    [Fact]
    public void Exact_phrase_matches_come_before_passages_that_only_hold_its_pairs()
    {
        var searcher = site.Searcher();
        var shown = searcher.Page(searcher.Search("科技创新"));
        var firstInexact = shown.FindIndex(s => !s.Exact);
        if (firstInexact >= 0)
        {
            Assert.All(shown.Skip(firstInexact), s => Assert.False(s.Exact));
        }

        Assert.True(shown[0].Exact);
    }

    [Fact]
    public void Spacing_and_full_width_digits_in_a_query_do_not_matter()
    {
        var searcher = site.Searcher();
        var a = searcher.Search("2026年科教兴市").Hits.Select(h => h.Doc).Order().ToList();

        // A space makes two parts, which may also be on different passages of a page; passages holding both are the same.
        var b = searcher.Search("２０２６ 年科教兴市").Hits.Where(h => h.All).Select(h => h.Doc).Order().ToList();
        var c = searcher.Search("２０２６年科教兴市").Hits.Select(h => h.Doc).Order().ToList();
        Assert.NotEmpty(a);
        Assert.Equal(a, b);
        Assert.Equal(a, c);
    }

    [Fact]
    public void Words_on_different_rows_of_one_page_find_that_page()
    {
        // 2080505 and 住房公积金 are rows of the same tables, never one passage (issue 10).
        var searcher = site.Searcher();
        var results = searcher.Search("2080505 住房公积金");
        var shown = searcher.Page(results);
        Assert.Contains("units/changji-hitech-innovation-center/2025/tables/expenditure-summary/", shown.Select(s => s.Target));
        Assert.All(shown, s =>
        {
            var text = MainText(s.Doc.Url);
            Assert.True(text.Contains("2080505", StringComparison.Ordinal) && text.Contains("住房公积金", StringComparison.Ordinal), $"{s.Target} lacks a word");
        });
    }

    [Fact]
    public void Passages_holding_every_word_rank_before_those_holding_some()
    {
        var searcher = site.Searcher();
        var hits = searcher.Search("科学技术支出 2026").Hits;
        Assert.Contains(hits, h => h.All);
        Assert.Contains(hits, h => !h.All);
        var firstPartial = hits.ToList().FindIndex(h => !h.All);
        Assert.All(hits.Skip(firstPartial), h => Assert.False(h.All));
    }

    [Fact]
    public void A_page_holding_only_some_words_is_not_shown()
    {
        var searcher = site.Searcher();
        var shown = searcher.Page(searcher.Search("红山科技创新券 2080505"));

        // The innovation voucher is an Urumqi project, 2080505 rows are Changji's: no page has both.
        Assert.Empty(shown);
    }

    [Fact]
    public void Passages_are_packed_and_a_unit_year_gets_few_index_files()
    {
        var files = Directory.GetFiles(site.IndexDir, "*", SearchOption.AllDirectories);
        var packs = Directory.GetFiles(Path.Combine(site.IndexDir, "d"), "*.bin", SearchOption.AllDirectories);
        var searcher = site.Searcher();
        Assert.True(packs.Length * 8 < searcher.DocCount, $"{packs.Length} packs for {searcher.DocCount} passages");
        Assert.Equal(packs.Length, searcher.Map.PackStarts.Length);
        Assert.Equal(searcher.DocCount, AllDocs().Count);
        Assert.True(files.Length < 200, $"{files.Length} index files");
    }

    [Fact]
    public void Every_index_file_but_meta_is_deflated()
    {
        foreach (var file in Directory.GetFiles(site.IndexDir, "*.bin", SearchOption.AllDirectories))
        {
            var inflated = Deflate.Decompress(File.ReadAllBytes(file));
            Assert.True(inflated.Length > 0, file);
        }
    }

    [Fact]
    public void The_accumulator_gives_the_same_index_whatever_the_order_pages_arrive_in()
    {
        var (content, _) = BuildPipeline.Check(Repo.Root);
        var pages = Directory.GetFiles(site.Site, "*.html", SearchOption.AllDirectories)
            .Select(f => new Gongkai.Write.OutputFile(Path.GetRelativePath(site.Site, f).Replace('\\', '/'), []))
            .ToList();
        var forward = new SearchIndexAccumulator(content);
        pages.ForEach(forward.Add);
        var backward = new SearchIndexAccumulator(content);
        Parallel.ForEach(Enumerable.Reverse(pages), backward.Add);
        var a = forward.Finish().ToList();
        var b = backward.Finish().ToList();
        Assert.Equal(a.Select(f => f.Path), b.Select(f => f.Path));
        Assert.All(a.Zip(b), x => Assert.True(x.First.Content.AsSpan().SequenceEqual(x.Second.Content), x.First.Path));
        Assert.Equal(Files(site.IndexDir).Keys.Order(StringComparer.Ordinal), a.Select(f => f.Path[SearchIndexBuilder.Folder.Length..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_index_made_on_one_thread_is_byte_identical_to_one_made_on_all()
    {
        // The preview's background render limits the index to one thread; what it serves must be the build's index.
        var (content, _) = BuildPipeline.Check(Repo.Root);
        var all = new SearchIndexAccumulator(content).Finish(indexAll: true).ToList();
        var one = new SearchIndexAccumulator(content) { Threads = 1 }.Finish(indexAll: true).ToList();
        Assert.Equal(all.Select(f => f.Path), one.Select(f => f.Path));
        Assert.All(all.Zip(one), x => Assert.True(x.First.Content.AsSpan().SequenceEqual(x.Second.Content), x.First.Path));
        Assert.Equal(Files(site.IndexDir).Keys.Order(StringComparer.Ordinal), one.Select(f => f.Path[SearchIndexBuilder.Folder.Length..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_rendered_pages_are_indexed()
    {
        var accumulator = new SearchIndexAccumulator(BuildPipeline.Check(Repo.Root).Content);
        accumulator.Add(new Gongkai.Write.OutputFile("glossary/index.html", []));
        var files = accumulator.Finish().ToList();
        var searcher = new IndexSearcher(path => files.FirstOrDefault(f => f.Path == SearchIndexBuilder.Folder + path)?.Content);
        Assert.All(Enumerable.Range(0, searcher.DocCount), i => Assert.Equal("glossary/", searcher.Doc(i).Url));
        Assert.NotEmpty(searcher.Search("委托业务费").Hits);
    }

    [Fact]
    public void A_single_character_query_finds_pages()
    {
        var searcher = site.Searcher();
        Assert.NotEmpty(searcher.Search("局").Hits);
    }

    [Fact]
    public void Words_not_in_the_site_find_nothing()
    {
        var searcher = site.Searcher();
        Assert.Empty(searcher.Search("航空母舰").Hits);
        Assert.Empty(searcher.Search("zzzz").Hits);
    }

    [Fact]
    public void Facets_count_every_match_and_filters_narrow_results()
    {
        var searcher = site.Searcher();
        var all = searcher.Search("科学技术支出");
        Assert.Equal(all.Hits.Count, all.Kinds.Values.Sum());
        Assert.Equal(all.Hits.Count, all.Years.Values.Sum() + all.Hits.Count(h => searcher.Map.Year[h.Doc] < 0));
        var year2026 = searcher.Search("科学技术支出", new SearchFilter(Year: 2));
        Assert.Equal(all.Years[2], year2026.Hits.Count);
        Assert.All(year2026.Hits, h => Assert.Equal(2026, searcher.Doc(h.Doc).Year));
        var tables = searcher.Search("科学技术支出", new SearchFilter(Kind: DocKind.Table));
        Assert.All(tables.Hits, h => Assert.Equal(DocKind.Table, searcher.Doc(h.Doc).Kind));
    }

    [Fact]
    public void Facet_positions_follow_the_content_model()
    {
        var meta = File.ReadAllText(Path.Combine(site.IndexDir, "meta.json"));
        Assert.Contains("\"years\":[2024,2025,2026]", meta, StringComparison.Ordinal);
        Assert.Contains("\"regions\":[\"乌鲁木齐市\",\"昌吉回族自治州\"]", meta, StringComparison.Ordinal);
        var searcher = site.Searcher();
        var unit = searcher.Page(searcher.Search("乌鲁木齐科技信息服务中心"), take: 1).Single();
        Assert.Equal("科技信息服务中心", unit.Doc.Unit);
    }

    [Theory]
    [InlineData("科学技术支出")]
    [InlineData("机关事业单位基本养老保险缴费支出")]
    [InlineData("2080505")]
    [InlineData("委托业务费")]
    [InlineData("支出")]
    [InlineData("2080505 住房公积金")]
    public void A_query_fetches_little(string query)
    {
        var searcher = site.Searcher();
        searcher.Page(searcher.Search(query), take: 10);
        var bytes = searcher.Fetched.Sum(f => f.Bytes);
        Assert.True(bytes < 50_000, $"{query}: {bytes} bytes");
    }

    [Fact]
    public void Shards_stay_small()
    {
        var shards = Directory.GetFiles(Path.Combine(site.IndexDir, "t"));
        Assert.All(shards, s => Assert.True(new FileInfo(s).Length < 4096, s));
        var meta = File.ReadAllText(Path.Combine(site.IndexDir, "meta.json"));
        var count = int.Parse(ShardCount().Match(meta).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(count, shards.Length);
    }

    /// <summary>A phrase a reader might copy from a passage: the middle six characters of its longest Chinese run.</summary>
    private static string Phrase(DocView doc)
    {
        var runs = doc.Lines.Select(l => l.Text).Prepend(doc.Title)
            .SelectMany(t => Tokenizer.Scan(t)).Where(t => t.Type == TokenType.Han)
            .OrderByDescending(t => t.Chars.Count).ThenBy(t => t.Text, StringComparer.Ordinal).ToList();
        if (runs.Count == 0 || runs[0].Chars.Count < 2)
        {
            return doc.Title;
        }

        var chars = runs[0].Chars;
        var length = Math.Min(6, chars.Count);
        var start = (chars.Count - length) / 2;
        return string.Concat(chars.Skip(start).Take(length));
    }

    /// <summary>A page's &lt;main&gt; text, tags dropped.</summary>
    private string MainText(string url)
    {
        var html = File.ReadAllText(Path.Combine(site.Site, url, "index.html"));
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        return Tags().Replace(main, "");
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    [GeneratedRegex("\"shards\":(\\d+)")]
    private static partial Regex ShardCount();
}
