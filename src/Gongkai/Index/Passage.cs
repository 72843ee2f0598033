namespace Gongkai.Index;

/// <summary>
/// The unit of the index (a document): a page, or a slice of a long one, small enough that its text can be
/// fetched to show a snippet. Every passage repeats its page's title, but only the first (<see cref="First"/>)
/// ranks as a title match, so a long page comes up once, at its start, rather than once per slice.
/// </summary>
internal sealed record Passage(IndexPage Page, IReadOnlyList<IndexLine> Lines, bool First);
