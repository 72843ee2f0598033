using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate.Text;

/// <summary>
/// Checks the figures quoted in explanations.md against the rest of the disclosure: each amount is published
/// somewhere (GK2301) and, where its words name a table figure (text_terms), is that figure (GK2306); each share is
/// the amount's ratio to the whole its words name (GK2307) or, where they name none, to some published amount
/// (GK2302); each year-on-year change reads the right way (GK2303), is the difference of the two years' figures when
/// the content holds last year (GK2308), and its rate agrees with its amount (GK2304). Detail lines (资金分配情况,
/// 主要用于) are finer than any table and are not looked up.
/// </summary>
/// <param name="previousYear">The same unit's disclosure of the year before, when the content holds it (for GK2308).</param>
internal sealed class ExplanationRules(IReadOnlyList<TextTerm> terms, IReadOnlyDictionary<string, string> standardNames, Func<Disclosure, Disclosure?> previousYear, DiagnosticBag diagnostics)
{
    private static readonly string[] UpVerbs = ["增加", "增长", "上升", "增"];
    private static readonly string[] DownVerbs = ["减少", "下降", "降低", "减"];

    public void Check(Disclosure disclosure)
    {
        if (disclosure.ExplanationsFile is not { } file)
        {
            return;
        }

        var known = new KnownFigures(disclosure);
        var named = new Lazy<NamedRows>(() => new NamedRows(disclosure)); // only a disclosure with an unfound amount needs it
        var meaning = new TextMeaning(terms, standardNames, disclosure);
        var changes = previousYear(disclosure) is { } last
            ? new YearOnYearChanges(meaning, new TextMeaning(terms, standardNames, last), disclosure.Year, diagnostics)
            : null;
        foreach (var sentence in ExplanationScanner.Scan(disclosure.ExplanationsMarkdown, file))
        {
            CheckAmounts(sentence, known, named, meaning);
            CheckShares(sentence, known, meaning);
            CheckChanges(sentence, changes);
        }
    }

    private void CheckAmounts(QuotedSentence sentence, KnownFigures known, Lazy<NamedRows> named, TextMeaning meaning)
    {
        foreach (var figure in sentence.Figures.Where(f => !f.IsPercent && f.ChangeVerb is null && !f.IsDetail && !f.IsThreshold && !f.IsPerItem))
        {
            if (meaning.Of(sentence, figure) is { } meant)
            {
                CheckMeaning(sentence, figure, meant);
            }
            else if (!known.Contains(figure.Value))
            {
                var rows = named.Value.Before(figure.Before);
                var said = rows.Count == 0 ? "" : "；文字所指的 " + string.Join("、", rows.Select(r => $"表{r.Table.Number} {r.Row.Label} 为 {string.Join("／", r.Row.Cells.Values.Select(c => c.Text).Distinct())}"));
                Report(DiagnosticCodes.TextAmountNotFound, figure,
                    $"说明中的金额 {figure.Text}（“{Excerpt(sentence, figure)}”）在本年度的表、运行经费、政府采购、国有资产和绩效目标表中都找不到{said}（文字前的用语没有在 table-kinds.yml 的 text_terms 中指明所指的数，故只核对它是否公开过）",
                    "请对照原文核对这个数和表中的数，录入有误就改正；若原文如此，在 findings.yml 中确认（rule: " + DiagnosticCodes.TextAmountNotFound + $"，quote: \"{QuoteOf(figure)}\"）并写明原因",
                    [.. rows.Select(r => r.Table.File)]);
            }
        }
    }

    /// <summary>
    /// The amount against the figures its words name: each of them for a headline (表1 and 表2 both give 一般公共预算),
    /// any of them for a row name published on several rows.
    /// </summary>
    private void CheckMeaning(QuotedSentence sentence, QuotedFigure figure, MeantFigure meant)
    {
        var agree = meant.Ways.Where(w => TextMeaning.Agrees(figure.Value, w)).ToList();
        if (meant.Every ? agree.Count == meant.Ways.Count : agree.Count > 0)
        {
            return;
        }

        var differ = meant.Ways.Except(agree).ToList();
        var also = agree.Count == 0 ? "" : $"；与 {string.Join("、", agree.Select(w => w.Describe()))} 相符";
        var against = string.Join("、", differ.Select(w => $"{w.Describe()}（相差 {Amounts.Difference(figure.Value, w.Value)}）"));
        Report(DiagnosticCodes.TextAmountMeaning, figure,
            $"说明中“{meant.Word}”的金额 {figure.Text}（“{Excerpt(sentence, figure)}”）与 {against} {(differ.Count > 1 ? "都" : "")}不符{also}",
            $"请对照原文核对说明与表中的这个数，录入有误就改正；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.TextAmountMeaning}，quote: \"{QuoteOf(figure)}\"），说明里写出两个数",
            [.. differ.Select(w => w.Table.File).Distinct(StringComparer.Ordinal)]);
    }

    private void CheckShares(QuotedSentence sentence, KnownFigures known, TextMeaning meaning)
    {
        var preceding = PrecedingAmounts(sentence);
        for (var i = 0; i < sentence.Figures.Count; i++)
        {
            var share = sentence.Figures[i];
            var part = preceding[i];
            if (!share.IsPercent || !share.IsShare || part is null || part.Value <= 0)
            {
                continue;
            }

            var ulp = Ulp(share.Value);
            if (meaning.WholeOf(sentence, part, share) is { } whole)
            {
                CheckShareOfWhole(sentence, share, part, whole);
            }
            else if (!known.Wholes.Any(w => w >= part.Value && Math.Abs(part.Value / w * 100m - share.Value) <= ulp))
            {
                Report(DiagnosticCodes.TextShareMismatch, share,
                    $"说明中的比例 {share.Text}（“{Excerpt(sentence, share)}”）不是 {part.Text} 占本年度任何一个公开金额的比例（用语未指明所占总额，按本年度任一公开金额核对）",
                    $"请核对这个比例：应为 {part.Text} ÷ 所占总额 × 100%，保留 {share.Value.Scale} 位小数；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.TextShareMismatch}，quote: \"{QuoteOf(share)}\"）");
            }
        }
    }

    /// <summary>
    /// The share against the whole its words name: any way of writing that whole will do (表1 and 表2 both give the
    /// 收入预算; when they differ, GK3101 already says so), within one unit of the last printed decimal.
    /// </summary>
    private void CheckShareOfWhole(QuotedSentence sentence, QuotedFigure share, QuotedFigure part, ShareWhole whole)
    {
        var ulp = Ulp(share.Value);
        var positive = whole.Ways.Where(w => w.Value > 0).ToList();
        if (positive.Count == 0 || positive.Any(w => Math.Abs(part.Value / w.Value * 100m - share.Value) <= ulp))
        {
            return;
        }

        var ratios = string.Join("、", positive.Select(w => $"{w.Describe()}（{part.Text} 占其 {Amounts.Format(Math.Round(part.Value / w.Value * 100m, share.Value.Scale, MidpointRounding.AwayFromZero))}%）"));
        var said = whole.ByShareWords ? $"“占{whole.Word}”所指的总额" : $"“{whole.Word}”所占的总额（table-kinds.yml 的 text_terms 以 share_of 声明）";
        Report(DiagnosticCodes.TextShareOfWhole, share,
            $"说明中的比例 {share.Text}（“{Excerpt(sentence, share)}”）与其所指的总额不符：{said}是 {ratios}，说明却写 {share.Text}",
            $"请对照原文核对这个比例与所占总额，录入有误就改正；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.TextShareOfWhole}，quote: \"{QuoteOf(share)}\"），说明里写出两个比例",
            [.. positive.Select(w => w.Table.File).Distinct(StringComparer.Ordinal)]);
    }

    private void CheckChanges(QuotedSentence sentence, YearOnYearChanges? changes)
    {
        var figures = sentence.Figures;
        var preceding = PrecedingAmounts(sentence);
        for (var i = 0; i < figures.Count; i++)
        {
            var change = figures[i];
            if (change.IsPercent || change.ChangeVerb is null)
            {
                continue;
            }

            var up = UpVerbs.Contains(change.ChangeVerb);
            if (change.Value < 0)
            {
                Report(DiagnosticCodes.TextChangeDirection, change,
                    $"“{change.ChangeVerb}{change.Text}”用了负数（“{Excerpt(sentence, change)}”）",
                    $"请写成“{(up ? "减少" : "增加")} {Amounts.Format(-change.Value)}万元”，并让后面的增减率同向");
                continue;
            }

            if (changes is not null && preceding[i] is { } current)
            {
                changes.Check(sentence, current, change, up);
            }

            var rate = i + 1 < figures.Count && figures[i + 1].IsPercent && figures[i + 1].ChangeVerb is not null ? figures[i + 1] : null;
            if (rate is null || !Adjacent(change, rate))
            {
                continue;
            }

            var rateUp = UpVerbs.Contains(rate.ChangeVerb!);
            if (rate.Value < 0 || (rateUp != up && (change.Value != 0 || rate.Value != 0)))
            {
                Report(DiagnosticCodes.TextChangeDirection, rate,
                    $"增减方向前后不一：金额写“{change.ChangeVerb}{change.Text}”，比率写“{rate.ChangeVerb}{rate.Text}”（“{Excerpt(sentence, rate)}”）",
                    "请按原文核对：金额增加对应“增长”，金额减少对应“下降”；若原文如此，在 findings.yml 中确认（rule: " + DiagnosticCodes.TextChangeDirection + $"，quote: \"{QuoteOf(rate)}\"）");
                continue;
            }

            CheckRate(sentence, preceding[i], change, rate, up);
        }
    }

    /// <summary>增长率 = 增加额 ÷ 上年数, where 上年数 = 本年数 ∓ 增加额.</summary>
    private void CheckRate(QuotedSentence sentence, QuotedFigure? current, QuotedFigure change, QuotedFigure rate, bool up)
    {
        // The amount the change is of is the nearest one before it: in “支出 52887 万元，其中基本支出 5182 万元，比上年增加
        // 1390 万元”, 1390 is 基本支出's change.
        if (current is null)
        {
            return;
        }

        var prior = up ? current.Value - change.Value : current.Value + change.Value;
        if (prior <= 0)
        {
            return;
        }

        // Both amounts were rounded to their published decimals, so the rate is known only within the bounds below.
        var half = HalfUlp(current.Value) + HalfUlp(change.Value);
        var low = Math.Max(0m, change.Value - HalfUlp(change.Value)) / (prior + half) * 100m;
        var high = (change.Value + HalfUlp(change.Value)) / Math.Max(prior - half, 0.0001m) * 100m;
        var ulp = Ulp(rate.Value);
        if (rate.Value < low - ulp || rate.Value > high + ulp)
        {
            var expected = Math.Round(change.Value / prior * 100m, rate.Value.Scale, MidpointRounding.AwayFromZero);
            Report(DiagnosticCodes.TextRateMismatch, rate,
                $"增减率 {rate.Text} 与金额不符：本年 {current.Text}、{change.ChangeVerb} {change.Text}，上年应为 {Amounts.Format(prior)}万元，{rate.ChangeVerb}率应约为 {Amounts.Format(expected)}%（“{Excerpt(sentence, rate)}”）",
                "请对照原文核对本年数、增减额与增减率，录入有误就改正；若原文如此，在 findings.yml 中确认（rule: " + DiagnosticCodes.TextRateMismatch + $"，quote: \"{QuoteOf(rate)}\"）");
        }
    }

    /// <summary>
    /// For each figure, the nearest plain amount before it in its sentence (not a rate, not a change), in one pass:
    /// looking back from every figure would be quadratic in a sentence with many figures.
    /// </summary>
    private static QuotedFigure?[] PrecedingAmounts(QuotedSentence sentence)
    {
        var result = new QuotedFigure?[sentence.Figures.Count];
        QuotedFigure? last = null;
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = last;
            var f = sentence.Figures[i];
            if (!f.IsPercent && f.ChangeVerb is null)
            {
                last = f;
            }
        }

        return result;
    }

    /// <summary>
    /// A rate belongs to the change right before it (“增加 221.58 万元，增长 51.85%”), not to one a new comparison
    /// restates (“项目增加 35.33 万元，所以比上年预算增加 72.38%” repeats the rate of an earlier change).
    /// </summary>
    private static bool Adjacent(QuotedFigure change, QuotedFigure rate)
    {
        var gapLength = rate.Offset - Math.Min(change.Offset + change.Text.Length, rate.Offset);
        return gapLength <= 8 && !rate.Before[^gapLength..].Contains("比上年", StringComparison.Ordinal);
    }

    private void Report(string code, QuotedFigure figure, string message, string fix, IReadOnlyList<string>? alsoIn = null) =>
        diagnostics.Add(new Diagnostic(Severity.Error, code, figure.Span, message) { Fix = fix, Quote = figure.Before + figure.Text, AlsoIn = alsoIn ?? [] });

    /// <summary>One unit in the last published decimal place (0.01 for 81.64), the rounding a quoted figure allows.</summary>
    internal static decimal Ulp(decimal value) => new(1, 0, 0, false, value.Scale);

    private static decimal HalfUlp(decimal value) => Ulp(value) / 2m;

    /// <summary>What to write as <c>quote:</c> in findings.yml: the figure and up to 12 characters before it.</summary>
    internal static string QuoteOf(QuotedFigure figure) =>
        ((figure.Before.Length > 12 ? figure.Before[^12..] : figure.Before) + figure.Text).Trim();

    /// <summary>Up to 24 characters of the sentence before the figure, and the figure, to find it in the text.</summary>
    internal static string Excerpt(QuotedSentence sentence, QuotedFigure figure)
    {
        var before = figure.Before.Length > 24 ? "…" + figure.Before[^24..] : figure.Before;
        return (before + figure.Text).Trim();
    }
}
