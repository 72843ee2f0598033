using System.Net;
using System.Text;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Preview;

/// <summary>
/// The failed build's diagnostics as HTML, rendered on the server (so it shows with JavaScript off) and escaped as
/// text: a diagnostic quotes content, and content is never markup.
/// </summary>
internal static class ErrorOverlay
{
    /// <summary>Enough to see what is wrong; the terminal has the full list.</summary>
    public const int MaxShown = 50;

    public static string Html(IReadOnlyList<Diagnostic> problems, bool hasSite)
    {
        var sb = new StringBuilder("<div class=\"gongkai-overlay\" id=\"gongkai-overlay\" role=\"alert\"><div class=\"gongkai-overlay-box\">");
        sb.Append("<p class=\"gongkai-overlay-title\">构建失败（").Append(problems.Count).Append(" 个错误）")
            .Append(hasSite ? "：页面显示的是上一次成功的版本。" : "：还没有可显示的站点。")
            .Append("修正后保存，本提示会自动消失。</p><ol>");
        foreach (var d in problems.Take(MaxShown))
        {
            sb.Append("<li><code>").Append(Encode(d.Span.ToString())).Append("</code> <span class=\"gongkai-overlay-code\">")
                .Append(Encode($"{Diagnostic.SeverityName(d.Severity)} {d.Code}")).Append("</span> ")
                .Append(Encode(d.Fix is null ? d.Message : $"{d.Message}；{d.Fix}")).Append("</li>");
        }

        sb.Append("</ol>");
        if (problems.Count > MaxShown)
        {
            sb.Append("<p>还有 ").Append(problems.Count - MaxShown).Append(" 个错误，见终端输出。</p>");
        }

        sb.Append(hasSite ? "<button type=\"button\" class=\"gongkai-overlay-close\">暂时关闭</button>" : "").Append("</div></div>");
        return sb.ToString();
    }

    /// <summary>The whole page shown while no build has succeeded yet.</summary>
    public static string Page(IReadOnlyList<Diagnostic> problems) =>
        "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>构建失败</title></head><body>" + Html(problems, hasSite: false) + "</body></html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
