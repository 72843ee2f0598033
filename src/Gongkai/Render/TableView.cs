using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>
/// An accessible HTML table for one section: nested column headers (colspan/rowspan with scope), a row
/// header per row, amounts as published. Built in code because header spans are arithmetic, not markup.
/// </summary>
public sealed record TableView(string? Caption, IReadOnlyList<HeaderRowView> HeaderRows, IReadOnlyList<BodyRowView> Rows, int ColumnCount)
{
    internal static TableView Build(BudgetTable table, TableSection section, IReadOnlyList<Diagnostic> findings)
    {
        var coded = section.Definition.Hierarchy != Hierarchy.Outline;
        var projects = table.Kind.HasProjects;
        var leading = new List<string>();
        if (coded)
        {
            leading.Add("科目编码");
            leading.Add(section.Definition.Hierarchy == Hierarchy.Economic ? "经济分类科目名称" : "功能分类科目名称");
        }
        else
        {
            leading.Add("项目");
        }

        if (projects)
        {
            leading.Add("项目名称");
        }

        var columns = section.Columns;
        var depth = 1 + (columns.Count == 0 ? 0 : columns.Max(c => c.Group.Count));
        var headerRows = new List<List<HeaderCellView>>();
        for (var d = 0; d < depth; d++)
        {
            headerRows.Add([]);
        }

        foreach (var label in leading)
        {
            headerRows[0].Add(new HeaderCellView(label, 1, depth, "col", "lead"));
        }

        for (var d = 0; d < depth; d++)
        {
            var i = 0;
            while (i < columns.Count)
            {
                var column = columns[i];
                if (column.Group.Count > d)
                {
                    var span = 1;
                    while (i + span < columns.Count && SamePrefix(columns[i + span], column, d + 1))
                    {
                        span++;
                    }

                    headerRows[d].Add(new HeaderCellView(column.Group[d], span, 1, "colgroup", "group"));

                    i += span;
                }
                else
                {
                    if (column.Group.Count == d)
                    {
                        headerRows[d].Add(new HeaderCellView(column.Label, 1, depth - d, "col", "num"));
                    }

                    i++;
                }
            }
        }

        var flagged = findings.Where(f => f.Table == table.Id).SelectMany(f => f.Row).ToHashSet(StringComparer.Ordinal);
        var rows = section.Rows.Select(row => new BodyRowView(
            row.Code ?? "",
            row.Name,
            row.Project,
            projects,
            coded,
            row.IsSumRow ? "total" : $"lv{Math.Clamp(row.Level, 0, 4)}",
            [.. columns.Select(c => row[c.Key]?.Text ?? "")],
            row.Note,
            flagged.Contains(row.Code ?? "\u0000") || flagged.Contains(row.Name) || (row.Project is not null && flagged.Contains(row.Project)))).ToList();

        return new TableView(section.Definition.Caption, [.. headerRows.Select(r => new HeaderRowView(r))], rows, leading.Count + columns.Count);
    }

    private static bool SamePrefix(ColumnDef a, ColumnDef b, int length) =>
        a.Group.Count >= length && b.Group.Count >= length && a.Group.Take(length).SequenceEqual(b.Group.Take(length));
}

/// <summary>One row of column headers.</summary>
public sealed record HeaderRowView(IReadOnlyList<HeaderCellView> Cells);

/// <summary>A header cell with its spans and scope.</summary>
public sealed record HeaderCellView(string Text, int Colspan, int Rowspan, string Scope, string Css)
{
    public bool HasColspan => Colspan > 1;

    public bool HasRowspan => Rowspan > 1;
}

/// <summary>A body row: the code and label cells, then the amounts as published.</summary>
public sealed record BodyRowView(string Code, string Name, string? Project, bool HasProjectColumn, bool HasCodeColumn, string Css, IReadOnlyList<string> Amounts, string? Note, bool Flagged)
{
    /// <summary>The row's stable id (Compare/RowAnchors), so other pages can link to this row.</summary>
    public string? Anchor { get; init; }

    /// <summary>The page of the row's classification code, where it has one (Compare/RowLinks).</summary>
    public string? CodeUrl { get; init; }
}
