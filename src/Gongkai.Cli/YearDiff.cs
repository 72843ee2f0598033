using System.Globalization;
using Gongkai.Model;

namespace Gongkai.Cli;

/// <summary>
/// The rows added, removed and changed between two years of one unit's tables, as a reviewer reads a pull request.
/// A row is the same row in both years when its section, code, project and name agree (the n-th of several equal
/// rows matches the n-th); it changed when any amount differs. Each line names the row's file:line:col (year B's,
/// or year A's for a removed row) so an editor can jump to it.
/// </summary>
internal static class YearDiff
{
    public sealed record Change(char Kind, string File, Diagnostics.SourceMark At, string Table, string Row, string Detail)
    {
        public override string ToString() => $"{File}:{At.Line}:{At.Column}: {Kind} {Table} {Row}{(Detail.Length == 0 ? "" : "：" + Detail)}";
    }

    public static List<Change> Compare(Disclosure a, Disclosure b)
    {
        var changes = new List<Change>();
        var kinds = a.Tables.Select(t => t.Kind).Concat(b.Tables.Select(t => t.Kind)).DistinctBy(k => k.Id).OrderBy(k => k.Order);
        foreach (var kind in kinds)
        {
            var ta = a.Tables.FirstOrDefault(t => t.Id == kind.Id);
            var tb = b.Tables.FirstOrDefault(t => t.Id == kind.Id);
            var label = $"表{(tb ?? ta)!.Number}";
            var rowsA = Keyed(ta);
            var rowsB = Keyed(tb);
            foreach (var (key, row) in rowsB)
            {
                if (!rowsA.TryGetValue(key, out var old))
                {
                    changes.Add(new('+', tb!.File, row.Span.Start, label, row.Label, Amounts(row)));
                }
                else if (Differences(old, row) is { Length: > 0 } detail)
                {
                    changes.Add(new('~', tb!.File, row.Span.Start, label, row.Label, detail));
                }
            }

            foreach (var (key, row) in rowsA.Where(r => !rowsB.ContainsKey(r.Key)))
            {
                changes.Add(new('-', ta!.File, row.Span.Start, label, row.Label, Amounts(row)));
            }
        }

        return changes;
    }

    private static Dictionary<string, TableRow> Keyed(BudgetTable? table)
    {
        var rows = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        foreach (var section in table?.Sections ?? [])
        {
            foreach (var row in section.Rows)
            {
                var key = $"{section.Definition.Id}\n{row.Code}\n{row.Project}\n{row.Name}";
                var n = 1;
                while (!rows.TryAdd($"{key}\n{n}", row))
                {
                    n++;
                }
            }
        }

        return rows;
    }

    private static string Amounts(TableRow row) =>
        string.Join("，", row.Cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {Text(c.Value.Value)}"));

    private static string Differences(TableRow a, TableRow b) =>
        string.Join("；", a.Cells.Keys.Union(b.Cells.Keys).Order(StringComparer.Ordinal)
            .Select(k => (Key: k, A: a[k]?.Value, B: b[k]?.Value))
            .Where(c => c.A != c.B)
            .Select(c => $"{c.Key} {Text(c.A)} → {Text(c.B)}"));

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "（空）";
}
