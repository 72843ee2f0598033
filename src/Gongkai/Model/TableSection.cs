namespace Gongkai.Model;

/// <summary>The rows of one section of a published table, with the columns this table publishes.</summary>
public sealed record TableSection(SectionDef Definition, IReadOnlyList<ColumnDef> Columns, IReadOnlyList<TableRow> Rows);
