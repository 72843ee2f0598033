namespace Gongkai.Tests.Fidelity;

/// <summary>How the text extraction of a seed laid out the cells of its tables (the seeds differ).</summary>
internal enum SeedLayout
{
    /// <summary>One table row per line, cells separated by tabs (seeds 000, 002, 004).</summary>
    Tabbed,

    /// <summary>One cell per line, each line starting with a tab; rows separated by blank lines (seed 001).</summary>
    CellPerLine,

    /// <summary>No tabs at all: one row per line, cells separated by spaces (seed 003).</summary>
    Spaced,
}
