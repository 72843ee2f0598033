using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A budget unit (预算单位) and the disclosures it published, one per year.</summary>
public sealed record Unit(
    string Id,
    string Name,
    string? ShortName,
    string RegionId,
    string? ParentId,
    string Kind,
    SourceSpan Span)
{
    public IReadOnlyList<Disclosure> Disclosures { get; init; } = [];

    /// <summary>Where <c>region:</c> is written, for an unknown-region finding.</summary>
    public SourceSpan RegionSpan { get; init; }

    /// <summary>Why <see cref="Kind"/> was inferred (the source does not state it); null when the source states it.</summary>
    public string? KindBasis { get; init; }

    /// <summary>The short name where one exists, for breadcrumbs and lists.</summary>
    public string DisplayName => ShortName ?? Name;
}
