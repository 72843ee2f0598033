namespace Gongkai.Index;

/// <summary>What a token is made of, which decides how it is indexed.</summary>
internal enum TokenType
{
    /// <summary>Chinese characters: indexed as characters and overlapping pairs.</summary>
    Han,

    /// <summary>Letters and digits: indexed as the word (and, for digit strings, its prefixes).</summary>
    Word,
}
