using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A published table (表N) of one disclosure.</summary>
public sealed record BudgetTable(
    TableKind Kind,
    int Number,
    string Title,
    string? Note,
    bool Empty,
    IReadOnlyList<TableSection> Sections,
    string File,
    SourceSpan Span)
{
    public string Id => Kind.Id;

    public IEnumerable<TableRow> AllRows => Sections.SelectMany(s => s.Rows);
}
