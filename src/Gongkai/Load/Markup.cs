using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Load;

/// <summary>
/// Finds HTML tags in content text. The site always shows them as text (templates escape, Markdig has HTML off),
/// so this is a warning: a published budget never contains markup, and a tag usually means text pasted from a web page.
/// </summary>
internal static partial class Markup
{
    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?\s*>|<!--")]
    private static partial Regex TagPattern();

    /// <summary>Reports the first tag of a YAML text value, at the value's position.</summary>
    public static void Check(string text, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return; // every scalar of every file passes here; most have no '<' at all
        }

        var tag = TagPattern().Match(text);
        if (tag.Success)
        {
            Report(tag.Value, span, diagnostics);
        }
    }

    /// <summary>Reports every line of a Markdown file that holds a tag, at the tag's line and column.</summary>
    public static void CheckLines(string markdown, string file, DiagnosticBag diagnostics)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var control = ControlCharacters.Find(lines[i]);
            if (control >= 0)
            {
                ControlCharacters.Check(lines[i], new SourceSpan(file, new SourceMark(i + 1, control + 1)), diagnostics);
            }

            var tag = TagPattern().Match(lines[i]);
            if (tag.Success)
            {
                Report(tag.Value, new SourceSpan(file, new SourceMark(i + 1, tag.Index + 1)), diagnostics);
            }
        }
    }

    private static void Report(string tag, SourceSpan span, DiagnosticBag diagnostics) =>
        diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.Markup, span,
            $"文字中有 HTML 标记“{MappingReader.Shorten(tag)}”；网站会把它当作普通文字原样显示，不会执行")
        {
            Fix = "原文没有这段标记就请删除（多半是从网页复制时带进来的）；需要强调或列表请用 Markdown",
        });
}
