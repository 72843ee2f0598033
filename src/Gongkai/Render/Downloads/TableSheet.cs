using Gongkai.Model;

namespace Gongkai.Render.Downloads;

/// <summary>
/// A published table as one sheet: its title, then per section the caption, the header rows exactly as the
/// page shows them (the same <see cref="TableView"/> spans, so header groups are merged as published), then
/// the rows: code and names as text, amounts as numbers at their published scale.
/// </summary>
internal static class TableSheet
{
    public static Sheet From(BudgetTable table)
    {
        var builder = new SheetBuilder($"表{table.Number} {table.Title}");
        // A download keeps every published column; each section's view is built once, for the width and the rows.
        var views = table.Sections.Select(s => (Section: s, View: TableView.Build(table, s, [], asPublished: true))).ToList();
        var width = views.Count == 0 ? 1 : views.Max(v => v.View.ColumnCount);
        builder.Title($"表{table.Number} {table.Title}（单位：万元）", width);
        foreach (var (section, view) in views)
        {
            if (section.Definition.Caption is { } caption)
            {
                builder.Add(SheetCell.HeaderOf(caption));
            }

            builder.Headers([.. view.HeaderRows.Select(r => (IReadOnlyList<(string, int, int)>)[.. r.Cells.Select(c => (c.Text, c.Colspan, c.Rowspan))])]);
            var coded = section.Definition.Hierarchy != Hierarchy.Outline;
            foreach (var row in section.Rows)
            {
                var cells = new List<SheetCell?>();
                if (coded)
                {
                    cells.Add(SheetCell.Of(row.Code ?? ""));
                }

                cells.Add(SheetCell.Of(row.Name));
                if (table.Kind.HasProjects)
                {
                    cells.Add(SheetCell.Of(row.Project ?? ""));
                }

                cells.AddRange(section.Columns.Select(c => SheetCell.Of(row[c.Key])));
                builder.Add(cells);
            }
        }

        if (table.Note is { } note)
        {
            builder.Add(SheetCell.Of("备注：" + note));
        }

        return builder.Build();
    }
}
