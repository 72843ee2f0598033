using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Render;

/// <summary>
/// A labelled bar list: each bar is an HTML list item (name, amount and share as text) with a small SVG rectangle
/// for its length. HTML rather than one fixed-width SVG drawing because an SVG scales its text with its width
/// (14 px labels became 7.8 px on a phone) and cannot wrap a long name (the widest label ran past the 640-unit
/// drawing and was clipped at every width); HTML text keeps the page's font size, wraps, and reflows at 320 px.
/// The rectangle's length is an SVG attribute because the strict CSP forbids inline style attributes. The list is
/// plain text to a screen reader (the bars are aria-hidden), and the table it summarises stays the full fallback.
/// </summary>
internal static class Chart
{
    /// <summary>
    /// The bar list as trusted HTML for templates, or null when it would compare nothing: one bar is always 100%
    /// (seeds 002 and 003 spend on one 类 only), and the figure it shows is already in the headlines and the table.
    /// </summary>
    public static TrustedHtml? Html(string title, IReadOnlyList<(string Code, string Name, decimal Amount)> bars) =>
        bars.Count < 2 ? null : new TrustedHtml(Bars(title, bars));

    public static string Bars(string title, IReadOnlyList<(string Code, string Name, decimal Amount)> bars)
    {
        if (bars.Count == 0)
        {
            return "";
        }

        // Length in thousandths of the largest bar: the longest bar fills its track, the share is printed as text.
        const int scale = 1000;
        var max = bars.Max(b => b.Amount);
        var total = bars.Sum(b => b.Amount);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<ol class=\"bar-list\" aria-label=\"{WebUtility.HtmlEncode(title)}\">");
        foreach (var (code, name, amount) in bars)
        {
            var length = max <= 0 ? 0 : (int)Math.Round(scale * Math.Max(amount, 0) / max);
            var share = total == 0 ? 0 : Math.Round(amount * 100 / total, 2);
            var label = string.IsNullOrEmpty(code) ? name : code + " " + name;
            sb.Append("<li>");
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"bar-name\">{WebUtility.HtmlEncode(label)}</span>");
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"bar-value\">{Amount(amount)} 万元，占 {share.ToString("0.00", CultureInfo.InvariantCulture)}%</span>");
            sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"bar\" viewBox=\"0 0 {scale} 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-track\" width=\"{scale}\" height=\"10\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-fill\" width=\"{Math.Max(length, 1)}\" height=\"10\"/></svg>");
            sb.Append("</li>");
        }

        sb.Append("</ol>");
        return sb.ToString();
    }

    private static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
