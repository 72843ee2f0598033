using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Render;

/// <summary>
/// One .hbs file's text, checked before Handlebars.Net compiles it: no unescaped output (triple-stash, ampersand,
/// raw blocks), and partial calls never indented. Handlebars.Net 2.4 renders an indented standalone partial
/// (a partial call alone on its line after spaces) through a writer with encoding suppressed, so every
/// <c>{{name}}</c> inside it came out raw (issue 9, class 1); removing the indentation keeps the partial on the
/// encoding path (HTML does not need the indentation).
/// </summary>
internal sealed partial class TemplateSource(string file, string text)
{
    /// <summary>Root-relative path, e.g. templates/partials/unit-list.hbs.</summary>
    public string File { get; } = file;

    public string Text { get; } = text;

    /// <summary>The text Handlebars compiles: identical but for the whitespace before partial calls.</summary>
    public string Compilable => PartialIndent().Replace(Text, "");

    /// <summary>Partial names this template calls (<c>{{> name}}</c>, <c>{{#> name}}</c>) with their marks.</summary>
    public IEnumerable<(string Name, SourceMark Mark)> PartialCalls() =>
        PartialCall().Matches(Text).Select(m => (m.Groups[1].Value, MarkAt(m.Index)));

    /// <summary>GK0002 for every place that would print a value unescaped.</summary>
    public IEnumerable<Diagnostic> UnescapedOutput() =>
        Unescaped().Matches(Text).Select(m => new Diagnostic(Severity.Error, DiagnosticCodes.Template, new SourceSpan(File, MarkAt(m.Index)),
            $"模板用 “{m.Value}” 不转义地输出内容；模板里只能写 {{{{名称}}}}（自动转义），程序生成的 HTML（正文、图表）也这样写"));

    /// <summary>The first (or last) place where a mustache names <paramref name="name"/>, for errors Handlebars gives without a line.</summary>
    public SourceMark? Find(string name, bool last)
    {
        var bare = name.TrimStart('#', '/', '^', '>', ' ');
        var pattern = new Regex(@"\{\{~?[#/>^&]?\s*" + Regex.Escape(bare) + @"(?=[\s}~])", RegexOptions.None, TimeSpan.FromSeconds(1));
        var matches = pattern.Matches(Text);
        return matches.Count == 0 ? null : MarkAt((last ? matches[^1] : matches[0]).Index);
    }

    public SourceMark MarkAt(int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceMark(line, index - lineStart + 1);
    }

    [GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?#?>)")]
    private static partial Regex PartialIndent();

    [GeneratedRegex(@"\{\{~?#?>\s*([A-Za-z0-9_\-./@]+)")]
    private static partial Regex PartialCall();

    [GeneratedRegex(@"\{\{~?[{&]")]
    private static partial Regex Unescaped();
}
