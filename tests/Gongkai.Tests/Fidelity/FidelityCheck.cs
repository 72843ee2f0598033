using Gongkai.Tests.Support;
using Gongkai.Model;

namespace Gongkai.Tests.Fidelity;

/// <summary>Compares each content table of a disclosure with the same table of the seed it was transcribed from.</summary>
internal static class FidelityCheck
{
    public static DisclosureFidelity Run(Disclosure disclosure, IReadOnlyList<FidelityAllowance> allowances)
    {
        var problems = new List<string>();
        if (disclosure.Seed is not { } seedFile)
        {
            return new DisclosureFidelity(disclosure, "", [], [$"{disclosure.Folder}/disclosure.yml 没有写 seed"]);
        }

        var seeds = SeedTables.Parse(File.ReadAllText(Repo.Path("seeds", seedFile))).ToDictionary(t => t.Number);
        var tables = new List<TableFidelity>();
        foreach (var table in disclosure.Tables.OrderBy(t => t.Number))
        {
            if (!seeds.TryGetValue(table.Number, out var seed))
            {
                problems.Add($"表{table.Number} {table.Id}：原文 {seedFile} 中没有表 {table.Number}");
                continue;
            }

            if (Squeeze(seed.Title) != Squeeze(table.Title))
            {
                problems.Add($"表{table.Number} {table.Id}：表名 “{table.Title}” 与原文第 {seed.Line} 行起的 “{seed.Title}” 不同");
            }

            var result = Compare(table, seed);
            tables.Add(result);
            problems.AddRange(Problems(disclosure, result, allowances));
        }

        foreach (var seed in seeds.Values.Where(s => disclosure.Tables.All(t => t.Number != s.Number)))
        {
            problems.Add($"原文第 {seed.Line} 行的表 {seed.Number} “{seed.Title}” 在内容中没有对应的表文件");
        }

        return new DisclosureFidelity(disclosure, seedFile, tables, problems);
    }

    /// <summary>Matches the content amounts with the seed amounts value by value, counting occurrences.</summary>
    public static TableFidelity Compare(BudgetTable table, SeedTable seed)
    {
        var content = (
            from row in table.AllRows
            from cell in row.Cells.OrderBy(c => c.Value.Span.Start)
            select new ContentAmount(cell.Value.Value, row.Label, cell.Key, cell.Value.Span)).ToList();
        var published = seed.Amounts.GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());
        var held = content.GroupBy(a => a.Value).ToDictionary(g => g.Key, g => g.ToList());

        var absent = new List<ContentAmount>();
        var surplus = new List<decimal>();
        foreach (var (value, cells) in held)
        {
            var printed = published.GetValueOrDefault(value);
            if (printed == 0)
            {
                absent.AddRange(cells);
            }
            else if (cells.Count > printed)
            {
                surplus.AddRange(Enumerable.Repeat(value, cells.Count - printed));
            }
        }

        var uncovered = seed.Amounts.Distinct()
            .SelectMany(v => Enumerable.Repeat(v, Math.Max(0, published[v] - (held.TryGetValue(v, out var h) ? h.Count : 0))))
            .ToList();
        return new TableFidelity(table, seed, content, absent, surplus, uncovered);
    }

    private static IEnumerable<string> Problems(Disclosure d, TableFidelity t, IReadOnlyList<FidelityAllowance> allowances)
    {
        var where = $"表{t.Table.Number} {t.Table.Id}";
        foreach (var amount in t.Absent)
        {
            yield return $"{where}：金额 {amount} 不在原文表 {t.Seed.Number}（第 {t.Seed.Line} 行起）中";
        }

        foreach (var (kind, actual, what) in new[]
        {
            (AllowanceKind.Surplus, t.Surplus, "内容中比原文多出的金额（原文印出的次数少于内容）"),
            (AllowanceKind.Uncovered, t.Uncovered, "原文印出而内容中没有的金额"),
        })
        {
            var allowance = allowances.FirstOrDefault(a => a.Unit == d.UnitId && a.Year == d.Year && a.Table == t.Table.Number && a.Kind == kind);
            var allowed = allowance?.Amounts ?? [];
            if (!Sorted(actual).SequenceEqual(Sorted(allowed)))
            {
                yield return $"{where}：{what} [{Join(actual)}]"
                    + (allowance is null ? "" : $"，与允许的 [{Join(allowed)}] 不符（原因：{allowance.Reason}）");
            }
        }
    }

    private static IEnumerable<decimal> Sorted(IEnumerable<decimal> values) => values.Order();

    private static string Join(IEnumerable<decimal> values) => string.Join(", ", Sorted(values).Select(ContentAmount.Format));

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
