namespace Gongkai.Render.Downloads;

/// <summary>
/// One cell of a download: text (codes included, so 2060501 stays a code, not a number) or an amount kept
/// with its published scale (decimal 28.00 has scale 2: the cell format shows two decimals).
/// </summary>
internal sealed record SheetCell(string? Text, decimal? Amount, bool Header)
{
    public static SheetCell Of(string text) => new(text, null, false);

    public static SheetCell Of(decimal amount) => new(null, amount, false);

    public static SheetCell HeaderOf(string text) => new(text, null, true);

    /// <summary>A published amount, or an empty cell where the table left it blank.</summary>
    public static SheetCell? Of(Model.Cell? cell) => cell is null ? null : Of(cell.Value);
}
