using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A code of the government classification (政府收支分类科目) with its name and published variants.</summary>
public sealed record ClassificationCode(string Code, string Name, IReadOnlyList<string> Variants, SourceSpan Span)
{
    /// <summary>
    /// Not a standard code: one a published table printed by mistake, registered so the table can be kept as
    /// published (<c>misprint: "原表…"</c>, saying where the money belongs); every use is reported (GK2205).
    /// </summary>
    public string? Misprint { get; init; }

    /// <summary>
    /// The standard code a misprint stands for (<c>for: "2230299"</c>): identities per code compare the misprinted
    /// row as that code, so one misprint is one finding (GK2205), not also a mismatch in every table that prints it right.
    /// </summary>
    public string? MisprintFor { get; init; }

    /// <summary>Where the standard name comes from (the citation of the catalogue's <c>from:</c> source); null for a misprint.</summary>
    public string? NameSource { get; init; }
}
