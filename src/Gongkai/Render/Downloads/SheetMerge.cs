namespace Gongkai.Render.Downloads;

/// <summary>A merged block of cells (0-based top-left, size), as a published header group spans its columns.</summary>
internal sealed record SheetMerge(int Row, int Column, int Rows, int Columns);
