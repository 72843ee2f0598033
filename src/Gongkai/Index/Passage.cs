namespace Gongkai.Index;

/// <summary>
/// The unit of the index (a document): a page, or a slice of a long one, small enough that its text can be
/// fetched to show a snippet. Every passage repeats its page's title.
/// </summary>
internal sealed record Passage(IndexPage Page, IReadOnlyList<IndexLine> Lines);
