using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>政府采购预算 and the share reserved for small and medium enterprises.</summary>
public sealed record Procurement(
    decimal? Total,
    decimal? Goods,
    decimal? Works,
    decimal? Services,
    decimal? SmeReserved,
    decimal? SmallMicroReserved,
    SourceSpan Span)
{
    /// <summary>Where each published field is written (total, goods, …), for diagnostics at the figure.</summary>
    public IReadOnlyDictionary<string, SourceSpan> FieldSpans { get; init; } = new Dictionary<string, SourceSpan>();
}
