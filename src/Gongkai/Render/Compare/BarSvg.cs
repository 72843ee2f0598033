using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Render.Compare;

/// <summary>
/// A chart as a standalone SVG file (its own URL, to link or embed in an article): label, bar and amount per
/// line, the title and every value in text, so it reads without the page around it.
/// </summary>
internal static class BarSvg
{
    public static byte[] Write(BarChartView chart)
    {
        const int width = 720, rowHeight = 28, labelWidth = 300, valueWidth = 110, top = 36;
        var max = chart.Bars.Count == 0 ? 0 : chart.Bars.Max(b => Math.Abs(decimal.Parse(b.Value, CultureInfo.InvariantCulture)));
        var height = top + chart.Bars.Count * rowHeight + 8;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" font-family=\"sans-serif\" font-size=\"14\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Esc(chart.Title)}（单位：{Esc(chart.Unit)}）</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"20\" font-weight=\"bold\">{Esc(chart.Title)}（单位：{Esc(chart.Unit)}）</text>");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var value = Math.Abs(decimal.Parse(bar.Value, CultureInfo.InvariantCulture));
            var y = top + i * rowHeight;
            var w = max == 0 ? 1 : Math.Max(1, (int)Math.Round((width - labelWidth - valueWidth) * value / max));
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 18}\">{Esc(bar.Label)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 5}\" width=\"{w}\" height=\"18\" fill=\"{(bar.Negative ? "#b3261e" : "#1f5fa8")}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 6}\" y=\"{y + 18}\">{Esc(bar.Value)}</text>");
        }

        sb.Append("</svg>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Esc(string text) => WebUtility.HtmlEncode(text);
}
