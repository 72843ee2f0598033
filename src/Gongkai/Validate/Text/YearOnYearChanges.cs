using Gongkai.Diagnostics;

namespace Gongkai.Validate.Text;

/// <summary>
/// “比上年增加 X 万元” after an amount whose words name a table figure (text_terms), read against the same unit's
/// disclosure of the year before: X must be this year's figure − last year's same figure (GK2308). Only a change
/// said to be against 上年 is read, so “项目增加 35.33 万元” (a part, not a year) is left alone.
/// </summary>
internal sealed class YearOnYearChanges(TextMeaning thisYear, TextMeaning lastYear, int year, DiagnosticBag diagnostics)
{
    public void Check(QuotedSentence sentence, QuotedFigure current, QuotedFigure change, bool up)
    {
        var near = change.Before.Length > 12 ? change.Before[^12..] : change.Before;
        if (!near.Contains("上年", StringComparison.Ordinal)
            || thisYear.Of(sentence, current) is not { } now
            || lastYear.Of(sentence, current) is not { } before)
        {
            return;
        }

        // A headline is written the same in several tables (GK3101 reports when they differ) and a row name may be
        // published twice, so any pair of this and last year's figures that gives the change will do.
        var said = up ? change.Value : -change.Value;
        var ulp = ExplanationRules.Ulp(change.Value);
        var pairs = (from t in now.Ways from l in before.Ways select (This: t, Last: l)).ToList();
        if (pairs.Count == 0 || pairs.Any(p => Math.Abs(p.This.Value - p.Last.Value - said) <= ulp))
        {
            return;
        }

        var (thisFigure, lastFigure) = pairs[0];
        var actual = thisFigure.Value - lastFigure.Value;
        var should = actual >= 0 ? $"增加 {Amounts.Format(actual)}" : $"减少 {Amounts.Format(-actual)}";
        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TextYearOnYearChange, change.Span,
            $"说明中“{now.Word}”比上年{change.ChangeVerb} {change.Text}（“{ExplanationRules.Excerpt(sentence, change)}”）与两年的表不符：本年（{year} 年）{thisFigure.Describe()}，上年（{year - 1} 年）{lastFigure.Describe()}，应为{should}万元")
        {
            Fix = $"请对照原文核对增减额与两年的表，录入有误就改正；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.TextYearOnYearChange}，quote: \"{ExplanationRules.QuoteOf(change)}\"），说明里写出两年的数",
            Quote = change.Before + change.Text,
            AlsoIn = [.. new[] { thisFigure.Table.File, lastFigure.Table.File }.Distinct(StringComparer.Ordinal)],
        });
    }
}
