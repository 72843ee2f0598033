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
    /// <summary>The source's words for the small-and-micro share ("小微企业预留", or "其中：小微企业预留" where it says 其中).</summary>
    public string SmallMicroLabel { get; init; } = "小微企业预留";

    public IReadOnlyDictionary<string, SourceSpan> FieldSpans { get; init; } = new Dictionary<string, SourceSpan>();
}
