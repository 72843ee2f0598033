using Markdig;
using Markdig.Syntax;

namespace Gongkai.Load;

/// <summary>
/// The one Markdown pipeline (raw HTML off): checking (load) and rendering parse with it, so the link pass sees the
/// same document in <c>check</c> and <c>build</c>.
/// </summary>
internal static class MarkdownSyntax
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);
}
