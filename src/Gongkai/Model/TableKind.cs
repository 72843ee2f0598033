using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A standard table (表样) declared in table-kinds.yml: sections, columns and identities.</summary>
public sealed record TableKind(
    string Id,
    string Title,
    bool HasProjects,
    bool Required,
    IReadOnlyList<SectionDef> Sections,
    BalanceDef? Balance,
    int Order,
    SourceSpan Span)
{
    public SectionDef? Section(string id) => Sections.FirstOrDefault(s => s.Id == id);
}
