using Gongkai.Index;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Index;

/// <summary>
/// The build counts terms with <see cref="TermCounter"/> (no string per character); the rules are those of
/// <see cref="Tokenizer.Scan"/>, which search.js mirrors. The oracle here counts through Scan and IndexTerms.
/// </summary>
public sealed class TermCounterTests
{
    public static TheoryData<string> Texts => new()
    {
        "科技局",
        "“三公”经费 2080505 住房公积金",
        "3,486.02 万元，比上年增加 1,234,567 元（增长 12.5%）",
        "ＡＢＣ２０２６\u3000年 abc.def 1.2.3 12,34 1,2345 ,123 123,",
        "𠀀𠀁 科𠀂技 a𠀃b",
        "\uD800 孤 \uDC00 代理",
        "20805 2080505 123456789012 1234567890123 007.50 .5 5.",
        "",
        "　，。！",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Counting_a_text_gives_the_terms_and_weights_of_the_tokeniser(string text)
    {
        foreach (var numbersOnly in new[] { false, true })
        {
            foreach (var role in new[] { LineRole.Body, LineRole.Label, LineRole.Title })
            {
                Assert.Equal(Oracle([(text, role, numbersOnly)]), Counted([(text, role, numbersOnly)]));
            }
        }
    }

    [Fact]
    public void Every_line_of_the_real_content_counts_as_the_tokeniser_does()
    {
        var lines = Directory.EnumerateFiles(Repo.Path("content"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .ToList();
        Assert.True(lines.Count > 1000);

        // A passage is many lines of mixed roles; group them so repeated terms accumulate across lines too.
        for (var start = 0; start < lines.Count; start += 7)
        {
            var parts = lines.Skip(start).Take(7).Select((l, k) => (l, (LineRole)(k % 4 == 1 ? 2 : k % 4 == 3 ? 3 : 0), k % 5 == 4)).ToList();
            Assert.Equal(Oracle(parts), Counted(parts));
        }
    }

    [Fact]
    public void Generated_text_counts_as_the_tokeniser_does()
    {
        const string alphabet = "科技局经费公积金 　，。,.0123456789abcZ２Ａ-𠀀";
        var random = new Random(20261202);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new List<char>();
            var length = random.Next(0, 40);
            for (var k = 0; k < length; k++)
            {
                var c = alphabet[random.Next(alphabet.Length)];
                chars.Add(c);
            }

            var text = new string([.. chars]);
            Assert.Equal(Oracle([(text, LineRole.Body, n % 3 == 0)]), Counted([(text, LineRole.Body, n % 3 == 0)]));
        }
    }

    private static (string, int)[] Counted(IEnumerable<(string Text, LineRole Role, bool NumbersOnly)> parts)
    {
        var counter = new TermCounter();
        foreach (var (text, role, numbersOnly) in parts)
        {
            counter.Add(text, role, numbersOnly);
        }

        return counter.Result();
    }

    /// <summary>Role: the highest seen; otherwise 1 for a word seen exactly, or a Han term seen twice, else 0.</summary>
    private static (string, int)[] Oracle(IEnumerable<(string Text, LineRole Role, bool NumbersOnly)> parts)
    {
        var stats = new Dictionary<string, (int Role, int Exact, bool Word)>(StringComparer.Ordinal);
        foreach (var (text, role, numbersOnly) in parts)
        {
            foreach (var token in Tokenizer.Scan(text))
            {
                if (numbersOnly && (token.Type != TokenType.Word || !char.IsAsciiDigit(token.Text[0])))
                {
                    continue;
                }

                var word = token.Type == TokenType.Word;
                Tokenizer.IndexTerms(token.Text, (term, exact) =>
                {
                    var (r, e, _) = stats.GetValueOrDefault(term);
                    stats[term] = (Math.Max(r, (int)role), e + (exact ? 1 : 0), word);
                });
            }
        }

        return [.. stats.Select(kv => (kv.Key, kv.Value.Role > 0 ? kv.Value.Role : (kv.Value.Word ? kv.Value.Exact > 0 : kv.Value.Exact > 1) ? 1 : 0))
            .OrderBy(x => x.Key, StringComparer.Ordinal)];
    }
}
