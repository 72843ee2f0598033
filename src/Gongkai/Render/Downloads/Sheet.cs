namespace Gongkai.Render.Downloads;

/// <summary>
/// A rectangular download: named sheet, rows of cells (null = blank) and merged blocks. The one shape every
/// XLSX and CSV of the site is written from, so a page's download holds what the page shows.
/// </summary>
internal sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<SheetCell?>> Rows, IReadOnlyList<SheetMerge> Merges)
{
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);
}
