namespace Gongkai.Index;

/// <summary>
/// A place a result links to (a page, or a section of one by <see cref="Anchor"/>) with its text. Unit and Group are
/// positions in <see cref="IndexLayout"/> (-1: none), which carry the facets.
/// </summary>
internal sealed record IndexPage(DocKind Kind, int Unit, int Group, string Url, string? Anchor, string Title, IReadOnlyList<IndexLine> Lines);
