using Gongkai.Index;

namespace Gongkai.Tests.Index;

public sealed class TokenizerTests
{
    private static List<string> Terms(string text)
    {
        var terms = new List<string>();
        Tokenizer.IndexTerms(text, (term, _) => terms.Add(term));
        return terms;
    }

    [Fact]
    public void Chinese_is_indexed_as_characters_and_overlapping_pairs()
    {
        Assert.Equal(["科", "科技", "技", "技局", "局"], Terms("科技局"));
    }

    [Fact]
    public void Every_substring_of_two_or_more_characters_is_covered_by_indexed_pairs()
    {
        const string text = "红山科技创新券奖补资金";
        var indexed = Terms(text).ToHashSet(StringComparer.Ordinal);
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 2; start + length <= text.Length; length++)
            {
                var plan = Tokenizer.Plan(text.Substring(start, length));
                Assert.All(plan.Terms, t => Assert.Contains(t, indexed));
            }
        }
    }

    [Fact]
    public void Full_width_and_upper_case_fold_to_ascii()
    {
        Assert.Equal("2026 abc", Tokenizer.Fold("２０２６\u3000ＡＢＣ"));
        Assert.Equal(Terms("2026"), Terms("２０２６"));
    }

    [Fact]
    public void Numbers_keep_decimals_and_drop_thousands_separators()
    {
        Assert.Contains("250.00", Terms("红山科技创新券奖补资金 250.00 万元"));
        Assert.Contains("3486.02", Terms("增长 3,486.02%"));
        Assert.Equal(["3486.02"], Tokenizer.Plan("3,486.02").Terms);
    }

    [Fact]
    public void A_list_of_numbers_is_not_one_number()
    {
        Assert.Contains("12", Terms("12,5"));
        Assert.Contains("5", Terms("12,5"));
    }

    [Fact]
    public void Codes_are_indexed_under_their_prefixes()
    {
        var terms = new List<(string, bool)>();
        Tokenizer.IndexTerms("2080505", (t, exact) => terms.Add((t, exact)));
        Assert.Equal([("2080505", true), ("208", false), ("2080", false), ("20805", false), ("208050", false)], terms);
    }

    [Fact]
    public void Decimals_are_indexed_under_their_whole_part()
    {
        Assert.Equal(["250"], Tokenizer.Prefixes("250.00"));
        Assert.Empty(Tokenizer.Prefixes("32.21"));
    }

    [Fact]
    public void Mixed_text_splits_into_runs_and_words_without_crossing_pairs()
    {
        var tokens = Tokenizer.Scan("2026年科教兴市栏目（ABC）");
        Assert.Equal(["2026", "年科教兴市栏目", "abc"], tokens.Select(t => t.Text));
        Assert.Equal([TokenType.Word, TokenType.Han, TokenType.Word], tokens.Select(t => t.Type));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_stay_whole()
    {
        var tokens = Tokenizer.Scan("𠀀中");
        Assert.Equal(["𠀀", "中"], tokens.Single().Chars);
        Assert.Contains("𠀀中", Terms("𠀀中"));
    }

    [Fact]
    public void A_query_looks_up_its_pairs_or_its_single_character()
    {
        Assert.Equal(["科技", "技创", "创新"], Tokenizer.Plan("科技创新").Terms);
        Assert.Equal(["局"], Tokenizer.Plan("局").Terms);
        Assert.Equal(["2060599", "其他", "他科"], Tokenizer.Plan("2060599 其他科").Terms);
    }

    [Fact]
    public void A_long_run_looks_up_at_most_the_cap_of_pairs_first_and_last_included()
    {
        var terms = Tokenizer.Plan("机关事业单位基本养老保险缴费支出").Terms;
        Assert.Equal(Tokenizer.MaxPairsPerRun, terms.Count);
        Assert.Equal("机关", terms[0]);
        Assert.Equal("支出", terms[^1]);
    }

    [Fact]
    public void Compact_form_ignores_spacing_and_punctuation_and_maps_offsets_back()
    {
        var map = new List<int>();
        Assert.Equal("2026年三公经费", Tokenizer.Compact("2026 年“三公”经费", map));
        Assert.Equal(5, map[4]);
        Assert.Equal(["2026年", "三公经费"], Tokenizer.Phrases("2026年  “三公”经费"));
    }

    [Fact]
    public void Punctuation_only_queries_have_no_terms()
    {
        Assert.Empty(Tokenizer.Plan("，。！ ").Terms);
    }

    [Fact]
    public void A_run_continues_across_punctuation_and_spaces_but_not_words()
    {
        Assert.Contains("公经", Terms("“三公”经费"));
        Assert.Contains("一关", Terms("一、 关于"));
        Assert.DoesNotContain("局年", Terms("科学技术局 2025年"));
    }

    [Fact]
    public void Spaces_in_a_query_separate_parts_that_must_each_occur()
    {
        Assert.Equal(["科技", "创新"], Tokenizer.Plan("科技 创新").Terms);
        Assert.Equal(["科技", "技创", "创新"], Tokenizer.Plan("科技、创新").Terms);
        Assert.Equal(["科技", "创新"], Tokenizer.Phrases("科技\u3000创新"));
    }
}
