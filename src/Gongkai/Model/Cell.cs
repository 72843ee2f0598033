using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A published amount in 万元. <c>decimal</c> keeps the published scale (204.8 vs 204.80).</summary>
public sealed record Cell(decimal Value, SourceSpan Span)
{
    /// <summary>The amount as published, with its own number of decimals.</summary>
    public string Text => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Decimals as published (2 for 28.00, 1 for 204.8).</summary>
    public int Scale => Value.Scale;
}
