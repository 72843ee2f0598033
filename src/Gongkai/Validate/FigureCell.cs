using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>A <see cref="Figure"/> named by data, found in one disclosure: its table, section, row and (possibly blank) cell.</summary>
internal sealed record FigureCell(Figure Figure, BudgetTable Table, TableSection Section, TableRow Row, Cell? Cell)
{
    /// <summary>A blank cell of a published row counts as 0.</summary>
    public decimal Value => Cell?.Value ?? 0m;

    /// <summary>The cells of a list of figures, or null when a table or row is not in this disclosure.</summary>
    public static List<FigureCell>? Resolve(IReadOnlyList<Figure> figures, Disclosure disclosure)
    {
        var result = new List<FigureCell>();
        foreach (var figure in figures)
        {
            var table = disclosure.Tables.FirstOrDefault(t => t.Id == figure.Table);
            var section = table?.Sections.FirstOrDefault(s => s.Definition.Id == figure.Section);
            var row = section?.Rows.FirstOrDefault(r => Selects(figure, r));
            if (table is null || section is null || row is null)
            {
                return null;
            }

            result.Add(new FigureCell(figure, table, section, row, row[figure.Column]));
        }

        return result;
    }

    /// <summary>Names match ignoring spacing and a leading “其中：”, as published labels vary in both.</summary>
    public static string Normalize(string name)
    {
        var text = Labels.Squeeze(name);
        return text.StartsWith("其中：", StringComparison.Ordinal) || text.StartsWith("其中:", StringComparison.Ordinal) ? text[3..] : text;
    }

    /// <summary>“表1 收支总体情况表 收入栏“合计”行的“预算数” 51436”, as a finding names it.</summary>
    public string Describe()
    {
        var caption = Section.Definition.Caption is { } c ? $"{c}栏" : "";
        var label = Section.Definition.Columns.FirstOrDefault(k => k.Key == Figure.Column)?.Label ?? Figure.Column;
        var row = Row.IsTotal ? $"“{Row.Name}”行" : $"{Row.Label} 行";
        return $"表{Table.Number} {Table.Title} {caption}{row}的“{label}” {Cell?.Text ?? "（空白）"}";
    }

    private static bool Selects(Figure figure, TableRow row) =>
        figure.Total ? row.IsTotal
        : figure.Code is { } code ? row.Code == code && row.Project is null && !row.IsSumRow
        : !row.IsSumRow && figure.Names.Any(n => Normalize(n) == Normalize(row.Name));
}
