using System.Buffers;
using System.Runtime.InteropServices;

namespace Gongkai.Index;

/// <summary>
/// Counts a passage's index terms: the terms <see cref="Tokenizer.IndexTerms"/> gives, walked over the folded text
/// without a string per character, pair or word (a string is made only for a term the passage has not seen yet).
/// Tokenising every passage this way was most of the Index stage (a string per Han character and per pair), and the
/// rules must stay those of <see cref="Tokenizer.Scan"/> and search.js: TermCounterTests compares the two on all
/// real content and on generated text.
/// </summary>
internal sealed class TermCounter
{
    private readonly Dictionary<string, (int Role, int Exact, bool Word)> _stats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Role, int Exact, bool Word)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<(int Start, int Width)> _han = [];

    public TermCounter() => _lookup = _stats.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Forgets the counted terms but keeps the table's capacity: one counter per thread is reused for every passage,
    /// because growing a fresh table for each was the largest single cost of the Index stage (Resize in the profile).
    /// </summary>
    public void Clear() => _stats.Clear();

    /// <summary>How many distinct terms are counted.</summary>
    public int Distinct => _stats.Count;

    /// <summary>Counts the terms of <paramref name="text"/>; with <paramref name="numbersOnly"/>, only words that start with a digit.</summary>
    public void Add(string text, LineRole role, bool numbersOnly)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var folded = buffer.AsSpan(0, text.Length);
            for (var j = 0; j < text.Length; j++)
            {
                folded[j] = Tokenizer.Fold(text[j]);
            }

            Walk(folded, (int)role, numbersOnly);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The distinct terms with their weights, sorted (so the build does not depend on hashing order).</summary>
    public (string Term, int Weight)[] Result()
    {
        var result = new (string Term, int Weight)[_stats.Count];
        var n = 0;
        foreach (var (term, (role, exact, word)) in _stats)
        {
            result[n++] = (term, role > 0 ? role : (word ? exact > 0 : exact > 1) ? 1 : 0);
        }

        Array.Sort(result, static (a, b) => string.CompareOrdinal(a.Term, b.Term));
        return result;
    }

    private void Walk(ReadOnlySpan<char> folded, int role, bool numbersOnly)
    {
        Span<char> pair = stackalloc char[4];
        Span<char> word = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var i = 0;
        while (i < folded.Length)
        {
            var cp = CodePoint(folded, i);
            if (Tokenizer.IsHan(cp))
            {
                i = HanRun(folded, i);
                if (numbersOnly)
                {
                    continue;
                }

                for (var k = 0; k < _han.Count; k++)
                {
                    var (start, width) = _han[k];
                    var one = folded.Slice(start, width);
                    Count(one, role, exact: true, isWord: false);
                    if (k + 1 < _han.Count)
                    {
                        var (nextStart, nextWidth) = _han[k + 1];
                        one.CopyTo(pair);
                        folded.Slice(nextStart, nextWidth).CopyTo(pair[width..]);
                        Count(pair[..(width + nextWidth)], role, exact: true, isWord: false);
                    }
                }
            }
            else if (Tokenizer.IsWordChar(cp))
            {
                var length = 0;
                while (i < folded.Length)
                {
                    var c = folded[i];
                    if (Tokenizer.IsWordChar(c) || (c == '.' && IsDigit(folded, i - 1) && IsDigit(folded, i + 1)))
                    {
                        word[length++] = c;
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

                var text = word[..length];
                if (numbersOnly && !char.IsAsciiDigit(text[0]))
                {
                    continue;
                }

                Count(text, role, exact: true, isWord: true);
                CountPrefixes(text, role);
            }
            else
            {
                i += IsPair(folded, i) ? 2 : 1;
            }
        }
    }

    /// <summary>
    /// Records the characters of the Chinese run starting at <paramref name="i"/> in <see cref="_han"/> and returns
    /// where it ends; a run goes on across punctuation and spaces up to the next Han character, not across a word.
    /// </summary>
    private int HanRun(ReadOnlySpan<char> folded, int i)
    {
        _han.Clear();
        while (i < folded.Length)
        {
            if (Tokenizer.IsHan(CodePoint(folded, i)))
            {
                var width = IsPair(folded, i) ? 2 : 1;
                _han.Add((i, width));
                i += width;
                continue;
            }

            var next = i;
            while (next < folded.Length && !Tokenizer.IsHan(CodePoint(folded, next)) && !Tokenizer.IsWordChar(folded[next]))
            {
                next += IsPair(folded, next) ? 2 : 1;
            }

            if (next >= folded.Length || !Tokenizer.IsHan(CodePoint(folded, next)))
            {
                break;
            }

            i = next;
        }

        return i;
    }

    /// <summary>As <see cref="Tokenizer.Prefixes"/>: of a digit string every length from three; of a decimal its integer part.</summary>
    private void CountPrefixes(ReadOnlySpan<char> word, int role)
    {
        var dot = word.IndexOf('.');
        if (dot > 0)
        {
            var whole = word[..dot];
            if (whole.Length >= Tokenizer.MinPrefix && AllDigits(whole))
            {
                Count(whole, role, exact: false, isWord: true);
            }

            return;
        }

        if (word.Length > Tokenizer.MinPrefix && word.Length <= Tokenizer.MaxPrefixed && AllDigits(word))
        {
            for (var n = Tokenizer.MinPrefix; n < word.Length; n++)
            {
                Count(word[..n], role, exact: false, isWord: true);
            }
        }
    }

    private void Count(ReadOnlySpan<char> term, int role, bool exact, bool isWord)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, term, out _);
        entry = (Math.Max(entry.Role, role), entry.Exact + (exact ? 1 : 0), isWord);
    }

    private static bool AllDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    private static bool IsDigit(ReadOnlySpan<char> s, int i) => i >= 0 && i < s.Length && s[i] is >= '0' and <= '9';

    private static bool IsPair(ReadOnlySpan<char> s, int i) => i + 1 < s.Length && char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]);

    private static int CodePoint(ReadOnlySpan<char> s, int i) => IsPair(s, i) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
}
