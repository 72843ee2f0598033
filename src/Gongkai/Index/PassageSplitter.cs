namespace Gongkai.Index;

/// <summary>
/// Cuts a page into passages of at most <see cref="MaxChars"/> characters of text, at line boundaries, and long
/// lines at sentence ends. Small passages keep two costs down together: the text fetched to show a result's
/// snippet, and the chance that a page holds every pair of a phrase without the phrase itself.
/// </summary>
internal static class PassageSplitter
{
    public const int MaxChars = 300;

    /// <summary>Characters repeated across a forced cut inside one sentence, so a phrase spanning the cut is still found.</summary>
    public const int Overlap = 24;

    public static IEnumerable<Passage> Split(IndexPage page)
    {
        var current = new List<IndexLine>();
        var size = 0;
        var first = true;
        foreach (var line in page.Lines.SelectMany(Pieces))
        {
            if (current.Count > 0 && size + line.Length > MaxChars)
            {
                yield return new Passage(page, current, first);
                current = [];
                size = 0;
                first = false;
            }

            current.Add(line);
            size += line.Length;
        }

        if (current.Count > 0 || page.Lines.Count == 0)
        {
            yield return new Passage(page, current, first);
        }
    }

    private static IEnumerable<IndexLine> Pieces(IndexLine line)
    {
        if (line.Length <= MaxChars)
        {
            yield return line;
            yield break;
        }

        var pieces = new List<string>();
        var piece = "";
        foreach (var sentence in Sentences(line.Text))
        {
            if (piece.Length > 0 && piece.Length + sentence.Length > MaxChars)
            {
                pieces.Add(piece);
                piece = "";
            }

            if (sentence.Length <= MaxChars)
            {
                piece += sentence;
                continue;
            }

            var start = 0;
            while (start < sentence.Length)
            {
                var length = Math.Min(MaxChars, sentence.Length - start);
                if (start + length < sentence.Length && char.IsHighSurrogate(sentence[start + length - 1]))
                {
                    length--;
                }

                pieces.Add(sentence.Substring(start, length));
                if (start + length >= sentence.Length)
                {
                    break;
                }

                start += length - Overlap;
                if (char.IsLowSurrogate(sentence[start]))
                {
                    start++;
                }
            }
        }

        if (piece.Length > 0)
        {
            pieces.Add(piece);
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            yield return i == pieces.Count - 1 ? line with { Text = pieces[i] } : new IndexLine(pieces[i], line.Role);
        }
    }

    /// <summary>Sentences ending at 。；！？ (the ending kept with its sentence).</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or '！' or '？')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
