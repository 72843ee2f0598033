namespace Gongkai.Model;

/// <summary>An amount column of a table kind; <see cref="Group"/> is the header path above the label.</summary>
public sealed record ColumnDef(string Key, string Label, IReadOnlyList<string> Group);
