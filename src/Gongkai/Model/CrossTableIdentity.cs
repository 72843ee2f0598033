using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>
/// A cross-table identity of one disclosure, declared in table-kinds.yml: Σ <see cref="Left"/> = Σ <see cref="Right"/>.
/// Findings point at the first figure of the right side.
/// </summary>
public sealed record CrossTableIdentity(string Id, string Description, IReadOnlyList<Figure> Left, IReadOnlyList<Figure> Right, SourceSpan Span);
