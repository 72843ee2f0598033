namespace Gongkai.Render.Compare;

/// <summary>
/// A bar chart drawn in HTML and CSS at build time (no script), so its text is real page text that wraps and
/// stays readable on a phone; <see cref="Svg"/> is the same chart as a standalone file to link or embed.
/// </summary>
public sealed record BarChartView(string Id, string Title, string Unit, IReadOnlyList<BarView> Bars, string? Svg)
{
    public bool Any => Bars.Count > 0;

    internal static BarChartView From(string id, string title, IEnumerable<(string Label, string? Url, decimal Value)> bars, string? svg)
    {
        var list = bars.ToList();
        var max = list.Count == 0 ? 0 : list.Max(b => Math.Abs(b.Value));
        return new BarChartView(id, title, "万元", [.. list.Select(b => new BarView(b.Label, b.Url, Figures.Amount(b.Value), Figures.Width(b.Value, max), b.Value < 0))], svg);
    }
}
