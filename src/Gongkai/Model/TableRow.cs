using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>One published row: a code or an outline level, a label, and its amount cells by column key.</summary>
public sealed record TableRow(
    string? Code,
    string Name,
    string? Project,
    int Level,
    bool IsTotal,
    IReadOnlyDictionary<string, Cell> Cells,
    string? Note,
    SourceSpan Span)
{
    /// <summary>A 小计 line with no code (e.g. the unit's own line in a project table): checked like a total.</summary>
    public bool IsSubtotal { get; init; }

    /// <summary>True for rows that sum the top-level rows rather than being one of them.</summary>
    public bool IsSumRow => IsTotal || IsSubtotal;

    public Cell? this[string key] => Cells.TryGetValue(key, out var cell) ? cell : null;

    /// <summary>What a reader or an acknowledgement calls this row: its code, else its label.</summary>
    public string Label => Project is not null ? $"{Code} {Project}" : Code is not null ? $"{Code} {Name}" : Name;
}
