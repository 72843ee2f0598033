using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>One unit's budget disclosure for one year: profile, tables, explanations and targets.</summary>
public sealed record Disclosure(
    string UnitId,
    int Year,
    string Title,
    string Scope,
    string Publisher,
    string? Published,
    string? Seed,
    Profile Profile,
    SourceSpan Span)
{
    public OperatingFunds? OperatingFunds { get; init; }

    public Procurement? Procurement { get; init; }

    public AssetStatement? Assets { get; init; }

    public IReadOnlyList<BudgetTable> Tables { get; init; } = [];

    public string ExplanationsMarkdown { get; init; } = "";

    public string? ExplanationsFile { get; init; }

    public IReadOnlyList<PerformanceTarget> Targets { get; init; } = [];

    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];

    /// <summary>Whether <see cref="Seed"/> names a plain file in seeds/ (the site then offers it as 原文（文字版）).</summary>
    public bool SeedPresent { get; init; }

    /// <summary>Where the published document came from (title as printed, date, issuer, URL); null when not recorded.</summary>
    public DisclosureSource? Source { get; init; }

    /// <summary>Values content inferred rather than read from the source, each with its reason (shown on the page).</summary>
    public IReadOnlyList<InferredValue> Inferred { get; init; } = [];

    public IReadOnlyList<Acknowledgement> Acknowledgements { get; init; } = [];

    /// <summary>The folder of this disclosure relative to the site root, for diagnostics.</summary>
    public string Folder => $"content/units/{UnitId}/{Year}";
}
