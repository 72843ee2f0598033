using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Validate.Text;

/// <summary>
/// Finds the amounts (NNN万元) and percentages (NN.NN%) quoted in explanations.md, sentence by sentence, with the
/// words before each one. A regular expression is enough here: the explanations are plain prose with a few fixed
/// phrasings (比上年增加 …万元，增长 …%；占 …%), and Markdig's AST would only add positions we already have per line.
/// </summary>
internal static partial class ExplanationScanner
{
    [GeneratedRegex(@"(?<![\d.])(?<sign>[-－−])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<unit>万元|%|％)")]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"(?<verb>增加|减少|增长|下降|降低|上升|增|减)\s*(?:了)?\s*$")]
    private static partial Regex ChangeVerbPattern();

    /// <summary>
    /// 占 and the words naming the whole, if any (“占收入合计的”, “占基本支出”); 占比 and 占…比重 name none.
    /// The words hold no digit or punctuation, so a share never reaches back past its own clause.
    /// </summary>
    [GeneratedRegex(@"占(?<whole>[^，,。；;：:、%％\d\s]{0,16}?)(?:的)?(?:比重|比例|比)?\s*(?:为)?\s*$")]
    private static partial Regex SharePattern();

    [GeneratedRegex(@"^\s*(?:及)?(?:以上|以下|及以上|及以下)")]
    private static partial Regex ThresholdPattern();

    [GeneratedRegex(@"每[^，,：:]{0,8}$")]
    private static partial Regex PerItemPattern();

    public static IReadOnlyList<QuotedSentence> Scan(string markdown, string file)
    {
        var sentences = new List<QuotedSentence>();
        var lines = markdown.Split('\n');
        var (part, subpart) = ("", "");
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                (part, subpart) = (line[3..], "");
            }
            else if (line.StartsWith("###", StringComparison.Ordinal))
            {
                subpart = line.TrimStart('#');
            }

            var isDetailLine = line.TrimStart().StartsWith("资金分配情况", StringComparison.Ordinal);
            var start = 0;
            foreach (var end in SentenceEnds(line))
            {
                var text = line[start..end];
                var figures = new List<QuotedFigure>();
                var detailFrom = text.IndexOf("主要用于", StringComparison.Ordinal);
                foreach (Match m in FigurePattern().Matches(text))
                {
                    // Only a bounded window before and after each figure is looked at, so a sentence of n characters
                    // with many figures costs O(n), not O(n²) (a 190 kB line once took 16 s and 2.4 GB).
                    var before = text[Math.Max(0, m.Index - QuotedFigure.MaxBefore)..m.Index];
                    var near = before.Length > 24 ? before[^24..] : before;
                    var afterStart = m.Index + m.Length;
                    var after = text[afterStart..Math.Min(text.Length, afterStart + 8)];
                    if (!Amounts.TryParseQuoted(m.Groups["num"].Value, out var value))
                    {
                        continue; // more digits than any amount has: not a figure to check
                    }

                    if (m.Groups["sign"].Success)
                    {
                        value = -value;
                    }

                    var verb = ChangeVerbPattern().Match(near);
                    var share = SharePattern().Match(near);
                    figures.Add(new QuotedFigure(value, m.Value.Trim(), m.Groups["unit"].Value != "万元", before,
                        new SourceSpan(file, new SourceMark(i + 1, start + m.Index + 1)))
                    {
                        Offset = m.Index,
                        ChangeVerb = verb.Success ? verb.Groups["verb"].Value : null,
                        IsShare = share.Success,
                        WholeWords = share.Success ? share.Groups["whole"].Value : "",
                        IsThreshold = ThresholdPattern().IsMatch(after),
                        IsPerItem = PerItemPattern().IsMatch(near),
                        IsDetail = isDetailLine || detailFrom >= 0 && m.Index > detailFrom,
                    });
                }

                if (figures.Count > 0)
                {
                    sentences.Add(new QuotedSentence(text, i + 1, figures) { Heading = part + " " + subpart });
                }

                start = end;
            }
        }

        return sentences;
    }

    /// <summary>Ends of the sentences of a line: after each 。；; and at the end of the line.</summary>
    private static IEnumerable<int> SentenceEnds(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '。' or '；' or ';')
            {
                yield return i + 1;
            }
        }

        yield return line.Length;
    }
}
