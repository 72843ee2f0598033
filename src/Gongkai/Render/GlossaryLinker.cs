using Gongkai.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gongkai.Render;

/// <summary>
/// Links glossary terms (and aliases) in rendered Markdown to their glossary anchors: the first occurrence
/// of each term on a page, longest term first, never inside an existing link or heading.
/// </summary>
internal sealed class GlossaryLinker
{
    private readonly List<(string Text, GlossaryTerm Term)> _needles;
    private readonly Func<GlossaryTerm, string> _href;

    public GlossaryLinker(IEnumerable<GlossaryTerm> terms, Urls urls)
        : this(terms, t => urls.GlossaryTerm(t.Id))
    {
    }

    /// <summary>Links each term to <paramref name="href"/>'s address (a unit's own wording or the site-wide entry).</summary>
    public GlossaryLinker(IEnumerable<GlossaryTerm> terms, Func<GlossaryTerm, string> href)
    {
        _href = href;
        _needles = [.. terms
            .SelectMany(t => t.Aliases.Prepend(t.Term).Select(text => (Text: text, Term: t)))
            .Where(n => n.Text.Length >= 2)
            .OrderByDescending(n => n.Text.Length)
            .ThenBy(n => n.Text, StringComparer.Ordinal)];
    }

    public void Link(MarkdownDocument document)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (IsInsideLinkOrHeading(literal))
            {
                continue;
            }

            var text = literal.Content.ToString();
            var pieces = Split(text, linked);
            if (pieces.Count == 1 && pieces[0].Term is null)
            {
                continue;
            }

            Inline anchor = literal;
            foreach (var (piece, term) in pieces)
            {
                Inline next = term is null ? new LiteralInline(piece) : TermLink(piece, term);
                anchor.InsertAfter(next);
                anchor = next;
            }

            literal.Remove();
        }
    }

    private LinkInline TermLink(string text, GlossaryTerm term)
    {
        var link = new LinkInline(_href(term), term.Term);
        link.AppendChild(new LiteralInline(text));
        link.GetAttributes().AddClass("term");
        return link;
    }

    private List<(string Text, GlossaryTerm? Term)> Split(string text, HashSet<string> linked)
    {
        var result = new List<(string, GlossaryTerm?)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var hit = _needles.FirstOrDefault(n => !linked.Contains(n.Term.Id) && string.CompareOrdinal(text, i, n.Text, 0, n.Text.Length) == 0);
            if (hit.Term is null)
            {
                i++;
                continue;
            }

            if (i > start)
            {
                result.Add((text[start..i], null));
            }

            result.Add((hit.Text, hit.Term));
            linked.Add(hit.Term.Id);
            i += hit.Text.Length;
            start = i;
        }

        if (start < text.Length)
        {
            result.Add((text[start..], null));
        }

        return result;
    }

    private static bool IsInsideLinkOrHeading(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return inline.Parent?.ParentBlock is HeadingBlock;
    }
}
