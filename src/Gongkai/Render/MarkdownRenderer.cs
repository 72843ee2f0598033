using Markdig;
using Markdig.Renderers;

namespace Gongkai.Render;

/// <summary>Markdown through Markdig with raw HTML off (content HTML is shown as text, never executed) and unsafe URLs as text.</summary>
internal sealed class MarkdownRenderer(GlossaryLinker? linker)
{
    private static MarkdownPipeline Pipeline => Load.MarkdownSyntax.Pipeline;

    /// <summary>Renders a disclosure's Markdown, linking glossary terms when a linker is given.</summary>
    public string Render(string markdown)
    {
        var document = Load.MarkdownSyntax.Parse(markdown);
        Load.LinkSafety.Neutralise(document); // reported as GK1019 when loading; never reaches href/src
        linker?.Link(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Headings of level 2 with their generated ids, for a table of contents.</summary>
    public static IReadOnlyList<(string Id, string Text)> Sections(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        return [.. document.OfType<Markdig.Syntax.HeadingBlock>()
            .Where(h => h.Level == 2)
            .Select(h => (Markdig.Renderers.Html.HtmlAttributesExtensions.GetAttributes(h).Id ?? "", h.Inline?.FirstChild is null ? "" : InlineText(h.Inline)))];
    }

    private static string InlineText(Markdig.Syntax.Inlines.ContainerInline inline) =>
        string.Concat(inline.FindDescendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
}
