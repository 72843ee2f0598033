namespace Gongkai.Render.Compare;

/// <summary>One year's figure with its change from the year before (derived; blank for the first year or a missing figure).</summary>
public sealed record HistoryCellView(string Amount, string Change, string Rate, string Css);
