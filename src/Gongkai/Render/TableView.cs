using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>
/// An accessible HTML table for one section: nested column headers (colspan/rowspan with scope), a row
/// header per row, amounts as published. Built in code because header spans are arithmetic, not markup.
/// Columns blank in every row are left out of the drawn table (表2 of seed 001 prints 12 amount columns, 6 of
/// them blank in every row; with them the name column was squeezed to one character per line) and named in <see cref="BlankColumns"/>;
/// <see cref="Published"/> keeps the published column list, and the CSV keeps every column.
/// </summary>
public sealed record TableView(
    string? Caption,
    IReadOnlyList<HeaderRowView> HeaderRows,
    IReadOnlyList<BodyRowView> Rows,
    int ColumnCount,
    bool Coded,
    IReadOnlyList<string> BlankColumns,
    IReadOnlyList<PublishedColumnView> Published)
{
    public bool HasBlankColumns => BlankColumns.Count > 0;

    public int PublishedCount => Published.Count;

    /// <summary>The blank columns as one line: 本表以下栏目无数据：A、B、C.</summary>
    public string BlankColumnsText => string.Join("、", BlankColumns);

    internal static TableView Build(BudgetTable table, TableSection section, IReadOnlyList<Diagnostic> findings, bool asPublished = false)
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

        // An empty table (no rows, or no amount at all) keeps its published columns: there is nothing to squeeze.
        var blank = section.Columns.Where(c => section.Rows.All(r => r[c.Key] is null)).ToList();
        if (blank.Count == section.Columns.Count || asPublished)
        {
            blank = [];
        }

        var columns = section.Columns.Except(blank).ToList();
        var depth = 1 + (columns.Count == 0 ? 0 : columns.Max(c => c.Group.Count));
        var headerRows = new List<List<HeaderCellView>>();
        for (var d = 0; d < depth; d++)
        {
            headerRows.Add([]);
        }

        foreach (var label in leading)
        {
            headerRows[0].Add(new HeaderCellView(label, 1, depth, "col", label switch
            {
                "科目编码" => "stub code",
                "项目名称" => "stub project",
                _ => "stub name",
            }));
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

        var markers = FindingView.RowNumbers(findings, table.Id);
        var rows = section.Rows.Select(row => new BodyRowView(
            row.Code ?? "",
            row.Name,
            row.Project,
            projects,
            coded,
            row.IsSumRow ? "total" : $"lv{Math.Clamp(row.Level, 0, 4)}",
            [.. columns.Select(c => row[c.Key]?.Text ?? "")],
            row.Note,
            FindingMarker.For(markers, row.Code, row.Name, row.Project))).ToList();

        var blankSet = blank.ToHashSet();
        return new TableView(
            section.Definition.Caption,
            [.. headerRows.Select(r => new HeaderRowView(r))],
            rows,
            leading.Count + columns.Count,
            coded,
            [.. blank.Select(TableData.Label)],
            [.. section.Columns.Select(c => new PublishedColumnView(TableData.Label(c), blankSet.Contains(c)))]);
    }

    private static bool SamePrefix(ColumnDef a, ColumnDef b, int length) =>
        a.Group.Count >= length && b.Group.Count >= length && a.Group.Take(length).SequenceEqual(b.Group.Take(length));
}
