using Gongkai.Model;

namespace Gongkai.Validate.Text;

/// <summary>
/// Tells which table figure an amount of the explanations speaks of, from the heading it is under and the words
/// right before it, as declared in table-kinds.yml (<c>text_terms:</c>). The standard explanations name their
/// figures in fixed phrases (“一般公共预算51455万元”, “其中：人员经费3125万元”, “基本工资837万元”), so the longest
/// declared word the words end with decides; an amount whose words name nothing declared is left to membership.
/// </summary>
/// <remarks>A coded row is also known by its catalogue name, so a name the table prints differently still names it.</remarks>
internal sealed class TextMeaning(IReadOnlyList<TextTerm> terms, IReadOnlyDictionary<string, string> standardNames, Disclosure disclosure)
{
    /// <summary>Filler between a name and its amount: “政府性基金预算安排 37424”, ““三公”经费数为 79.5”.</summary>
    private static readonly string[] Fillers = ["为", "是", "：", ":", "安排", "共计", "合计", "预算数", "数", "达"];

    private readonly Dictionary<string, Dictionary<string, List<FigureCell>>> _rowsByName = new(StringComparer.Ordinal);

    public MeantFigure? Of(QuotedSentence sentence, QuotedFigure figure) => Of(sentence.Heading, Clean(figure.Before));

    /// <summary>
    /// The whole a share of <paramref name="part"/> is of: what the words after 占 name (“占基本支出的”), else the
    /// <c>share_of</c> of the term the part's own words name; null when the words name no whole this disclosure publishes.
    /// </summary>
    public ShareWhole? WholeOf(QuotedSentence sentence, QuotedFigure part, QuotedFigure share)
    {
        var said = Clean(share.WholeWords);
        if (said.Length >= 2 && Of(sentence.Heading, said) is { } named)
        {
            return new ShareWhole(named.Word, named.Ways, ByShareWords: true);
        }

        if (Of(sentence, part) is not { Term.ShareOf.Count: > 0 } meant)
        {
            return null;
        }

        // As for the amount itself, a table this disclosure does not publish is skipped, not a mismatch.
        List<FigureCell> ways = [.. meant.Term.ShareOf.Select(f => FigureCell.Resolve([f], disclosure)).OfType<List<FigureCell>>().Select(r => r[0])];
        return ways.Count == 0 ? null : new ShareWhole(meant.Word, ways, ByShareWords: false);
    }

    private MeantFigure? Of(string heading, string words)
    {
        MeantFigure? best = null;
        foreach (var term in terms.Where(t => Applies(t, heading)))
        {
            var match = term.RowsOf is null ? ByWords(term, words) : term.RowsByPath ? ByPath(term, words) : ByRowName(term, words);
            if (match is not null && (best is null || match.Word.Length > best.Word.Length))
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>True when the amount is the cell's, also when one of the two rounds the other to fewer decimals.</summary>
    public static bool Agrees(decimal quoted, FigureCell way)
    {
        var value = way.Value;
        return value == quoted
            || (value.Scale > quoted.Scale && Math.Round(value, quoted.Scale, MidpointRounding.AwayFromZero) == quoted)
            || (quoted.Scale > value.Scale && Math.Round(quoted, value.Scale, MidpointRounding.AwayFromZero) == value);
    }

    private static bool Applies(TextTerm term, string heading) =>
        term.Sections.Any(s => heading.Contains(s, StringComparison.Ordinal)) && !term.NotSections.Any(s => heading.Contains(s, StringComparison.Ordinal));

    private MeantFigure? ByWords(TextTerm term, string words)
    {
        var word = term.Words.Select(Clean).Where(w => w.Length > 0 && words.EndsWith(w, StringComparison.Ordinal)).MaxBy(w => w.Length);
        if (word is null)
        {
            return null;
        }

        // Each figure is a way of its own: a table this disclosure does not publish is skipped, not a mismatch.
        List<FigureCell> ways = [.. term.Figures.Select(f => FigureCell.Resolve([f], disclosure)).OfType<List<FigureCell>>().Select(r => r[0])];
        return ways.Count == 0 ? null : new MeantFigure(term, word, ways, Every: true);
    }

    private MeantFigure? ByRowName(TextTerm term, string words)
    {
        var rows = RowsByName(term.RowsOf!);
        for (var length = Math.Min(words.Length, 40); length >= 2; length--)
        {
            if (rows.TryGetValue(words[^length..], out var named))
            {
                List<FigureCell> ways = [.. named.SelectMany(w => Cells(w, term.RowsColumn))];
                return new MeantFigure(term, words[^length..], ways, Every: false);
            }
        }

        return null;
    }

    /// <summary>
    /// The row a code path names (“一般公共服务支出（类）商贸事务（款）行政运行（项）：2025年”): rows whose name is the 项's
    /// (or, without a 项, the 款's), narrowed by the names of their 款 and 类 rows when several share it; null unless
    /// exactly one row is left, so an unclear path falls back to membership rather than guessing.
    /// </summary>
    private MeantFigure? ByPath(TextTerm term, string words)
    {
        var rows = RowsByName(term.RowsOf!);
        if (TerminalPath.Parse(words) is not { } path || !rows.TryGetValue(path.Last, out var named))
        {
            return null;
        }

        var level = path.Xiang is null ? 5 : 7;
        List<FigureCell> candidates = [.. named.Where(r => r.Row.Code?.Length == level)];
        if (candidates.Count > 1 && level == 7)
        {
            candidates = [.. candidates.Where(r => Names(rows, path.Kuan, r.Row.Code![..5]))];
        }

        if (candidates.Count > 1 && path.Lei is { } lei)
        {
            candidates = [.. candidates.Where(r => Names(rows, lei, r.Row.Code![..3]))];
        }

        return candidates.Count == 1
            ? new MeantFigure(term, path.Words, [.. Cells(candidates[0], term.RowsColumn)], Every: false)
            : null;
    }

    /// <summary>True when <paramref name="name"/> is the published or standard name of the table's row for <paramref name="code"/>.</summary>
    private static bool Names(Dictionary<string, List<FigureCell>> rows, string name, string code) =>
        rows.TryGetValue(name, out var named) && named.Exists(r => r.Row.Code == code);

    /// <summary>The named column of a row, or without one each published cell (a blank row is one 0).</summary>
    private static IEnumerable<FigureCell> Cells(FigureCell row, string? column)
    {
        if (column is not null)
        {
            return [row with { Figure = row.Figure with { Column = column }, Cell = row.Row[column] }];
        }

        List<FigureCell> cells = [.. row.Row.Cells.Select(c => row with { Figure = row.Figure with { Column = c.Key }, Cell = c.Value })];
        return cells.Count > 0 ? cells : [row with { Figure = row.Figure with { Column = row.Section.Definition.Columns[0].Key } }];
    }

    /// <summary>The rows of a table kind by cleaned name, built once per disclosure and table kind.</summary>
    private Dictionary<string, List<FigureCell>> RowsByName(string kind)
    {
        if (!_rowsByName.TryGetValue(kind, out var byName))
        {
            byName = new Dictionary<string, List<FigureCell>>(StringComparer.Ordinal);
            var rows = from table in disclosure.Tables.Where(t => t.Id == kind)
                       from section in table.Sections
                       from row in section.Rows.Where(r => !r.IsSumRow && r.Project is null)
                       select new FigureCell(new Figure(kind, section.Definition.Id, false, row.Code, [row.Name], "", row.Span), table, section, row, null);
            foreach (var cell in rows)
            {
                var row = cell.Row;
                var standard = row.Code is not null && standardNames.TryGetValue(row.Code, out var known) ? known : row.Name;
                foreach (var name in new[] { row.Name, standard }.Select(n => Clean(FigureCell.Normalize(n))).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal))
                {
                    if (!byName.TryGetValue(name, out var list))
                    {
                        byName[name] = list = [];
                    }

                    list.Add(cell);
                }
            }

            _rowsByName[kind] = byName;
        }

        return byName;
    }

    /// <summary>Words without spaces, quotation marks and trailing filler, as both the text and the declarations write them.</summary>
    private static string Clean(string text)
    {
        var squeezed = string.Concat(Labels.Squeeze(text).Where(c => c is not ('“' or '”' or '"' or '‘' or '’' or '\'')));
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var filler in Fillers)
            {
                if (squeezed.Length > filler.Length && squeezed.EndsWith(filler, StringComparison.Ordinal))
                {
                    squeezed = squeezed[..^filler.Length];
                    trimmed = true;
                }
            }
        }

        return squeezed;
    }
}
