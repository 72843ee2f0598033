using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>
/// A cross-table identity of one disclosure, declared in table-kinds.yml: Σ <see cref="Left"/> = Σ <see cref="Right"/>.
/// Findings point at the first figure of the right side.
/// </summary>
public sealed record CrossTableIdentity(string Id, string Description, IReadOnlyList<Figure> Left, IReadOnlyList<Figure> Right, SourceSpan Span)
{
    /// <summary>
    /// True for an identity that holds for every classification code (<c>per_code: true</c>): the column of the
    /// left table's row for a code against the right table's row for the same code, compared at the finest codes.
    /// </summary>
    public bool PerCode { get; init; }

    /// <summary>"=" (default) or "&gt;=": the left side may exceed the right (other funds only add to a code).</summary>
    public string Relation { get; init; } = "=";
}
