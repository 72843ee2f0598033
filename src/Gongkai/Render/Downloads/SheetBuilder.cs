namespace Gongkai.Render.Downloads;

/// <summary>Builds a <see cref="Sheet"/> row by row, placing header cells around the blocks earlier spans cover.</summary>
internal sealed class SheetBuilder(string name)
{
    private readonly List<List<SheetCell?>> _rows = [];
    private readonly List<SheetMerge> _merges = [];
    private readonly HashSet<(int, int)> _covered = [];

    public int RowCount => _rows.Count;

    public void Add(params SheetCell?[] cells) => _rows.Add([.. cells]);

    public void Add(IEnumerable<SheetCell?> cells) => _rows.Add([.. cells]);

    /// <summary>A merged title line over <paramref name="width"/> columns.</summary>
    public void Title(string text, int width)
    {
        Merge(_rows.Count, 0, 1, width);
        _rows.Add([SheetCell.HeaderOf(text)]);
    }

    /// <summary>Header rows with colspans and rowspans (HTML semantics): each cell goes to the next free column.</summary>
    public void Headers(IReadOnlyList<IReadOnlyList<(string Text, int Colspan, int Rowspan)>> headerRows)
    {
        var top = _rows.Count;
        foreach (var _ in headerRows)
        {
            _rows.Add([]);
        }

        for (var r = 0; r < headerRows.Count; r++)
        {
            var column = 0;
            foreach (var (text, colspan, rowspan) in headerRows[r])
            {
                while (_covered.Contains((top + r, column)))
                {
                    column++;
                }

                Set(top + r, column, SheetCell.HeaderOf(text));
                if (colspan > 1 || rowspan > 1)
                {
                    Merge(top + r, column, rowspan, colspan);
                }

                column += colspan;
            }
        }
    }

    public Sheet Build() => new(name, [.. _rows], [.. _merges]);

    private void Merge(int row, int column, int rows, int columns)
    {
        _merges.Add(new SheetMerge(row, column, rows, columns));
        for (var r = row; r < row + rows; r++)
        {
            for (var c = column; c < column + columns; c++)
            {
                _covered.Add((r, c));
            }
        }
    }

    private void Set(int row, int column, SheetCell cell)
    {
        var list = _rows[row];
        while (list.Count <= column)
        {
            list.Add(null);
        }

        list[column] = cell;
    }
}
