using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>
/// A standard code that one table of a disclosure prints and no other does, while another table prints a row of the
/// same name and amount under a different code of the same level that the first table lacks (GK2206): the same money
/// under two codes, which the catalogue cannot see because both codes are listed there. Registered misprints and
/// codes missing from the catalogue are left to GK2205 and GK2201, so one fact is one finding; for the same reason
/// the per-code identities then compare the single-table code as its twin (<see cref="Check(Disclosure)"/> returns the pairs).
/// </summary>
internal sealed class SubstitutedCodeRules(IReadOnlySet<string> standardCodes, DiagnosticBag diagnostics)
{
    /// <summary>Reports each substituted code and returns code → the twin code the other table prints.</summary>
    public IReadOnlyDictionary<string, string> Check(Disclosure disclosure)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hierarchy in new[] { Hierarchy.Functional, Hierarchy.Economic })
        {
            Check(disclosure, hierarchy, pairs);
        }

        return pairs;
    }

    private void Check(Disclosure disclosure, Hierarchy hierarchy, Dictionary<string, string> pairs)
    {
        var uses = Uses(disclosure, hierarchy);
        var tablesOf = uses.GroupBy(u => u.Row.Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Table.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        // Rows by (name, amount), built once, so each single-table code is matched in one lookup.
        var byNameAndAmount = uses.Where(u => u.Cell is not null)
            .ToLookup(u => (Labels.Squeeze(u.Row.Name), u.Cell!.Value));
        foreach (var use in uses)
        {
            var code = use.Row.Code!;
            if (use.Cell?.Value is not { } amount || amount == 0m || tablesOf[code].Count != 1 || !standardCodes.Contains(code))
            {
                continue;
            }

            var other = byNameAndAmount[(Labels.Squeeze(use.Row.Name), amount)].FirstOrDefault(o =>
                o.Table.Id != use.Table.Id && o.Row.Code!.Length == code.Length && o.Row.Code != code
                && !tablesOf[o.Row.Code].Contains(use.Table.Id));
            if (other is not null)
            {
                Report(use, other, amount);
                pairs[code] = other.Row.Code!;
            }
        }
    }

    private void Report(Use use, Use other, decimal amount)
    {
        var (table, row) = (use.Table, use.Row);
        var code = row.Code!;
        var otherCode = other.Row.Code!;
        var cell = use.Cell;
        diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.SubstitutedCode, cell?.Span ?? row.Span,
            $"{code} {row.Name} {Amounts.Format(amount)} 只出现在表{table.Number} {table.Title}中；表{other.Table.Number} {other.Table.Title}把同一名称、同一金额列在 {otherCode} 下，"
            + $"而表{table.Number}没有 {otherCode}：同一笔钱在两张表中用了两个编码，其中一个可能印错")
        {
            Fix = $"请对照原文核对两张表的编码，录入有误就改正；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.SubstitutedCode}，table: {table.Id}，row: \"{code}\"），"
                + $"说明里写出两张表的编码与金额；{code} 不是标准编码时，改在科目目录中登记为误印（misprint、for: \"{otherCode}\"）",
            Table = table.Id,
            Row = [code, row.Name],
            Figure = cell?.Text,
            AlsoIn = [table.File, other.Table.File],
        });
    }

    /// <summary>The coded rows of one hierarchy in the disclosure's published tables (no sums, no project rows).</summary>
    private static List<Use> Uses(Disclosure disclosure, Hierarchy hierarchy) =>
        [.. from table in disclosure.Tables
            where !table.Empty
            from section in table.Sections
            where section.Definition.Hierarchy == hierarchy
            from row in section.Rows
            where row.Code is not null && row.Project is null && !row.IsSumRow
            select new Use(table, row, row["total"] ?? row.Cells.Values.FirstOrDefault())];

    /// <summary>A coded row and the cell that is its amount (合计, else its first published cell).</summary>
    private sealed record Use(BudgetTable Table, TableRow Row, Cell? Cell);
}
