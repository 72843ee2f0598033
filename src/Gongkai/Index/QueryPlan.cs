namespace Gongkai.Index;

/// <summary>
/// A parsed query: its tokens, the distinct terms to look up, the phrases to check on the text, and the terms of
/// each space-separated part (a passage matches a part if it has all of the part's terms; a page matches the query
/// if its passages match every part between them).
/// </summary>
internal sealed record QueryPlan(IReadOnlyList<Token> Tokens, IReadOnlyList<string> Terms, IReadOnlyList<string> Phrases, IReadOnlyList<IReadOnlyList<string>> Parts);
