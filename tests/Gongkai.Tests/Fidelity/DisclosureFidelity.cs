using System.Globalization;
using System.Text;
using Gongkai.Model;

namespace Gongkai.Tests.Fidelity;

/// <summary>One disclosure compared with its seed: every table, and what fails once the explained allowances are applied.</summary>
internal sealed record DisclosureFidelity(Disclosure Disclosure, string SeedFile, IReadOnlyList<TableFidelity> Tables, IReadOnlyList<string> Problems)
{
    public TableFidelity? Table(int number) => Tables.FirstOrDefault(t => t.Table.Number == number);

    /// <summary>The per-table report: seed amounts, content amounts, share of the seed's amounts present in the content.</summary>
    public string Report()
    {
        var d = Disclosure;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{d.UnitId} {d.Year} ← seeds/{SeedFile}\n");
        foreach (var t in Tables)
        {
            var share = t.SeedCount == 0 ? "   —（原表无金额）" : $"{t.Matched,4}/{t.SeedCount,-4} = {t.Share:P1}";
            text.Append(CultureInfo.InvariantCulture,
                $"  表{t.Table.Number,-3} {t.Table.Id,-22} {t.Table.AllRows.Count(),3} 行  内容 {t.Content.Count,4} 个金额  原表 {t.SeedCount,4} 个  原表金额在内容中 {share}");
            foreach (var kind in new[] { AllowanceKind.Surplus, AllowanceKind.Uncovered })
            {
                if (FidelityAllowances.Find(d.UnitId, d.Year, t.Table.Number, kind) is { } allowance)
                {
                    var count = kind == AllowanceKind.Surplus ? t.Surplus.Count : t.Uncovered.Count;
                    text.Append(CultureInfo.InvariantCulture, $"\n        允许 {kind} {allowance.Amounts.Count} 个（实际 {count} 个）：{allowance.Reason}");
                }
            }

            text.Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture,
            $"  合计 {Tables.Count} 张表，{Tables.Sum(t => t.Table.AllRows.Count())} 行，内容 {Tables.Sum(t => t.Content.Count)} 个金额，原表 {Tables.Sum(t => t.SeedCount)} 个金额\n");
        foreach (var problem in Problems)
        {
            text.Append("  ✗ ").Append(problem).Append('\n');
        }

        return text.ToString();
    }
}
