namespace Gongkai.Index;

/// <summary>The kind of page a search result is on; the numbers are the index format (map.bin order, meta.json labels).</summary>
internal enum DocKind
{
    Glossary = 0,
    Unit = 1,
    Overview = 2,
    Table = 3,
    Explanations = 4,
    Performance = 5,
}
