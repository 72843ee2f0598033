using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>
/// Identities between the tables of one disclosure, declared as data in table-kinds.yml (<c>identities:</c>),
/// e.g. 表1 收入总计 = 表2 总计. An identity is skipped when one of its tables or rows is not published;
/// a blank cell of a published row counts as 0. Findings point at the (first) figure of the right side.
/// </summary>
internal sealed class CrossTableRules(Tolerance tolerance, IReadOnlyDictionary<string, string> misprints, DiagnosticBag diagnostics)
{
    /// <param name="substituted">This disclosure's codes found printed for another code (GK2206): compared as that code.</param>
    public void Check(IReadOnlyList<CrossTableIdentity> identities, Disclosure disclosure, IReadOnlyDictionary<string, string> substituted)
    {
        foreach (var identity in identities)
        {
            Check(identity, disclosure, substituted);
        }
    }

    private void Check(CrossTableIdentity identity, Disclosure disclosure, IReadOnlyDictionary<string, string> substituted)
    {
        if (identity.PerCode)
        {
            CheckPerCode(identity, disclosure, substituted);
            return;
        }

        var left = FigureCell.Resolve(identity.Left, disclosure);
        var right = FigureCell.Resolve(identity.Right, disclosure);
        if (left is null || right is null || left.All(f => f.Cell is null) && right.All(f => f.Cell is null))
        {
            return;
        }

        var a = left.Sum(f => f.Value);
        var b = right.Sum(f => f.Value);
        var verdict = tolerance.Judge(a, b, Math.Max(left.Count, right.Count));
        if (verdict == Verdict.Equal)
        {
            return;
        }

        var at = right[0];
        var what = $"{Describe(right)} 与 {Describe(left)} 不符（相差 {Amounts.Difference(a, b)}）；两者应相等：{identity.Description}";
        var rowNames = new[] { at.Row.Code, at.Row.Name, at.Row.Project }.OfType<string>().ToArray();
        var span = at.Cell?.Span ?? at.Row.Span;
        var diagnostic = SumFinding.Of(verdict, DiagnosticCodes.CrossTableMismatch, span, what);
        diagnostic = verdict == Verdict.Rounding ? diagnostic : diagnostic with
        {
            Fix = $"请对照原文核对这两张表的这两个数，录入有误就改正录入；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.CrossTableMismatch}，table: {at.Table.Id}，row: {at.Row.Label}，column: {at.Figure.Column}）并写明两个数与差额",
        };
        diagnostics.Add(diagnostic with
        {
            Table = at.Table.Id,
            Row = rowNames,
            Column = at.Figure.Column,
            Figure = at.Cell?.Text,
            AlsoIn = [.. left.Concat(right).Select(f => f.Table.File).Distinct(StringComparer.Ordinal)],
        });
    }

    /// <summary>
    /// Every finest code (one with no sub-code in either table) compared between the two tables' rows for it; a code
    /// in one table only counts as 0 in the other, so a code misprinted in one table shows as two findings.
    /// </summary>
    private void CheckPerCode(CrossTableIdentity identity, Disclosure disclosure, IReadOnlyDictionary<string, string> substituted)
    {
        var (l, r) = (identity.Left[0], identity.Right[0]);
        var leftTable = disclosure.Tables.FirstOrDefault(t => t.Id == l.Table);
        var rightTable = disclosure.Tables.FirstOrDefault(t => t.Id == r.Table);
        var leftSection = leftTable?.Sections.FirstOrDefault(s => s.Definition.Id == l.Section);
        var rightSection = rightTable?.Sections.FirstOrDefault(s => s.Definition.Id == r.Section);
        if (leftTable is null || rightTable is null || leftSection is null || rightSection is null || leftTable.Empty || rightTable.Empty)
        {
            return;
        }

        var left = ByCode(leftSection, substituted);
        var right = ByCode(rightSection, substituted);
        var codes = left.Keys.Union(right.Keys).Order(StringComparer.Ordinal).ToList();
        var finest = codes.Where(c => !codes.Exists(o => o.Length > c.Length && o.StartsWith(c, StringComparison.Ordinal)));
        foreach (var code in finest)
        {
            var a = left.TryGetValue(code, out var lr) ? lr.Sum(x => x[l.Column]?.Value ?? 0m) : 0m;
            var b = right.TryGetValue(code, out var rr) ? rr.Sum(x => x[r.Column]?.Value ?? 0m) : 0m;
            var holds = identity.Relation == ">=" ? a >= b : a == b;
            if (holds || (identity.Relation == "=" && tolerance.Judge(a, b, Math.Max(lr?.Count ?? 0, rr?.Count ?? 0)) == Verdict.Rounding))
            {
                continue;
            }

            // Point at the right side's cell when it has the code, else at the left side's row.
            var (table, section, rows, column) = rr is not null ? (rightTable, rightSection, rr, r.Column) : (leftTable, leftSection, lr!, l.Column);
            var row = rows[0];
            var cell = row[column];
            var name = row.Name;
            var what = $"{code} {name}：表{leftTable.Number} {leftTable.Title}的“{Label(leftSection, l.Column)}” {Amounts.Format(a)}{(lr is null ? "（无此科目）" : "")}"
                + $"{(identity.Relation == ">=" ? " 小于 " : " 与 ")}表{rightTable.Number} {rightTable.Title}的“{Label(rightSection, r.Column)}” {Amounts.Format(b)}{(rr is null ? "（无此科目）" : "")}"
                + $"{(identity.Relation == ">=" ? "" : " 不符")}（相差 {Amounts.Difference(a, b)}）；{identity.Description}";
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.CrossTableMismatch, cell?.Span ?? row.Span, what)
            {
                Fix = $"请对照原文核对这两张表中 {code} 的数，录入有误就改正；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.CrossTableMismatch}，table: {table.Id}，row: \"{code}\"，column: {column}），说明里写出两个数",
                Table = table.Id,
                Row = [code, name],
                Column = column,
                Figure = cell?.Text ?? Amounts.Format(rr is not null ? b : a),
                AlsoIn = [leftTable.File, rightTable.File],
            });
        }
    }

    /// <summary>The code rows of a section (not project rows, not sums), by code; a code listed twice keeps both.</summary>
    /// <remarks>
    /// A registered misprint counts as the code it stands for (reported once, as GK2205); so does a code found printed
    /// for another in this disclosure (reported once, as GK2206).
    /// </remarks>
    private Dictionary<string, List<TableRow>> ByCode(TableSection section, IReadOnlyDictionary<string, string> substituted) =>
        section.Rows.Where(x => x.Code is not null && x.Project is null && !x.IsSumRow)
            .GroupBy(x => substituted.GetValueOrDefault(x.Code!) ?? misprints.GetValueOrDefault(x.Code!, x.Code!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    private static string Label(TableSection section, string column) =>
        section.Definition.Columns.FirstOrDefault(k => k.Key == column)?.Label ?? column;

    private static string Describe(List<FigureCell> side) =>
        side.Count == 1
            ? side[0].Describe()
            : $"{string.Join(" 与 ", side.Select(f => f.Describe()))} 之和 {Amounts.Format(side.Sum(f => f.Value))}";
}
