namespace Gongkai.Index;

/// <summary>A parsed query: its tokens, the distinct terms to look up, and the phrases to check on the text.</summary>
internal sealed record QueryPlan(IReadOnlyList<Token> Tokens, IReadOnlyList<string> Terms, IReadOnlyList<string> Phrases);
