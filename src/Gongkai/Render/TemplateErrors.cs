using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using HandlebarsDotNet;

namespace Gongkai.Render;

/// <summary>Turns a Handlebars.Net exception into GK0002 at the .hbs file and line (parsed from its message, else found in the text).</summary>
internal static partial class TemplateErrors
{
    public static Diagnostic From(HandlebarsException e, TemplateSource source, IEnumerable<TemplateSource> partials)
    {
        var message = e.Message.ReplaceLineEndings(" ");
        var at = OccurredAt().Match(message);
        if (at.Success)
        {
            // Handlebars.Net counts lines from 0 ("Occured at: 0:7").
            var line = int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
            var column = Math.Max(1, int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture));
            return Make(new SourceSpan(source.File, new SourceMark(line, column)), Describe(message));
        }

        var name = Quoted().Match(message);
        if (name.Success)
        {
            var last = message.Contains("end of template", StringComparison.Ordinal);
            foreach (var candidate in partials.Prepend(source))
            {
                if (candidate.Find(name.Groups[1].Value, last) is { } mark)
                {
                    return Make(new SourceSpan(candidate.File, mark), Describe(message));
                }
            }
        }

        return Make(SourceSpan.WholeFile(source.File), Describe(message));
    }

    public static Diagnostic MissingPartial(TemplateSource source, string name, SourceMark mark) =>
        Make(new SourceSpan(source.File, mark), $"局部模板 “{name}” 不存在；请创建 templates/partials/{name}.hbs 或改正名称");

    private static Diagnostic Make(SourceSpan span, string message) => new(Severity.Error, DiagnosticCodes.Template, span, message);

    private static string Describe(string message)
    {
        var detail = message.Length > 200 ? message[..200] + "…" : message;
        var what = message switch
        {
            _ when message.Contains("helper", StringComparison.OrdinalIgnoreCase) => "用了不存在的 helper（模板只能用 if、each、with、unless 等内置 helper）",
            _ when message.Contains("partial", StringComparison.OrdinalIgnoreCase) => "引用了不存在的局部模板",
            _ when message.Contains("closed", StringComparison.OrdinalIgnoreCase) || message.Contains("closing", StringComparison.OrdinalIgnoreCase) => "块没有成对（{{#…}} 与 {{/…}}）",
            _ => "语法错误",
        };
        return $"模板{what}；请改正模板（Handlebars.Net：{detail}）";
    }

    [GeneratedRegex(@"Occured at: ?(\d+):(\d+)")]
    private static partial Regex OccurredAt();

    [GeneratedRegex(@"'([^']{1,100})'")]
    private static partial Regex Quoted();
}
