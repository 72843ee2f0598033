using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gongkai.Index;

/// <summary>
/// The plain text of a Markdown document, block by block, with the ids its headings get on the rendered page.
/// It parses with the one pipeline the loader and the renderer use, so heading ids agree; a test checks every
/// indexed anchor against the built pages.
/// </summary>
internal static class MarkdownText
{
    private static MarkdownPipeline Pipeline => Load.MarkdownSyntax.Pipeline;

    /// <summary>A block of text; for a heading, its level and id.</summary>
    public sealed record Block(string Text, int HeadingLevel, string? Id);

    public static IReadOnlyList<Block> Blocks(string markdown)
    {
        var blocks = new List<Block>();
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return blocks;
        }

        Walk(Markdown.Parse(markdown, Pipeline), blocks);
        return blocks;
    }

    /// <summary>All text of a short Markdown field (organisation, introduction), one string per block.</summary>
    public static IEnumerable<string> Paragraphs(string? markdown) =>
        Blocks(markdown ?? "").Select(b => b.Text).Where(t => t.Length > 0);

    private static void Walk(ContainerBlock container, List<Block> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(new Block(Inline(heading.Inline), heading.Level, heading.GetAttributes().Id));
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        var cells = row.OfType<TableCell>().Select(c => string.Join(" ", c.OfType<LeafBlock>().Select(l => Inline(l.Inline))));
                        blocks.Add(new Block(string.Join(" ", cells).Trim(), 0, null));
                    }

                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    blocks.Add(new Block(Inline(leaf.Inline), 0, null));
                    break;
                case LinkReferenceDefinition:
                    break; // "[r]: https://…" is not shown text; its Lines are null (issue 9, class 4)
                case LeafBlock leaf when leaf.Lines.Lines is not null:
                    blocks.Add(new Block(string.Join(" ", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString())).Trim(), 0, null));
                    break;
                case ContainerBlock inner:
                    Walk(inner, blocks);
                    break;
            }
        }
    }

    private static string Inline(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString().Trim();
    }

    private static void Append(Markdig.Syntax.Inlines.Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline link:
                sb.Append(link.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, sb);
                }

                break;
        }
    }
}
