using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>
/// One figure of a disclosure named by data: a table kind, a section, a row (the total row, a code, or one of
/// several published names) and a column key. Used by the cross-table identities of table-kinds.yml.
/// </summary>
public sealed record Figure(string Table, string Section, bool Total, string? Code, IReadOnlyList<string> Names, string Column, SourceSpan Span);
