using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>
/// Arithmetic inside one table, driven by the table kind's data: row sums (<c>sums</c>), the code or
/// outline tree (<c>tree</c>: 上级 = Σ下级, 合计 = Σ顶层) and the income/expenditure balance.
/// </summary>
internal sealed class TableRules(Tolerance tolerance, DiagnosticBag diagnostics)
{
    private const string Advice = "请核对原表；若原文如此，在 findings.yml 中确认并写明说明";

    public void Check(BudgetTable table)
    {
        foreach (var section in table.Sections)
        {
            var published = section.Columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var sum in section.Definition.Sums.Where(s => published.Contains(s.Target)))
            {
                foreach (var row in section.Rows)
                {
                    CheckRowSum(table, section, row, sum);
                }
            }

            if (section.Definition.Tree)
            {
                CheckTree(table, section);
            }
        }

        if (table.Kind.Balance is { } balance)
        {
            CheckBalance(table, balance);
        }
    }

    /// <summary>
    /// A 项 row under its 类 with its 款 row missing still adds up (it counts towards the 类 directly), so a deleted
    /// 款 row would go unnoticed by the sums; the gap in the code tree is reported instead.
    /// </summary>
    private void CheckMissingParents(BudgetTable table, TableSection section, int[] parents)
    {
        var codes = section.Rows.Where(r => r is { IsSumRow: false, Project: null, Code: not null }).Select(r => r.Code!).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < section.Rows.Count; i++)
        {
            var row = section.Rows[i];
            if (row is { IsSumRow: false, Project: null, Code: { Length: > 3 } code } && parents[i] >= 0 && !codes.Contains(code[..^2]))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.MissingParentRow, row.Span,
                    $"{Where(section, row)}上级科目 {code[..^2]} 没有出现在表中（{section.Rows[parents[i]].Label} 与它之间缺一级）")
                {
                    Fix = $"请对照原表补上 {code[..^2]} 一行；若原文确实漏印，在 findings.yml 中确认（rule: {DiagnosticCodes.MissingParentRow}，table: {table.Id}，row: \"{code}\"）",
                    Table = table.Id,
                    Row = [.. new[] { row.Code, row.Name }.OfType<string>()],
                });
            }
        }
    }

    private void CheckRowSum(BudgetTable table, TableSection section, TableRow row, SumRule sum)
    {
        var parts = sum.Parts.Select(p => row[p]).OfType<Cell>().ToList();
        var target = row[sum.Target];
        if (target is null && parts.Count == 0)
        {
            return;
        }

        var expected = parts.Sum(c => c.Value);
        var actual = target?.Value ?? 0m;
        var verdict = tolerance.Judge(expected, actual, parts.Count);
        if (verdict == Verdict.Equal)
        {
            return;
        }

        var label = Label(section, sum.Target);
        var partLabels = string.Join("、", sum.Parts.Where(p => row[p] is not null).Select(p => Label(section, p)));
        var what = $"{Where(section, row)}“{label}” {Show(target)} 与 {partLabels} 之和 {Amounts.Format(expected)} 不符（相差 {Amounts.Difference(actual, expected)}）";
        Report(verdict, DiagnosticCodes.RowSumMismatch, target?.Span ?? row.Span, what, table, row, sum.Target);
    }

    private void CheckTree(BudgetTable table, TableSection section)
    {
        var rows = section.Rows;
        var parents = TableTree.Parents(rows);
        var children = new Dictionary<int, List<int>>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (parents[i] >= 0)
            {
                (children.TryGetValue(parents[i], out var list) ? list : children[parents[i]] = []).Add(i);
            }
        }

        var topLevel = Enumerable.Range(0, rows.Count).Where(i => parents[i] < 0 && !rows[i].IsSumRow).ToList();
        CheckMissingParents(table, section, parents);
        foreach (var column in section.Columns)
        {
            foreach (var (parent, kids) in children.OrderBy(p => p.Key))
            {
                CompareToSum(table, section, rows[parent], kids.Select(k => rows[k]).ToList(), column, isTotal: false);
            }

            foreach (var total in rows.Where(r => r.IsSumRow))
            {
                CompareToSum(table, section, total, topLevel.Select(k => rows[k]).ToList(), column, isTotal: true);
            }
        }
    }

    private void CompareToSum(BudgetTable table, TableSection section, TableRow parent, List<TableRow> kids, ColumnDef column, bool isTotal)
    {
        var cells = kids.Select(k => k[column.Key]).OfType<Cell>().ToList();
        var target = parent[column.Key];
        if (target is null && cells.Count == 0)
        {
            return;
        }

        var expected = cells.Sum(c => c.Value);
        var actual = target?.Value ?? 0m;
        var verdict = tolerance.Judge(expected, actual, cells.Count);
        if (verdict == Verdict.Equal)
        {
            return;
        }

        var message = isTotal
            ? $"{Prefix(section)}“{parent.Name}”行的“{column.Label}” {Show(target)} 与各行之和 {Amounts.Format(expected)} 不符（相差 {Amounts.Difference(actual, expected)}）"
            : $"{Where(section, parent)}“{column.Label}” {Show(target)} 与下级各行之和 {Amounts.Format(expected)} 不符（相差 {Amounts.Difference(actual, expected)}）";
        Report(verdict, DiagnosticCodes.TotalMismatch, target?.Span ?? parent.Span, message, table, parent, column.Key);
    }

    private void CheckBalance(BudgetTable table, BalanceDef balance)
    {
        var left = table.Sections.FirstOrDefault(s => s.Definition.Id == balance.Left);
        var right = table.Sections.FirstOrDefault(s => s.Definition.Id == balance.Right);
        var leftTotal = left?.Rows.FirstOrDefault(r => r.IsTotal);
        var rightTotal = right?.Rows.FirstOrDefault(r => r.IsTotal);
        if (leftTotal is null || rightTotal is null)
        {
            return;
        }

        var a = leftTotal[balance.LeftColumn];
        var b = rightTotal[balance.RightColumn];
        if (a is null && b is null)
        {
            return;
        }

        var verdict = tolerance.Judge(a?.Value ?? 0m, b?.Value ?? 0m, 1);
        if (verdict == Verdict.Equal)
        {
            return;
        }

        var message = $"“{leftTotal.Name}” {Show(a)} 与“{rightTotal.Name}” {Show(b)} 不符（相差 {Amounts.Difference(a?.Value ?? 0m, b?.Value ?? 0m)}）";
        Report(verdict, DiagnosticCodes.BalanceMismatch, b?.Span ?? rightTotal.Span, message, table, rightTotal, balance.RightColumn);
    }

    private void Report(Verdict verdict, string code, SourceSpan span, string what, BudgetTable table, TableRow row, string column)
    {
        var rowNames = new[] { row.Code, row.Name, row.Project }.OfType<string>().ToArray();
        var diagnostic = SumFinding.Of(verdict, code, span, what);
        diagnostic = verdict == Verdict.Rounding ? diagnostic : diagnostic with { Fix = Advice };
        diagnostics.Add(diagnostic with { Table = table.Id, Row = rowNames, Column = column, Figure = row[column]?.Text });
    }

    private static string Label(TableSection section, string key) =>
        section.Definition.Columns.FirstOrDefault(c => c.Key == key) is { } c
            ? c.Group.Count > 0 && c.Label is "小计" ? $"{c.Group[^1]}{c.Label}" : c.Label
            : key;

    private static string Prefix(TableSection section) => section.Definition.Caption is { } caption ? $"{caption}栏" : "";

    private static string Where(TableSection section, TableRow row) => $"{Prefix(section)}{row.Label} 行的";

    private static string Show(Cell? cell) => cell?.Text ?? "（空白）";
}
