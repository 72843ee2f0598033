using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Validate.Text;
using static Gongkai.Tests.Golden.Corpus.TextEdits;

namespace Gongkai.Tests.Golden.Corpus;

/// <summary>Wrong figures in explanations.md and wrong codes or names in the tables.</summary>
internal static partial class CorpusBuilder
{
    private static IEnumerable<MutationCase> Explanations(Disclosure d, IReadOnlyList<TextTerm> terms)
    {
        if (d.ExplanationsFile is not { } file)
        {
            yield break;
        }

        var id = $"{d.UnitId}_{d.Year}";
        var text = Text(file);
        var known = new KnownFigures(d);
        var sentences = ExplanationScanner.Scan(text, file);
        var figures = sentences.SelectMany(s => s.Figures.Select(f => (Sentence: s, Figure: f))).ToList();

        var amount = figures.FirstOrDefault(x => !x.Figure.IsPercent && x.Figure.ChangeVerb is null && !x.Figure.IsDetail && !x.Figure.IsThreshold && !x.Figure.IsPerItem
            && known.Contains(x.Figure.Value) && !known.Contains(x.Figure.Value + 7m));
        if (amount.Figure is { } a)
        {
            yield return Renumber($"text-amount_{id}", file, text, a, a.Value + 7m, DiagnosticCodes.TextAmountNotFound, "说明中的金额改了一位，表中找不到");
        }

        // A share whose words name its whole (text_terms share_of) is checked against that whole (GK2307), any other
        // against every published amount (GK2302): one case of each where the disclosure has one.
        var meaning = new TextMeaning(terms, new Dictionary<string, string>(), d);
        var shares = figures.Where(x => x.Figure.IsShare && x.Figure.IsPercent)
            .Select(x => (x.Sentence, Share: x.Figure, Part: x.Sentence.Figures.LastOrDefault(f => !f.IsPercent && f.ChangeVerb is null && f.Span.Start < x.Figure.Span.Start)))
            .Where(x => x.Part is { Value: > 0 })
            .ToList();
        foreach (var byWhole in new[] { false, true })
        {
            var share = shares.FirstOrDefault(x => meaning.WholeOf(x.Sentence, x.Part!, x.Share) is not null == byWhole);
            if (share.Share is { } s)
            {
                yield return byWhole
                    ? Renumber($"text-share-of-whole_{id}", file, text, s, s.Value + 7m, DiagnosticCodes.TextShareOfWhole, "说明中的“占 NN.NN%”改了，不再是金额占其所指总额的比例")
                    : Renumber($"text-share_{id}", file, text, s, s.Value + 7m, DiagnosticCodes.TextShareMismatch, "说明中的“占 NN.NN%”改了");
            }
        }

        var change = figures.FirstOrDefault(x => x.Figure.ChangeVerb == "增加" && x.Figure.Value > 0 && NextIsRate(x.Sentence, x.Figure));
        if (change.Figure is { } c)
        {
            var sentence = change.Sentence;
            var line = Line(text, c.Span.Start.Line);
            var verbAt = line.LastIndexOf("增加", c.Span.Start.Column - 1, StringComparison.Ordinal);
            var offset = Offset(text, c.Span.Start.Line, verbAt + 1);
            var rate = sentence.Figures[sentence.IndexOf(c) + 1];
            yield return new MutationCase($"text-direction_{id}", file, Splice(offset, 2, "减少"), rate.Span.Start.Line,
                DiagnosticCodes.TextChangeDirection, false, "“增加”改成“减少”，后面仍写“增长”");
        }

        var grown = figures.FirstOrDefault(x => x.Figure.IsPercent && x.Figure.ChangeVerb == "增长" && x.Figure.Value is > 1m and < 500m
            && x.Sentence.IndexOf(x.Figure) >= 2 && x.Sentence.Figures[x.Sentence.IndexOf(x.Figure) - 1] is { ChangeVerb: "增加", IsPercent: false, Value: > 0m }
            && Prior(x.Sentence, x.Figure) > 0m);
        if (grown.Figure is { } g)
        {
            yield return Renumber($"text-rate_{id}", file, text, g, g.Value + 17m, DiagnosticCodes.TextRateMismatch, "增长率改了，与本年数、增加额算出的不符");
        }

        var listed = d.Tables.FirstOrDefault(t => t.Kind.HasProjects)?.AllRows.Where(r => r.Project is not null).ToList() ?? [];
        var project = ProjectScanner.Scan(text, file).FirstOrDefault(p => p.Amount is not null && listed.Any(r => ProjectNames.Same(r.Project!, p.Name)));
        if (project is not null)
        {
            var at = Offset(text, project.AmountSpan!.Value.Start.Line, project.AmountSpan.Value.Start.Column);
            var published = NumberAt(text, at);
            var changed = (project.Amount!.Value + 7m).ToString(CultureInfo.InvariantCulture);
            yield return new MutationCase($"project-amount_{id}", file, Splice(at, published.Length, changed), project.AmountSpan.Value.Start.Line,
                DiagnosticCodes.ProjectAmountMismatch, false, "说明中项目的预算安排规模与表7不符");
        }

        var middle = LineOf(text, text.Length / 2);
        var lineStart = Offset(text, middle, 1);
        yield return new MutationCase($"html_{id}_explanations", file, Splice(lineStart, 0, "<script>alert(1)</script>"), middle,
            DiagnosticCodes.Markup, true, "说明正文中插入 <script>");
    }

    /// <summary>上年数 = the nearest plain amount before the rate minus the increase right before the rate.</summary>
    private static decimal Prior(QuotedSentence sentence, QuotedFigure rate)
    {
        var change = sentence.Figures[sentence.IndexOf(rate) - 1];
        var current = sentence.Figures.LastOrDefault(f => !f.IsPercent && f.ChangeVerb is null && f.Span.Start < change.Span.Start);
        return current is null ? 0m : current.Value - change.Value;
    }

    private static bool NextIsRate(QuotedSentence sentence, QuotedFigure figure)
    {
        var i = sentence.IndexOf(figure);
        return i + 1 < sentence.Figures.Count && sentence.Figures[i + 1] is { IsPercent: true, ChangeVerb: "增长" };
    }

    private static MutationCase Renumber(string name, string file, string text, QuotedFigure figure, decimal value, string code, string description)
    {
        var at = Offset(text, figure.Span.Start.Line, figure.Span.Start.Column);
        var published = NumberAt(text, at);
        var changed = Math.Round(value, figure.Value.Scale).ToString("F" + figure.Value.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return new MutationCase(name, file, Splice(at, published.Length, changed), figure.Span.Start.Line, code, false, $"{description}（{published} → {changed}）");
    }

    private static IEnumerable<MutationCase> Catalogue(Disclosure d)
    {
        var table = d.Tables.FirstOrDefault(t => t.Id == "general-budget" && !t.Empty);
        var row = table?.AllRows.FirstOrDefault(r => r.Code is { Length: 7 } && r.Project is null);
        if (table is null || row is null)
        {
            yield break;
        }

        var id = $"{d.UnitId}_{d.Year}";
        var text = Text(table.File);
        var line = Line(text, row.Span.Start.Line);
        var lineStart = Offset(text, row.Span.Start.Line, 1);
        var name = line.IndexOf("name: ", StringComparison.Ordinal) + 6;
        var nameEnd = line.IndexOf(',', name);
        yield return new MutationCase($"name-wrong_{id}", table.File, Splice(lineStart + name, nameEnd - name, "未登记的科目名称"), row.Span.Start.Line,
            DiagnosticCodes.NameMismatch, false, $"{row.Code} 的名称改成目录里没有的名称");
        var code = line.IndexOf(row.Code!, StringComparison.Ordinal);
        yield return new MutationCase($"code-unknown_{id}", table.File, Splice(lineStart + code + 5, 2, "98"), row.Span.Start.Line,
            DiagnosticCodes.UnknownCode, false, $"{row.Code} 改成目录里没有的编码");
        var top = table.AllRows.First(r => r.Code is { Length: 3 });
        var topLine = Line(text, top.Span.Start.Line);
        yield return new MutationCase($"code-economic_{id}", table.File, Splice(Offset(text, top.Span.Start.Line, 1) + topLine.IndexOf(top.Code!, StringComparison.Ordinal), 3, "302"), top.Span.Start.Line,
            DiagnosticCodes.CodeInWrongCatalogue, false, $"功能分类 {top.Code} 改成经济分类编码 302");
    }
}
