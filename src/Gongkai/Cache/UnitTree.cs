namespace Gongkai.Cache;

/// <summary>A unit's folder as the load read it: a hash of every entry (names and bytes) and its files, as repository paths in walk order.</summary>
internal sealed record UnitTree(string Key, IReadOnlyList<string> Files);
