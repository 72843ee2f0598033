using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>
/// Identities between the tables of one disclosure, declared as data in table-kinds.yml (<c>identities:</c>),
/// e.g. 表1 收入总计 = 表2 总计. An identity is skipped when one of its tables or rows is not published;
/// a blank cell of a published row counts as 0. Findings point at the (first) figure of the right side.
/// </summary>
internal sealed class CrossTableRules(Tolerance tolerance, DiagnosticBag diagnostics)
{
    public void Check(IReadOnlyList<CrossTableIdentity> identities, Disclosure disclosure)
    {
        foreach (var identity in identities)
        {
            Check(identity, disclosure);
        }
    }

    private void Check(CrossTableIdentity identity, Disclosure disclosure)
    {
        var left = Resolve(identity.Left, disclosure);
        var right = Resolve(identity.Right, disclosure);
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
        var diagnostic = verdict == Verdict.Rounding
            ? new Diagnostic(Severity.Info, DiagnosticCodes.Rounding, span, $"{what}；差额在舍入容差之内，按舍入差异处理")
            : new Diagnostic(Severity.Error, DiagnosticCodes.CrossTableMismatch, span, what)
            {
                Fix = $"请对照原文核对这两张表的这两个数，录入有误就改正录入；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.CrossTableMismatch}，table: {at.Table.Id}，row: {at.Row.Label}，column: {at.Figure.Column}）并写明两个数与差额",
            };
        diagnostics.Add(diagnostic with { Table = at.Table.Id, Row = rowNames, Column = at.Figure.Column, Figure = at.Cell?.Text });
    }

    /// <summary>The published cells of a side, or null when a table or row is not in this disclosure.</summary>
    private static List<Resolved>? Resolve(IReadOnlyList<Figure> figures, Disclosure disclosure)
    {
        var result = new List<Resolved>();
        foreach (var figure in figures)
        {
            var table = disclosure.Tables.FirstOrDefault(t => t.Id == figure.Table);
            var section = table?.Sections.FirstOrDefault(s => s.Definition.Id == figure.Section);
            var row = section?.Rows.FirstOrDefault(r => Selects(figure, r));
            if (table is null || section is null || row is null)
            {
                return null;
            }

            result.Add(new Resolved(figure, table, section, row, row[figure.Column]));
        }

        return result;
    }

    private static bool Selects(Figure figure, TableRow row) =>
        figure.Total ? row.IsTotal
        : figure.Code is { } code ? row.Code == code && row.Project is null && !row.IsSumRow
        : !row.IsSumRow && figure.Names.Any(n => Normalize(n) == Normalize(row.Name));

    /// <summary>Names match ignoring spacing and a leading “其中：”, as published labels vary in both.</summary>
    private static string Normalize(string name)
    {
        var text = Labels.Squeeze(name);
        return text.StartsWith("其中：", StringComparison.Ordinal) || text.StartsWith("其中:", StringComparison.Ordinal) ? text[3..] : text;
    }

    private static string Describe(List<Resolved> side) =>
        side.Count == 1
            ? Describe(side[0])
            : $"{string.Join(" 与 ", side.Select(Describe))} 之和 {Amounts.Format(side.Sum(f => f.Value))}";

    private static string Describe(Resolved f)
    {
        var caption = f.Section.Definition.Caption is { } c ? $"{c}栏" : "";
        var label = f.Section.Definition.Columns.FirstOrDefault(k => k.Key == f.Figure.Column)?.Label ?? f.Figure.Column;
        var row = f.Row.IsTotal ? $"“{f.Row.Name}”行" : $"{f.Row.Label} 行";
        return $"表{f.Table.Number} {f.Table.Title} {caption}{row}的“{label}” {f.Cell?.Text ?? "（空白）"}";
    }

    private sealed record Resolved(Figure Figure, BudgetTable Table, TableSection Section, TableRow Row, Cell? Cell)
    {
        public decimal Value => Cell?.Value ?? 0m;
    }
}
