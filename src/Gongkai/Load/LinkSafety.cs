using System.Net;
using Gongkai.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gongkai.Load;

/// <summary>
/// The Markdown link pass (GK1019): links may be relative, http, https or mailto; images only relative (the site
/// makes no external request). The scheme is decided as a browser decides it: entities decoded, tab and newline
/// removed, leading spaces and control characters stripped, case ignored; so <c>JaVa&amp;#115;cript:</c>,
/// <c>java\tscript:</c> and <c>\x01javascript:</c> are all javascript:. Loading reports; rendering neutralises
/// (the link becomes its text), over the same parsed document.
/// </summary>
internal static class LinkSafety
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    /// <summary>Unsafe links and images of a document: the inline, its URL and its 1-based line and column.</summary>
    public static IEnumerable<(Inline Inline, string Url, int Line, int Column)> Unsafe(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            var (url, image) = inline switch
            {
                LinkInline link => (link.Url ?? "", link.IsImage),
                AutolinkInline auto => (auto.IsEmail ? "mailto:" + auto.Url : auto.Url ?? "", false),
                _ => (null, false),
            };
            if (url is not null && !IsSafe(url, image))
            {
                yield return (inline, url, inline.Line + 1, inline.Column + 1);
            }
        }
    }

    /// <summary>Reports every unsafe URL of a Markdown text at its line and column, counted from <paramref name="start"/>.</summary>
    public static void Check(string markdown, string file, SourceMark start, DiagnosticBag diagnostics)
    {
        if (!markdown.Contains('[', StringComparison.Ordinal) && !markdown.Contains('<', StringComparison.Ordinal))
        {
            return; // no link syntax at all: most fields
        }

        foreach (var (inline, url, line, column) in Unsafe(MarkdownSyntax.Parse(markdown)))
        {
            var mark = line == 1 ? new SourceMark(start.Line, start.Column + column - 1) : new SourceMark(start.Line + line - 1, column);
            var image = inline is LinkInline { IsImage: true };
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnsafeUrl, new Diagnostics.SourceSpan(file, mark),
                $"{(image ? "图片" : "链接")}的网址 “{MappingReader.Shorten(url)}” 不安全；{(image ? "图片只能用站内相对地址（网站不引用外部资源）" : "链接只能是站内相对地址或 http、https、mailto 网址")}")
            {
                Fix = "请改为 https:// 开头的网址或站内地址，或删除这个链接（网站只会把它显示为文字）",
            });
        }
    }

    /// <summary>Replaces every unsafe link by its text (an autolink or image by its URL or alt text), so no such URL reaches href or src.</summary>
    public static void Neutralise(MarkdownDocument document)
    {
        foreach (var (inline, url, _, _) in Unsafe(document).ToList())
        {
            if (inline is LinkInline link && !link.IsImage)
            {
                foreach (var child in link.ToList())
                {
                    child.Remove();
                    link.InsertBefore(child);
                }

                link.Remove();
            }
            else
            {
                var text = inline is LinkInline image ? string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())) : url;
                inline.ReplaceBy(new LiteralInline(text));
            }
        }
    }

    /// <summary>True for a relative URL, or (links only) http, https or mailto.</summary>
    public static bool IsSafe(string url, bool image)
    {
        var cleaned = Browserlike(url);
        if (cleaned.StartsWith("//", StringComparison.Ordinal) || cleaned.StartsWith("/\\", StringComparison.Ordinal) || cleaned.StartsWith('\\'))
        {
            return false; // scheme-relative: another host
        }

        var scheme = Scheme(cleaned);
        return scheme is null || (!image && LinkSchemes.Contains(scheme.ToLowerInvariant()));
    }

    /// <summary>The URL as a browser's parser sees it before reading the scheme.</summary>
    private static string Browserlike(string url)
    {
        var decoded = url;
        for (var i = 0; i < 3 && decoded.Contains('&', StringComparison.Ordinal); i++)
        {
            // Entities, also doubly encoded ones and HTML5 names (&colon;, &Tab;) that WebUtility does not know.
            decoded = WebUtility.HtmlDecode(Markdig.Helpers.HtmlHelper.Unescape(decoded, removeBackSlash: false));
        }

        var noTabs = string.Concat(decoded.Where(c => c is not '\t' and not '\n' and not '\r'));
        return noTabs.Trim(Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray());
    }

    /// <summary>The scheme (letters, digits, + - . after a letter, before ':'), or null when the URL is relative.</summary>
    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var candidate = url[..colon];
        var delimiter = candidate.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0)
        {
            return null; // "a/b:c" is a relative path
        }

        // Anything before ':' that is not a clean scheme is still refused: browsers differ on odd characters.
        return candidate;
    }
}
