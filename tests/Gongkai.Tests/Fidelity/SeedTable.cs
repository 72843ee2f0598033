namespace Gongkai.Tests.Fidelity;

/// <summary>
/// One table (表N) of a seed: its number, its title, the 1-based line of its <c>表 N</c> heading,
/// the layout its cells were extracted in, and the amounts it prints, in order of appearance.
/// </summary>
internal sealed record SeedTable(int Number, string Title, int Line, SeedLayout Layout, IReadOnlyList<decimal> Amounts);
