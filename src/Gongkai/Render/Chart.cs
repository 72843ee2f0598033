using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Render;

/// <summary>A horizontal bar chart as inline SVG: no script, no external request, labelled for screen readers.</summary>
internal static class Chart
{
    /// <summary>The chart as trusted HTML for templates, or null when there is nothing to draw.</summary>
    public static TrustedHtml? Svg(string title, IReadOnlyList<(string Code, string Name, decimal Amount)> bars) =>
        bars.Count == 0 ? null : new TrustedHtml(Bars(title, bars));

    public static string Bars(string title, IReadOnlyList<(string Code, string Name, decimal Amount)> bars)
    {
        if (bars.Count == 0)
        {
            return "";
        }

        const int width = 640, rowHeight = 34, labelWidth = 250, valueWidth = 90;
        var max = bars.Max(b => b.Amount);
        var total = bars.Sum(b => b.Amount);
        var height = bars.Count * rowHeight + 8;
        var sb = new StringBuilder();
        var summary = string.Join("；", bars.Select(b => $"{b.Code} {b.Name} {Amount(b.Amount)} 万元"));
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{WebUtility.HtmlEncode(title)}：{WebUtility.HtmlEncode(summary)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (code, name, amount) = bars[i];
            var y = 4 + i * rowHeight;
            var barWidth = max == 0 ? 0 : (int)Math.Round((width - labelWidth - valueWidth) * amount / max);
            var share = total == 0 ? 0 : Math.Round(amount * 100 / total, 2);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 20}\" class=\"chart-label\">{WebUtility.HtmlEncode(code + " " + name)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 6}\" width=\"{Math.Max(barWidth, 1)}\" height=\"20\" class=\"chart-bar\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + Math.Max(barWidth, 1) + 6}\" y=\"{y + 20}\" class=\"chart-value\">{Amount(amount)}（{share.ToString("0.00", CultureInfo.InvariantCulture)}%）</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
