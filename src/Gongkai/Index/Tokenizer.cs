using System.Text;

namespace Gongkai.Index;

/// <summary>
/// The one tokeniser of the search, run at build time here and in the browser by templates/assets/search.js
/// (same rules, line for line; the browser tests compare the two). Search is hand-written because no library
/// available here segments Chinese well, and word segmentation would miss substrings anyway: Chinese is indexed
/// as single characters plus overlapping character pairs, so any substring of two or more characters is found
/// through the pairs it contains. ASCII is indexed by words; numbers keep their decimals ("250.00") and lose
/// thousands separators ("3,486.02" → "3486.02"); digit strings also index their prefixes, so a 款 code
/// ("20805") finds the 项 rows under it ("2080505").
/// </summary>
internal static class Tokenizer
{
    /// <summary>Shortest prefix a digit string is indexed under (a 类 code has three digits).</summary>
    public const int MinPrefix = 3;

    /// <summary>Digit strings longer than this (phone numbers, ids) do not index prefixes.</summary>
    public const int MaxPrefixed = 12;

    /// <summary>At most this many character pairs of one Chinese run are looked up; the rest is checked on the text.</summary>
    public const int MaxPairsPerRun = 8;

    /// <summary>Full-width ASCII to ASCII, ideographic space to space, A–Z to a–z; one UTF-16 unit to one, so offsets survive.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => Lower((char)(c - 0xFEE0)),
        '\u3000' => ' ',
        _ => Lower(c),
    };

    public static string Fold(string text) => string.Create(text.Length, text, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            span[i] = Fold(s[i]);
        }
    });

    /// <summary>CJK ideographs (with extensions and compatibility forms) and 〇.</summary>
    public static bool IsHan(int cp) =>
        cp is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or 0x3007 or (>= 0x20000 and <= 0x3134F);

    public static bool IsWordChar(int cp) => cp is (>= '0' and <= '9') or (>= 'a' and <= 'z');

    /// <summary>
    /// Splits folded text into Chinese runs and ASCII words, in order. A Chinese run continues across punctuation
    /// and spaces up to the next Chinese character, as the compact form used to check phrases does.
    /// </summary>
    public static List<Token> Scan(string text)
    {
        var folded = Fold(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < folded.Length)
        {
            var cp = CodePoint(folded, i);
            if (IsHan(cp))
            {
                var start = i;
                var chars = new List<string>();
                while (i < folded.Length)
                {
                    if (IsHan(CodePoint(folded, i)))
                    {
                        var width = char.IsSurrogatePair(folded, i) ? 2 : 1;
                        chars.Add(folded.Substring(i, width));
                        i += width;
                        continue;
                    }

                    // A run goes on across punctuation and spaces ("“三公”经费" holds the pair 公经), not across a word.
                    var next = i;
                    while (next < folded.Length && !IsHan(CodePoint(folded, next)) && !IsWordChar(folded[next]))
                    {
                        next += char.IsSurrogatePair(folded, next) ? 2 : 1;
                    }

                    if (next >= folded.Length || !IsHan(CodePoint(folded, next)))
                    {
                        break;
                    }

                    i = next;
                }

                tokens.Add(new Token(TokenType.Han, string.Concat(chars), chars, start, i));
            }
            else if (IsWordChar(cp))
            {
                var start = i;
                var word = new StringBuilder();
                while (i < folded.Length)
                {
                    var c = folded[i];
                    if (IsWordChar(c))
                    {
                        word.Append(c);
                        i++;
                    }
                    else if (c == '.' && IsDigit(folded, i - 1) && IsDigit(folded, i + 1))
                    {
                        word.Append(c);
                        i++;
                    }
                    else if (c == ',' && IsDigit(folded, i - 1) && IsDigit(folded, i + 1) && IsDigit(folded, i + 2) && IsDigit(folded, i + 3) && !IsDigit(folded, i + 4))
                    {
                        // A thousands separator: dropped, so "3,486.02" and "3486.02" are one word.
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(TokenType.Word, word.ToString(), [], start, i));
            }
            else
            {
                i += char.IsSurrogatePair(folded, i) ? 2 : 1;
            }
        }

        return tokens;
    }

    /// <summary>Every term a text is indexed under; <c>exact</c> is false for a term that is only a prefix of a word.</summary>
    public static void IndexTerms(string text, Action<string, bool> emit)
    {
        foreach (var token in Scan(text))
        {
            if (token.Type == TokenType.Han)
            {
                var chars = token.Chars;
                for (var k = 0; k < chars.Count; k++)
                {
                    emit(chars[k], true);
                    if (k + 1 < chars.Count)
                    {
                        emit(chars[k] + chars[k + 1], true);
                    }
                }
            }
            else
            {
                emit(token.Text, true);
                foreach (var prefix in Prefixes(token.Text))
                {
                    emit(prefix, false);
                }
            }
        }
    }

    /// <summary>The prefixes a word is also indexed under: of a digit string, every length from three; of a decimal, its integer part.</summary>
    public static IEnumerable<string> Prefixes(string word)
    {
        var dot = word.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var whole = word[..dot];
            if (whole.Length >= MinPrefix && AllDigits(whole))
            {
                yield return whole;
            }

            yield break;
        }

        if (word.Length > MinPrefix && word.Length <= MaxPrefixed && AllDigits(word))
        {
            for (var n = MinPrefix; n < word.Length; n++)
            {
                yield return word[..n];
            }
        }
    }

    /// <summary>What a query looks up: per Chinese run its character pairs (or the character), per word the word.</summary>
    public static QueryPlan Plan(string query)
    {
        // Spaces separate the parts of a query (each must occur on the page), so a run never crosses them here.
        var terms = new List<string>();
        var tokens = new List<Token>();
        var parts = new List<IReadOnlyList<string>>();
        foreach (var part in Parts(query))
        {
            var own = new List<string>();
            foreach (var token in Scan(part))
            {
                tokens.Add(token);
                foreach (var term in LookupTerms(token))
                {
                    if (!own.Contains(term, StringComparer.Ordinal))
                    {
                        own.Add(term);
                    }

                    if (!terms.Contains(term, StringComparer.Ordinal))
                    {
                        terms.Add(term);
                    }
                }
            }

            // A part with no terms (punctuation only) asks for nothing; a part repeating another adds nothing.
            if (own.Count > 0 && !parts.Any(p => p.SequenceEqual(own, StringComparer.Ordinal)))
            {
                parts.Add(own);
            }
        }

        return new QueryPlan(tokens, terms, Phrases(query), parts);
    }

    /// <summary>
    /// The terms looked up for one token: a word itself; for a Chinese run its character (one character) or its
    /// overlapping pairs, at most <see cref="MaxPairsPerRun"/> of them evenly spaced from first to last. Pairs left
    /// out of a long run cost nothing in recall (a passage with the phrase has them all); the phrase itself is
    /// checked on the text of the results shown.
    /// </summary>
    public static IReadOnlyList<string> LookupTerms(Token token)
    {
        if (token.Type == TokenType.Word)
        {
            return [token.Text];
        }

        var chars = token.Chars;
        if (chars.Count == 1)
        {
            return [chars[0]];
        }

        var pairs = chars.Count - 1;
        var starts = new List<int>();
        if (pairs <= MaxPairsPerRun)
        {
            starts.AddRange(Enumerable.Range(0, pairs));
        }
        else
        {
            for (var j = 0; j < MaxPairsPerRun; j++)
            {
                // Integer arithmetic, so search.js picks the very same pairs.
                starts.Add(j * (pairs - 1) / (MaxPairsPerRun - 1));
            }
        }

        return [.. starts.Select(k => chars[k] + chars[k + 1]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The compact form used to check a phrase on text: folded, keeping only Han characters, a–z, 0–9 and '.',
    /// so spacing and punctuation never decide a match ("2026 年" = "2026年", "“三公”经费" = "三公经费").
    /// <paramref name="map"/> receives, for each kept character, its offset in the original text.
    /// </summary>
    public static string Compact(string text, List<int>? map = null)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsHighSurrogate(c) && i + 1 < folded.Length && char.IsLowSurrogate(folded[i + 1]))
            {
                if (IsHan(char.ConvertToUtf32(c, folded[i + 1])))
                {
                    sb.Append(c).Append(folded[i + 1]);
                    map?.Add(i);
                    map?.Add(i + 1);
                }

                i++;
            }
            else if (IsHan(c) || IsWordChar(c) || c == '.')
            {
                sb.Append(c);
                map?.Add(i);
            }
        }

        return sb.ToString();
    }

    /// <summary>The phrases of a query: its space-separated parts in compact form (each must occur, in any order).</summary>
    public static IReadOnlyList<string> Phrases(string query) =>
        [.. Parts(query).Select(p => Compact(p)).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>A query's space-separated parts (after folding, so an ideographic space separates too).</summary>
    public static IReadOnlyList<string> Parts(string query) =>
        Fold(query).Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    private static bool IsDigit(string s, int i) => i >= 0 && i < s.Length && s[i] is >= '0' and <= '9';

    private static bool AllDigits(string s) => s.All(c => c is >= '0' and <= '9');

    private static int CodePoint(string s, int i) => char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
}
