namespace Gongkai.Index;

/// <summary>One input the <see cref="DeflateMemo"/> remembers: the hash of its raw bytes, and the hash and size of their deflated form.</summary>
internal sealed record DeflateMemoEntry(string RawHash, string Hash, int Length);
