namespace Gongkai.Index;

/// <summary>A run of the folded text: Chinese characters (with each character, surrogate pairs kept whole) or one ASCII word.</summary>
internal sealed record Token(TokenType Type, string Text, IReadOnlyList<string> Chars, int Start, int End);
